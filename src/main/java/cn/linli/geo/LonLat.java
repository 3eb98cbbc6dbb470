package cn.linli.geo;

/** A position in decimal degrees; which system it is in is up to the caller. */
public record LonLat(double lon, double lat) {

    /** The sphere radius Neo4j's {@code point.distance} uses for WGS-84, so both give the same distances. */
    private static final double EARTH_RADIUS_METERS = 6378140.0;

    /** Great-circle (haversine) distance in metres; both points in the same system. */
    public double metersTo(LonLat other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
