package cn.linli.provider;

/** The one taxonomy of service items, resources and needs; schema/service.graphqls. */
public enum ServiceCategory {
    ELDERLY_CARE,
    MEDICAL,
    CHILDCARE,
    EDUCATION,
    LEGAL,
    GOVERNMENT_AFFAIRS,
    CULTURE,
    READING,
    SPORTS,
    EMPLOYMENT,
    SOCIAL_ASSISTANCE,
    VOLUNTEERING,
    PARTY_SERVICE,
    SAFETY,
    CONVENIENCE,
    MEDIATION,
    HOUSING,
    ENVIRONMENT
}
