package cn.linli.provider;

/** The tier of a neighborhood center, legal service or civilization practice; schema/provider.graphqls. */
public enum ProviderLevel {
    BLOCK,
    COMMUNITY,
    RESIDENTIAL,
    CENTER,
    INSTITUTE,
    STATION,
    ROOM
}
