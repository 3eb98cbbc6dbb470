package cn.linli.coverage;

import cn.linli.api.paging.Connection;

/** The answer to {@code Query.coverage}: the report's totals and one page of its grids. */
public record Coverage(
        String placeCode, String kind, int radius, CoverageTotals totals, Connection<GridCoverage> grids) {}
