package cn.linli.geo;

/**
 * Conversions between WGS-84, GCJ-02 and BD-09 with the standard published formulas
 * (Krasovsky ellipsoid offsets for GCJ-02, the Baidu x_pi rotation for BD-09).
 *
 * <p>The offsets apply only where Chinese maps use them: at WGS-84 positions inside {@link Gcj02Region} (mainland
 * China and its coastal waters; not Hong Kong, Macao or Taiwan). Elsewhere the three systems give the same numbers.
 * Every direction decides by the WGS-84 position: {@code WGS84 → GCJ02/BD09} by the position itself, and
 * {@code GCJ02/BD09 → WGS84} by the position the offset formula's inverse gives, which is kept when it lies in
 * the region; otherwise the input was not offset and is returned as it is. So every round trip from a WGS-84
 * position inside the region, or more than about a kilometre outside it, returns where it started. Within that
 * kilometre outside the border the offset may carry an inside point onto the same numbers as an outside one; the
 * inside reading wins (GCJ-02 numbers come from Chinese maps of Chinese places).
 */
public final class ChinaCoordinates {

    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;
    private static final double X_PI = Math.PI * 3000.0 / 180.0;
    private static final double INVERSE_TOLERANCE_DEG = 1e-10;
    private static final int INVERSE_MAX_STEPS = 30;
    /** More than the largest GCJ-02 and BD-09 offsets (under 0.02°): farther from the region, no input was offset. */
    private static final double MAX_OFFSET_DEG = 0.05;

    private ChinaCoordinates() {}

    public static LonLat convert(LonLat p, CoordinateSystem from, CoordinateSystem to) {
        if (from == to) {
            return p;
        }
        return fromWgs84(toWgs84(p, from), to);
    }

    private static LonLat toWgs84(LonLat p, CoordinateSystem from) {
        return switch (from) {
            case WGS84 -> p;
            case GCJ02 -> gcj02ToWgs84(p);
            case BD09 -> bd09ToWgs84(p);
        };
    }

    private static LonLat fromWgs84(LonLat wgs, CoordinateSystem to) {
        return switch (to) {
            case WGS84 -> wgs;
            case GCJ02 -> wgs84ToGcj02(wgs);
            case BD09 -> wgs84ToBd09(wgs);
        };
    }

    /** Whether the WGS-84 position lies where GCJ-02 does not apply (outside {@link Gcj02Region}). */
    public static boolean outOfChina(LonLat wgs) {
        return !Gcj02Region.contains(wgs);
    }

    public static LonLat wgs84ToGcj02(LonLat wgs) {
        return outOfChina(wgs) ? wgs : offset(wgs);
    }

    /** Inverts {@link #wgs84ToGcj02} by fixed-point iteration (error well below a millimetre). */
    public static LonLat gcj02ToWgs84(LonLat gcj) {
        if (!Gcj02Region.near(gcj, MAX_OFFSET_DEG)) {
            return gcj;
        }
        LonLat wgs = unoffset(gcj);
        return outOfChina(wgs) ? gcj : wgs;
    }

    public static LonLat wgs84ToBd09(LonLat wgs) {
        return outOfChina(wgs) ? wgs : gcj02ToBd09(offset(wgs));
    }

    public static LonLat bd09ToWgs84(LonLat bd) {
        if (!Gcj02Region.near(bd, MAX_OFFSET_DEG)) {
            return bd;
        }
        LonLat wgs = unoffset(bd09ToGcj02(bd));
        return outOfChina(wgs) ? bd : wgs;
    }

    /** The GCJ-02 offset formula, wherever the point lies. */
    private static LonLat offset(LonLat wgs) {
        double x = wgs.lon() - 105.0;
        double y = wgs.lat() - 35.0;
        double radLat = wgs.lat() / 180.0 * Math.PI;
        double magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
        double sqrtMagic = Math.sqrt(magic);
        double dLat = offsetLat(x, y) * 180.0 / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        double dLon = offsetLon(x, y) * 180.0 / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new LonLat(wgs.lon() + dLon, wgs.lat() + dLat);
    }

    /** The WGS-84 position that {@link #offset} moves onto {@code gcj}. */
    private static LonLat unoffset(LonLat gcj) {
        double lon = gcj.lon();
        double lat = gcj.lat();
        for (int step = 0; step < INVERSE_MAX_STEPS; step++) {
            LonLat forward = offset(new LonLat(lon, lat));
            double dLon = forward.lon() - gcj.lon();
            double dLat = forward.lat() - gcj.lat();
            lon -= dLon;
            lat -= dLat;
            if (Math.abs(dLon) < INVERSE_TOLERANCE_DEG && Math.abs(dLat) < INVERSE_TOLERANCE_DEG) {
                break;
            }
        }
        return new LonLat(lon, lat);
    }

    /** The BD-09 rotation of a GCJ-02 position (no border test: use {@link #convert} for positions that may lie abroad). */
    public static LonLat gcj02ToBd09(LonLat gcj) {
        double x = gcj.lon();
        double y = gcj.lat();
        double z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * X_PI);
        return new LonLat(z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006);
    }

    /** The inverse BD-09 rotation, to GCJ-02 (no border test, as {@link #gcj02ToBd09}). */
    public static LonLat bd09ToGcj02(LonLat bd) {
        double x = bd.lon() - 0.0065;
        double y = bd.lat() - 0.006;
        double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
        return new LonLat(z * Math.cos(theta), z * Math.sin(theta));
    }

    private static double offsetLat(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320.0 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double offsetLon(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}
