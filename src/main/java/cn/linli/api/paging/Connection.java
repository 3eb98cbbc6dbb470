package cn.linli.api.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A Relay cursor connection: one page of nodes, their cursors, and the size of the whole list. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

    public record Edge<T>(T node, String cursor) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /**
     * Builds the page from up to {@code page.limit() + 1} fetched rows: the extra row, when present,
     * only tells that a next page exists.
     */
    public static <T> Connection<T> of(List<T> fetched, PageRequest page, long totalCount) {
        int shown = Math.min(fetched.size(), page.limit());
        List<Edge<T>> edges = new ArrayList<>(shown);
        for (int i = 0; i < shown; i++) {
            edges.add(new Edge<>(fetched.get(i), Cursors.encode(page.offset() + i)));
        }
        PageInfo info = new PageInfo(
                fetched.size() > page.limit(),
                page.offset() > 0,
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection<>(List.copyOf(edges), info, totalCount);
    }

    public static <T> Connection<T> empty() {
        return new Connection<>(List.of(), new PageInfo(false, false, null, null), 0);
    }

    public <R> Connection<R> map(Function<T, R> mapper) {
        return new Connection<>(edges.stream().map(e -> new Edge<>(mapper.apply(e.node()), e.cursor())).toList(),
                pageInfo, totalCount);
    }

    public List<T> nodes() {
        return edges.stream().map(Edge::node).toList();
    }
}
