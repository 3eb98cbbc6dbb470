package cn.linli.coverage;

/** How much of a total is covered: a count of grids, households or people. */
public record CoverageFigure(long total, long covered) {

    public long uncovered() {
        return total - covered;
    }

    /** Covered share of the total in percent, to two decimals; 0 when the total is 0. */
    public double percent() {
        return total == 0 ? 0 : Math.round(10_000.0 * covered / total) / 100.0;
    }
}
