package cn.linli.need;

/** Orders of the needs list; each ends with the id so that pages never overlap. */
public enum NeedSort {
    NEWEST("n.raisedAt DESC, n.id DESC"), OLDEST("n.raisedAt, n.id"), TITLE("n.title, n.id");

    /** Cypher ORDER BY text: fixed here, never taken from a client. */
    final String orderBy;

    NeedSort(String orderBy) {
        this.orderBy = orderBy;
    }
}
