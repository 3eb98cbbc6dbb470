package cn.linli.api.paging;

/**
 * One column of a list's order: a Cypher expression over the query's variables (or, for a list computed in
 * memory, only a name), its direction, and the type of its values.
 */
public record SortKey(String expression, boolean descending, KeyType type) {

    public static SortKey ascending(String expression, KeyType type) {
        return new SortKey(expression, false, type);
    }

    public static SortKey descending(String expression, KeyType type) {
        return new SortKey(expression, true, type);
    }
}
