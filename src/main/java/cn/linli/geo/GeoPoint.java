package cn.linli.geo;

/** A point as a client sees it: in the coordinate system it asked for. */
public record GeoPoint(double lon, double lat, CoordinateSystem crs) {

    /** Converts a stored WGS-84 position into {@code crs}, rounded to 6 decimals (~0.1 m). */
    public static GeoPoint fromStored(double lon, double lat, CoordinateSystem crs) {
        LonLat p = ChinaCoordinates.convert(new LonLat(lon, lat), CoordinateSystem.WGS84, crs);
        return new GeoPoint(round(p.lon()), round(p.lat()), crs);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
