package cn.linli.geo;

import cn.linli.api.errors.BadInputException;

/**
 * Positions as clients send them, in the client's coordinate system, checked and converted to WGS-84 (what the
 * graph stores) in one place: degrees outside the globe are bad input before any conversion runs, since the
 * GCJ-02 and BD-09 formulas turn them into NaN or infinity, which no later bounds check would catch.
 */
public final class ClientPositions {

    private ClientPositions() {}

    /** The position in WGS-84; errors name {@code field.lon} or {@code field.lat}. A missing {@code crs} is WGS-84. */
    public static LonLat toWgs84(Double lon, Double lat, CoordinateSystem crs, String field) {
        check(field + ".lon", lon, 180);
        check(field + ".lat", lat, 90);
        return ChinaCoordinates.convert(
                new LonLat(lon, lat), crs == null ? CoordinateSystem.WGS84 : crs, CoordinateSystem.WGS84);
    }

    private static void check(String field, Double degrees, double bound) {
        if (degrees == null || degrees.isNaN() || degrees < -bound || degrees > bound) {
            throw new BadInputException(
                    field,
                    "must be between " + (int) -bound + " and " + (int) bound + " decimal degrees (got " + degrees
                            + ")");
        }
    }
}
