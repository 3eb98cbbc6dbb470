package cn.linli.resource;

/** Orders of the resources and projects lists; each ends with the id so that pages never overlap. */
public enum ResourceSort {
    NAME("r.name, r.id"),
    NEWEST("lastSince IS NULL, lastSince DESC, r.id"),
    OLDEST("firstSince IS NULL, firstSince, r.id");

    /** Cypher ORDER BY text: fixed here, never taken from a client. */
    final String orderBy;

    ResourceSort(String orderBy) {
        this.orderBy = orderBy;
    }
}
