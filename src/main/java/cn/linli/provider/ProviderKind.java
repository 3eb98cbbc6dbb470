package cn.linli.provider;

/** What kind of provider: the seed's allowed {@code kind}s; schema/provider.graphqls describes each. */
public enum ProviderKind {
    NEIGHBORHOOD_CENTER,
    ELDERLY_CARE,
    MEDICAL,
    POCKET_PARK,
    CHILDCARE,
    KINDERGARTEN,
    EXPRESS_POINT,
    LEGAL_SERVICE,
    CIVILIZATION_PRACTICE,
    PARTY_MASS_CENTER,
    DEPARTMENT,
    SOCIAL_ORGANIZATION,
    VOLUNTEER_TEAM,
    CHARITY,
    PARTY_BRANCH
}
