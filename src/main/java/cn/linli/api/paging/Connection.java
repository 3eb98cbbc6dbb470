package cn.linli.api.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A Relay cursor connection: one page of nodes, their cursors, and the size of the whole list. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

    public record Edge<T>(T node, String cursor) {}

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}

    /**
     * Builds the page from up to {@code page.fetchSize()} rows fetched away from the cursor (in reverse when paging
     * backward) and their key values: the extra row, when present, only tells that more lie beyond the page. As
     * the Relay specification has it, the other direction is known only from the cursor: paging forward after a
     * cursor, the row it was issued for came before the page; backward before one, the row it was issued for
     * follows.
     */
    static <T> Connection<T> of(List<T> fetched, List<List<Object>> keys, PageRequest page, long totalCount) {
        int shown = Math.min(fetched.size(), page.limit());
        List<Edge<T>> edges = new ArrayList<>(shown);
        for (int i = 0; i < shown; i++) {
            edges.add(new Edge<>(fetched.get(i), Cursors.encode(page.order(), keys.get(i))));
        }
        boolean beyond = fetched.size() > page.limit();
        if (page.backward()) {
            Collections.reverse(edges);
        }
        PageInfo info = new PageInfo(
                page.backward() ? page.before() != null : beyond,
                page.backward() ? beyond : page.after() != null,
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection<>(List.copyOf(edges), info, totalCount);
    }

    public static <T> Connection<T> empty() {
        return new Connection<>(List.of(), new PageInfo(false, false, null, null), 0);
    }
}
