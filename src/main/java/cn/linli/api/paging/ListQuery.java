package cn.linli.api.paging;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The shape most list queries share, so that each states only what is its own. */
public final class ListQuery {

    private ListQuery() {}

    /**
     * One page of the rows {@code matched} finds (a MATCH … WHERE …, to which the page's condition is added), of
     * the variables {@code carried} in the page's order, each returned as {@code returned}; and the count of
     * {@code counted} over all the rows. Columns {@code total}, {@code page}, {@code keys} ({@link PageRequest}).
     *
     * <p>It reads the rows twice, once for the page and once for the count: for lists that an index keeps in the
     * page's order, where the page stops after {@code $fetch} rows. Other lists read every row for the page anyway,
     * and take {@link #collected}.
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

    /**
     * One page of the rows {@code matched} yields, with their count, in one pass: {@code matched} (a MATCH … WHERE …,
     * and a WITH where a row needs computed values) ends with rows of the variables {@code carried}; they are
     * collected, counted, and the page ({@code returned} of each) taken from the collected rows. For lists whose page
     * reads every row anyway: sorted by a computed value (a distance) or by a property no index orders (a name),
     * filtered by patterns, or a parent's children in a batch. There {@link #of} read the rows twice (the issue 14
     * operations' queries read half the database hits this way: docs/PERFORMANCE.md). A variable the page needs
     * from outside {@code matched} has to be carried too. Columns {@code total}, {@code page}, {@code keys}.
     */
    public static String collected(String matched, String carried, String returned) {
        Rows rows = Rows.of(carried);
        return """
                %1$s
                WITH collect(%2$s) AS matched
                CALL (matched) {
                    UNWIND matched AS row
                    WITH %3$s WHERE {keyset}
                    WITH %4$s ORDER BY {orderBy} LIMIT $fetch
                    RETURN collect(%5$s) AS page, collect({sortKey}) AS keys
                }
                RETURN size(matched) AS total, page, keys""".formatted(matched.strip(), rows.collected(), rows.bound(), carried, returned);
    }

    /**
     * How {@link #collected} keeps the rows of {@code carried} variables in one list: each row is {@code collected}
     * (the variable, or a map of them), and {@code bound} (a WITH's items) binds the variables again from {@code row}.
     */
    public record Rows(String collected, String bound) {

        public static Rows of(String carried) {
            List<String> variables =
                    Arrays.stream(carried.split(",")).map(String::strip).toList();
            if (variables.size() == 1) {
                return new Rows(variables.get(0), "row AS " + variables.get(0));
            }
            return new Rows(
                    variables.stream().map(v -> v + ": " + v).collect(Collectors.joining(", ", "{", "}")),
                    variables.stream().map(v -> "row." + v + " AS " + v).collect(Collectors.joining(", ")));
        }
    }

    /** {@link #collected} for each of {@code $parents} (as {@code parent}, or the node {@code head} matches for it). */
    public static String collectedPerParent(String head, String matched, String carried, String returned) {
        return """
                UNWIND $parents AS parent
                %1$s
                    %2$s
                }
                RETURN parent, total, page, keys""".formatted(
                head.strip(), collected(matched, carried, returned).indent(4).strip());
    }
}
