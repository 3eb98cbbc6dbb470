package cn.linli.coverage;

import java.util.List;

/** Coverage of every grid under a place by one kind of provider within a radius, with the totals. */
public record CoverageReport(
        String placeCode, String kind, int radius, List<GridCoverage> grids, CoverageTotals totals) {}
