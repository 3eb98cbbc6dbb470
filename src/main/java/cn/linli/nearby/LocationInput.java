package cn.linli.nearby;

import cn.linli.api.errors.BadInputException;
import cn.linli.geo.ChinaCoordinates;
import cn.linli.geo.CoordinateSystem;
import cn.linli.geo.LonLat;

/** A position as a map client sends it, in the client's coordinate system. */
public record LocationInput(Double lon, Double lat, CoordinateSystem crs) {

    /** The position in WGS-84 (what the graph stores), after checking the ranges; errors name {@code field.lon} etc. */
    public LonLat toWgs84(String field) {
        check(field + ".lon", lon, 180);
        check(field + ".lat", lat, 90);
        return ChinaCoordinates.convert(new LonLat(lon, lat), crs == null ? CoordinateSystem.WGS84 : crs,
                CoordinateSystem.WGS84);
    }

    private static void check(String field, Double degrees, double bound) {
        if (degrees == null || degrees.isNaN() || degrees < -bound || degrees > bound) {
            throw new BadInputException(field, "must be between " + (int) -bound + " and " + (int) bound
                    + " decimal degrees (got " + degrees + ")");
        }
    }
}
