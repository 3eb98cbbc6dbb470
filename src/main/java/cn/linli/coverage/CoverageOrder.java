package cn.linli.coverage;

import java.util.Comparator;

/** Orders of a coverage page. */
public enum CoverageOrder {
    CODE(Comparator.comparing((GridCoverage g) -> g.point().code())),
    FARTHEST_FIRST(Comparator.comparing((GridCoverage g) -> g.distance() == null ? Double.POSITIVE_INFINITY : g.distance())
            .reversed().thenComparing(g -> g.point().code()));

    private final Comparator<GridCoverage> comparator;

    CoverageOrder(Comparator<GridCoverage> comparator) {
        this.comparator = comparator;
    }

    Comparator<GridCoverage> comparator() {
        return comparator;
    }
}
