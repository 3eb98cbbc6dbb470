package cn.linli.api.paging;

/** The shape most list queries share, so that each states only what is its own. */
public final class ListQuery {

    private ListQuery() {}

    /**
     * One page of the rows {@code matched} finds (a MATCH … WHERE …, to which the page's condition is added), of
     * the variables {@code carried} in the page's order, each returned as {@code returned}; and the count of
     * {@code counted} over all the rows. Columns {@code total}, {@code page}, {@code keys} ({@link PageRequest}).
     */
    public static String of(String matched, String carried, String returned, String counted) {
        String indented = matched.strip().indent(4).stripTrailing();
        return """
                CALL () {
                %1$s
                      AND {keyset}
                    WITH %2$s ORDER BY {orderBy} LIMIT $fetch
                    RETURN collect(%3$s) AS page, collect({sortKey}) AS keys
                }
                CALL () {
                %1$s
                    RETURN count(%4$s) AS total
                }
                RETURN total, page, keys""".formatted(indented, carried, returned, counted);
    }
}
