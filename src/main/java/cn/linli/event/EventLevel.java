package cn.linli.event;

/**
 * Who holds an event: the grid it was reported in, its community, or the district (the governance centre and the
 * departments it routes to). Escalation (吹哨) moves it one level up; once resolved, the level says where it was solved
 * (小事不出网格，大事不出社区).
 */
public enum EventLevel {
    GRID,
    COMMUNITY,
    DISTRICT;

    /** The level an escalation leads to; null from the district, which has none above it. */
    EventLevel above() {
        return this == DISTRICT ? null : values()[ordinal() + 1];
    }
}
