package cn.linli.changes;

import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.PagingSettings;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code changes}: the feed a mirror follows (docs/CHANGES.md). */
@Controller
class ChangeController {

    /** A page of the feed. The feed has no total: counting what lies after a cursor would cost as much as reading it. */
    record ChangePage(List<Edge> edges, PageInfo pageInfo) {}

    record Edge(Change node, String cursor) {}

    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}

    private final ChangeQueries queries;
    private final PagingSettings paging;

    ChangeController(ChangeQueries queries, PagingSettings paging) {
        this.queries = queries;
        this.paging = paging;
    }

    @QueryMapping
    ChangePage changes(@Argument String after, @Argument Integer first) {
        ChangeCursor cursor = ChangeCursor.decode(after);
        // the page size is checked as every list's is; the position is the feed's own cursor
        int limit = PageRequest.forward(null, first, null, paging).limit();
        List<Change> fetched = queries.after(cursor, limit + 1);
        List<Edge> edges =
                fetched.stream().limit(limit).map(c -> new Edge(c, c.cursor())).toList();
        return new ChangePage(
                edges,
                new PageInfo(
                        fetched.size() > limit,
                        false,
                        edges.isEmpty() ? null : edges.get(0).cursor(),
                        // with nothing new, the consumer keeps the cursor it sent
                        edges.isEmpty() ? after : edges.get(edges.size() - 1).cursor()));
    }
}
