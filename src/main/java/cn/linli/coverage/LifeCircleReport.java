package cn.linli.coverage;

import java.util.List;

/** The 15-minute life circle of a place: kinds × radii with coverage, and the worst-covered grids. */
public record LifeCircleReport(
        String placeCode,
        List<Integer> radii,
        List<String> kinds,
        List<LifeCircleCell> cells,
        List<GridLifeCircle> worstGrids) {}
