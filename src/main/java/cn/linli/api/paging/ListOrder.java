package cn.linli.api.paging;

import cn.linli.api.Sha256;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How one list is ordered: the list (the schema field that returns it, {@code Query.needs}), the order's name
 * ({@code NEWEST}) and its sort keys, the last of which is unique per row (an id or a code), so that every row
 * has a place of its own and "the rows after this one" is well defined. A cursor carries the list and the order
 * ({@link Cursors}): a cursor of another list or order is refused rather than read as a position in this one.
 *
 * @param basis what the order is computed from besides the rows, when a request gives it (a point for
 *              distances, a text for scores); null when the rows alone decide
 */
public record ListOrder(String list, String order, String basis, List<SortKey> keys) {

    public ListOrder {
        keys = List.copyOf(keys);
    }

    public static ListOrder of(String list, String order, SortKey... keys) {
        return new ListOrder(list, order, null, Arrays.asList(keys));
    }

    /**
     * The same order computed from request values ({@code what}: "location", "text"): the order's name then
     * carries a digest of them, so that a cursor of a request with other values is refused.
     */
    public ListOrder from(String what, Object... values) {
        String digest = Sha256.hex(Arrays.stream(values).map(String::valueOf).collect(Collectors.joining("\u0000")));
        return new ListOrder(list, order + "@" + digest.substring(0, 12), what, keys);
    }

    /** The order's name without the digest of its basis: what a client chose ({@code NEWEST}). */
    String chosen() {
        return chosen(order);
    }

    static String chosen(String order) {
        int at = order.indexOf('@');
        return at < 0 ? order : order.substring(0, at);
    }

    /** Compares two rows' key values in this order (lists computed in memory). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Comparator<List<Object>> comparator() {
        return (a, b) -> {
            for (int i = 0; i < keys.size(); i++) {
                int c = ((Comparable) a.get(i)).compareTo(b.get(i));
                if (c != 0) {
                    return keys.get(i).descending() ? -c : c;
                }
            }
            return 0;
        };
    }
}
