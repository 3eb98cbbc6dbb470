package cn.linli.geo;

/** A position in decimal degrees; which system it is in is up to the caller. */
public record LonLat(double lon, double lat) {

    /** Great-circle distance in metres, as Neo4j's {@code point.distance} computes it; both points in the same system. */
    public double metersTo(LonLat other) {
        return GreatCircle.meters(lon, lat, other.lon, other.lat);
    }
}
