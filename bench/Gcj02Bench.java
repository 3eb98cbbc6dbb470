import java.util.Random;
import java.util.function.ToDoubleFunction;

import cn.linli.geo.ChinaCoordinates;
import cn.linli.geo.CoordinateSystem;
import cn.linli.geo.Gcj02Region;
import cn.linli.geo.LonLat;

/**
 * What the GCJ-02 border costs on the hot paths (every location input and output converts), run by
 * bench/gcj02.sh. Plain timing loops after a warm-up, nanoseconds per call, best of 5 rounds of 1e6 points:
 *   box            the old rule, a rectangle test (for scale)
 *   region         Gcj02Region.contains
 *   wgs→gcj        ChinaCoordinates WGS84 → GCJ02 (region test + offset formula)
 *   gcj→wgs        GCJ02 → WGS84 (inverse iteration + region test)
 *   wgs→bd         WGS84 → BD09
 * each for points in Meishan, points spread over China's bounding box (half abroad), and points near the
 * Yalu border crossing (Dandong/Sinuiju).
 */
public class Gcj02Bench {

    static final int N = 1_000_000;

    public static void main(String[] args) {
        LonLat[][] sets = {
                points(103.6, 29.6, 104.3, 30.3, 1),       // Meishan
                points(73.0, 18.0, 135.0, 53.0, 2),        // China's box, about half of it abroad
                points(124.2, 39.9, 124.6, 40.3, 3)};      // the Yalu at Dandong
        String[] names = {"Meishan", "China box", "Yalu"};
        System.out.printf("%-10s %10s %10s %10s %10s %10s%n", "points", "box", "region", "wgs→gcj", "gcj→wgs", "wgs→bd");
        for (int s = 0; s < sets.length; s++) {
            LonLat[] p = sets[s];
            LonLat[] gcj = new LonLat[N];
            for (int i = 0; i < N; i++) {
                gcj[i] = ChinaCoordinates.wgs84ToGcj02(p[i]);
            }
            System.out.printf("%-10s %10.0f %10.0f %10.0f %10.0f %10.0f%n", names[s],
                    time(p, q -> box(q) ? 1 : 0),
                    time(p, q -> Gcj02Region.contains(q) ? 1 : 0),
                    time(p, q -> ChinaCoordinates.convert(q, CoordinateSystem.WGS84, CoordinateSystem.GCJ02).lon()),
                    time(gcj, q -> ChinaCoordinates.convert(q, CoordinateSystem.GCJ02, CoordinateSystem.WGS84).lon()),
                    time(p, q -> ChinaCoordinates.convert(q, CoordinateSystem.WGS84, CoordinateSystem.BD09).lon()));
        }
    }

    static boolean box(LonLat p) {
        return !(p.lon() < 72.004 || p.lon() > 137.8347 || p.lat() < 0.8293 || p.lat() > 55.8271);
    }

    static LonLat[] points(double minLon, double minLat, double maxLon, double maxLat, long seed) {
        Random random = new Random(seed);
        LonLat[] points = new LonLat[N];
        for (int i = 0; i < N; i++) {
            points[i] = new LonLat(minLon + random.nextDouble() * (maxLon - minLon), minLat + random.nextDouble() * (maxLat - minLat));
        }
        return points;
    }

    /** Best of 5 rounds (after one warm-up round), nanoseconds per call. */
    static double time(LonLat[] points, ToDoubleFunction<LonLat> f) {
        double best = Double.MAX_VALUE;
        double sink = 0;
        for (int round = 0; round < 6; round++) {
            long start = System.nanoTime();
            for (LonLat p : points) {
                sink += f.applyAsDouble(p);
            }
            double perCall = (System.nanoTime() - start) / (double) points.length;
            if (round > 0) {
                best = Math.min(best, perCall);
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        return best;
    }
}
