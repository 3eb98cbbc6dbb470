package cn.linli.coverage;

import java.util.List;
import java.util.function.IntPredicate;

/** Grids, households and people under a place, and how many of each are covered. */
public record CoverageTotals(CoverageFigure grids, CoverageFigure households, CoverageFigure population) {

    /** Sums over {@code all}; {@code coveredAt} tells by position in the list whether a grid is covered. */
    static CoverageTotals of(List<GridPoint> all, IntPredicate coveredAt) {
        long grids = 0, households = 0, population = 0;
        long coveredGrids = 0, coveredHouseholds = 0, coveredPopulation = 0;
        for (int i = 0; i < all.size(); i++) {
            GridPoint g = all.get(i);
            grids++;
            households += g.households();
            population += g.population();
            if (coveredAt.test(i)) {
                coveredGrids++;
                coveredHouseholds += g.households();
                coveredPopulation += g.population();
            }
        }
        return new CoverageTotals(
                new CoverageFigure(grids, coveredGrids),
                new CoverageFigure(households, coveredHouseholds),
                new CoverageFigure(population, coveredPopulation));
    }
}
