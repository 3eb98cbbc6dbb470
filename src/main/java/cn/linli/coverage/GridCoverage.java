package cn.linli.coverage;

/**
 * One grid measured against one kind of provider: the nearest provider to the grid's center point,
 * its great-circle distance in metres, and whether that is within the walking radius.
 * {@code nearestKey} and {@code distance} are null only when no provider of the kind exists at all.
 */
public record GridCoverage(GridPoint point, String nearestKey, Double distance, boolean covered) {

    static GridCoverage of(GridPoint point, java.util.Optional<Nearest> nearest, int radius) {
        return nearest.map(n -> new GridCoverage(point, n.providerKey(), round(n.meters()), n.meters() <= radius))
                .orElseGet(() -> new GridCoverage(point, null, null, false));
    }

    /** Metres to one decimal: the positions are only good to about 0.1 m. */
    static double round(double meters) {
        return Math.round(meters * 10) / 10.0;
    }
}
