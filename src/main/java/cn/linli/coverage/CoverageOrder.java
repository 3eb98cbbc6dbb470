package cn.linli.coverage;

import cn.linli.api.paging.KeyType;
import cn.linli.api.paging.ListOrder;
import cn.linli.api.paging.SortKey;
import java.util.List;
import java.util.function.Function;

/** Orders of a coverage page, computed in memory; each ends with the grid's code. */
public enum CoverageOrder {
    CODE(g -> List.of(g.point().code()), SortKey.ascending("code", KeyType.STRING)),
    /** A grid without any provider of the kind is infinitely far: it leads. */
    FARTHEST_FIRST(
            g -> List.of(
                    g.distance() == null ? Double.POSITIVE_INFINITY : g.distance(),
                    g.point().code()),
            SortKey.descending("distance", KeyType.FLOAT),
            SortKey.ascending("code", KeyType.STRING));

    private final Function<GridCoverage, List<Object>> keyOf;
    private final ListOrder order;

    CoverageOrder(Function<GridCoverage, List<Object>> keyOf, SortKey... keys) {
        this.keyOf = keyOf;
        this.order = ListOrder.of("Query.coverage", name(), keys);
    }

    /** The order of the grids measured against {@code kind}: distances depend on it, codes do not. */
    ListOrder order(String kind) {
        return this == CODE ? order : order.from("kind", kind);
    }

    /** A grid's sort key values. */
    List<Object> keyOf(GridCoverage grid) {
        return keyOf.apply(grid);
    }
}
