package cn.linli.coverage;

/** One cell of the life-circle matrix: a kind of provider at one walking radius. */
public record LifeCircleCell(String kind, int radius, CoverageTotals totals) {}
