package cn.linli.api.paging;

import cn.linli.api.errors.BadInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Which rows of an ordered list a client asked for (Relay: {@code first} after a cursor, or {@code last} before
 * one), with the cursors read into key values and the size checked. A page is "the rows after (key, id) in the
 * list's order": the query states it as a WHERE on the sort keys, in the ORDER BY, with a LIMIT, so a row written
 * or deleted between two requests moves no other row from one page to another, and the cost of a page does not
 * depend on how far into the list it lies.
 *
 * <p>A query takes it in three places of its text, which {@link #cypher} fills in: {@code {keyset}} (a condition:
 * the rows between the cursors; {@code true} without any), {@code {orderBy}} (the list's order, reversed when
 * paging backward) and {@code {sortKey}} (the row's key values, returned beside each row as {@code keys}), and its
 * parameters ({@link #parameters}: {@code $fetch}, {@code $after0…}, {@code $before0…}).
 *
 * @param limit    rows shown: {@code first} or {@code last}
 * @param backward paging with {@code last}: the rows nearest before {@code before} (or the end), fetched in reverse
 * @param after    key values of the {@code after} cursor, or null
 * @param before   key values of the {@code before} cursor, or null
 */
public record PageRequest(ListOrder order, int limit, boolean backward, List<Object> after, List<Object> before) {

    /** A nested list's page: only {@code first} and {@code after}. */
    public static PageRequest forward(ListOrder order, Integer first, String after, PagingSettings settings) {
        return of(order, first, after, null, null, settings);
    }

    /** A top-level list's page: {@code first}/{@code after} forward or {@code last}/{@code before} backward. */
    public static PageRequest of(
            ListOrder order, Integer first, String after, Integer last, String before, PagingSettings settings) {
        if (first != null && last != null) {
            throw new BadInputException(
                    "last",
                    "cannot be given with first: page forward with first and after, or"
                            + " backward with last and before");
        }
        boolean backward = last != null;
        int limit = backward ? size(last, "last", "before", settings) : size(first, "first", "after", settings);
        return new PageRequest(
                order,
                limit,
                backward,
                after == null ? null : Cursors.decode(after, order, "after"),
                before == null ? null : Cursors.decode(before, order, "before"));
    }

    private static int size(Integer asked, String argument, String cursor, PagingSettings settings) {
        int limit = asked == null ? settings.defaultSize() : asked;
        if (limit < 0) {
            throw new BadInputException(argument, "must not be negative (got " + limit + ")");
        }
        if (limit > settings.maxSize()) {
            throw new BadInputException(
                    argument,
                    "must be at most " + settings.maxSize() + " (got " + limit + "); page through with '" + cursor
                            + "'");
        }
        return limit;
    }

    /** Rows to fetch: one more than shown, to learn whether more lie beyond the page. */
    public int fetchSize() {
        return limit + 1;
    }

    /** {@code query} with this page's condition, order and sort key in place of its three markers. */
    public String cypher(String query) {
        return query.replace("{keyset}", keyset())
                .replace("{orderBy}", orderBy())
                .replace("{sortKey}", sortKey());
    }

    /** {@code $fetch} and the cursors' key values ({@code $after0…}, {@code $before0…}). */
    public Map<String, Object> parameters() {
        Map<String, Object> params = new HashMap<>();
        params.put("fetch", fetchSize());
        for (int i = 0; after != null && i < after.size(); i++) {
            params.put("after" + i, after.get(i));
        }
        for (int i = 0; before != null && i < before.size(); i++) {
            params.put("before" + i, before.get(i));
        }
        return params;
    }

    /** The page of a query's row: its columns {@code page} (rows, mapped by {@code mapper}), {@code keys} and {@code total}. */
    public <T> Connection<T> connection(Record row, Function<Value, T> mapper) {
        return connection(row.get("page"), row.get("keys"), row.get("total").asLong(), mapper);
    }

    /** The page from fetched rows and their sort keys, in the order fetched (reversed when backward). */
    public <T> Connection<T> connection(Value page, Value keys, long total, Function<Value, T> mapper) {
        List<T> rows = page.asList(mapper::apply);
        List<List<Object>> rowKeys = keys.asList(k -> {
            List<Object> values = new ArrayList<>(order.keys().size());
            for (int i = 0; i < order.keys().size(); i++) {
                values.add(order.keys().get(i).type().read(k.get(i)));
            }
            return values;
        });
        return Connection.of(rows, rowKeys, this, total);
    }

    /**
     * The page of a list computed in memory, {@code all} of it in this order ({@link #comparator}): the same
     * comparison as the queries' condition, in Java.
     */
    public <T> Connection<T> slice(List<T> all, Function<T, List<Object>> keyOf) {
        var compare = order.comparator();
        List<T> fetched = new ArrayList<>();
        List<List<Object>> keys = new ArrayList<>();
        for (int i = 0; i < all.size() && fetched.size() < fetchSize(); i++) {
            T row = all.get(backward ? all.size() - 1 - i : i);
            List<Object> key = keyOf.apply(row);
            if ((after == null || compare.compare(key, after) > 0)
                    && (before == null || compare.compare(key, before) < 0)) {
                fetched.add(row);
                keys.add(key);
            }
        }
        return Connection.of(fetched, keys, this, all.size());
    }

    /** The order of a list computed in memory, over whole rows, for sorting it before {@link #slice}. */
    public <T> Comparator<T> comparator(Function<T, List<Object>> keyOf) {
        var compare = order.comparator();
        return (a, b) -> compare.compare(keyOf.apply(a), keyOf.apply(b));
    }

    private String keyset() {
        List<String> bounds = new ArrayList<>();
        if (after != null) {
            bounds.add(bound("after", true));
        }
        if (before != null) {
            bounds.add(bound("before", false));
        }
        return bounds.isEmpty() ? "true" : String.join(" AND ", bounds);
    }

    /**
     * Rows beyond the cursor {@code name}: after it in the list's order ({@code later}) or before it. The key is
     * compared lexicographically, the id deciding ties, written
     * {@code k0 >= $c0 AND CASE WHEN k0 = $c0 THEN k1 > $c1 ELSE true END}: the first term is a range an index on the
     * first key can seek, and the CASE keeps the planner from splitting the comparison into a union of two scans
     * (which the equivalent {@code k0 > $c0 OR (k0 = $c0 AND k1 > $c1)} makes it do, reading the list twice).
     */
    private String bound(String name, boolean later) {
        List<SortKey> keys = order.keys();
        int last = keys.size() - 1;
        String bound = keys.get(last).expression() + " " + operator(keys.get(last), later) + " $" + name + last;
        for (int i = last - 1; i >= 0; i--) {
            String expression = keys.get(i).expression();
            bound = expression + " " + operator(keys.get(i), later) + "= $" + name + i + " AND CASE WHEN " + expression
                    + " = $" + name + i + " THEN (" + bound + ") ELSE true END";
        }
        return "(" + bound + ")";
    }

    private static String operator(SortKey key, boolean later) {
        return later != key.descending() ? ">" : "<";
    }

    private String orderBy() {
        List<String> columns = new ArrayList<>();
        for (SortKey key : order.keys()) {
            columns.add(key.expression() + (key.descending() != backward ? " DESC" : ""));
        }
        return String.join(", ", columns);
    }

    private String sortKey() {
        return "["
                + String.join(
                        ", ", order.keys().stream().map(SortKey::expression).toList()) + "]";
    }
}
