package cn.linli.geo;

/**
 * Conversions between WGS-84, GCJ-02 and BD-09 with the standard published formulas
 * (Krasovsky ellipsoid offsets for GCJ-02, the Baidu x_pi rotation for BD-09).
 * Outside China (the usual {@code outOfChina} box) GCJ-02 equals WGS-84.
 */
public final class ChinaCoordinates {

    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;
    private static final double X_PI = Math.PI * 3000.0 / 180.0;
    private static final double INVERSE_TOLERANCE_DEG = 1e-10;
    private static final int INVERSE_MAX_STEPS = 30;

    private ChinaCoordinates() {
    }

    public static LonLat convert(LonLat p, CoordinateSystem from, CoordinateSystem to) {
        if (from == to) {
            return p;
        }
        LonLat gcj = switch (from) {
            case WGS84 -> wgs84ToGcj02(p);
            case GCJ02 -> p;
            case BD09 -> bd09ToGcj02(p);
        };
        return switch (to) {
            case WGS84 -> gcj02ToWgs84(gcj);
            case GCJ02 -> gcj;
            case BD09 -> gcj02ToBd09(gcj);
        };
    }

    public static boolean outOfChina(LonLat p) {
        return p.lon() < 72.004 || p.lon() > 137.8347 || p.lat() < 0.8293 || p.lat() > 55.8271;
    }

    public static LonLat wgs84ToGcj02(LonLat wgs) {
        if (outOfChina(wgs)) {
            return wgs;
        }
        double x = wgs.lon() - 105.0;
        double y = wgs.lat() - 35.0;
        double radLat = wgs.lat() / 180.0 * Math.PI;
        double magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
        double sqrtMagic = Math.sqrt(magic);
        double dLat = offsetLat(x, y) * 180.0 / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        double dLon = offsetLon(x, y) * 180.0 / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new LonLat(wgs.lon() + dLon, wgs.lat() + dLat);
    }

    /** Inverts {@link #wgs84ToGcj02} by fixed-point iteration (error well below a millimetre). */
    public static LonLat gcj02ToWgs84(LonLat gcj) {
        if (outOfChina(gcj)) {
            return gcj;
        }
        double lon = gcj.lon();
        double lat = gcj.lat();
        for (int step = 0; step < INVERSE_MAX_STEPS; step++) {
            LonLat forward = wgs84ToGcj02(new LonLat(lon, lat));
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

    public static LonLat gcj02ToBd09(LonLat gcj) {
        double x = gcj.lon();
        double y = gcj.lat();
        double z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * X_PI);
        return new LonLat(z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006);
    }

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
