package cn.linli.geo;

/**
 * Distances on the sphere, computed exactly as Neo4j's {@code point.distance} does for WGS-84 points
 * (haversine, Earth radius 6 378 140 m), so a distance found in Java and one found in Cypher agree.
 */
public final class GreatCircle {

    /** The radius Neo4j 5 uses for geographic distances ({@code CRSCalculator.EARTH_RADIUS_METERS}). */
    public static final double EARTH_RADIUS_METERS = 6_378_140.0;

    private static final double METERS_PER_DEGREE = Math.toRadians(1) * EARTH_RADIUS_METERS;

    private GreatCircle() {}

    /** Great-circle distance in metres between two WGS-84 positions. */
    public static double meters(double lon1, double lat1, double lon2, double lat2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METERS * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    /** Degrees of latitude spanning {@code meters} along a meridian. */
    public static double latitudeDegrees(double meters) {
        return meters / METERS_PER_DEGREE;
    }

    /**
     * Degrees of longitude that span at least {@code meters} at every latitude within
     * {@code latitudeDegrees(meters)} of {@code lat} (measured on the side nearer the pole).
     */
    public static double longitudeDegrees(double meters, double lat) {
        double poleward = Math.min(89.0, Math.abs(lat) + latitudeDegrees(meters));
        return Math.min(180.0, meters / (METERS_PER_DEGREE * Math.cos(Math.toRadians(poleward))));
    }
}
