import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.types.Point;

/**
 * Compares ways to answer "is there a provider of KIND within RADIUS of each grid under PLACE, and which is
 * nearest" (run by bench/coverage-strategies.sh, which sets the classpath):
 *   load+strtree   what the service does: two queries load grid and provider points, a JTS STR-tree per request
 *   cypher-nearest one query; per grid, every provider of the kind ordered by point.distance (no index helps)
 *   cypher-radius  one query; per grid, providers within the radius via the point index (covered only, no nearest)
 * and, without the database, the STR-tree on synthetic points at a larger scale (SCALE_GRIDS × SCALE_PROVIDERS).
 */
public class CoverageStrategies {

    static final double R = 6_378_140.0;

    public static void main(String[] args) {
        String uri = args[0];
        int runs = Integer.parseInt(args[1]);
        String place = env("PLACE", "511402"), kind = env("KIND", "ELDERLY_CARE");
        int radius = Integer.parseInt(env("RADIUS", "500"));
        Map<String, Object> params = Map.of("prefix", place, "kind", kind, "radius", radius);
        try (Driver driver = GraphDatabase.driver(uri, AuthTokens.none()); Session session = driver.session()) {
            report("load+strtree", runs, () -> {
                List<Record> grids = session.run("""
                        MATCH (g:Place) WHERE g.code STARTS WITH $prefix AND g.level = 'GRID'
                        RETURN g.code AS code, g.location AS location, g.population AS population""", params).list();
                List<Record> providers = session.run("""
                        MATCH (p:Provider) WHERE p.kind IN [$kind] RETURN p.id AS key, p.location AS location""", params).list();
                STRtree tree = new STRtree();
                providers.forEach(p -> { Point l = p.get("location").asPoint(); tree.insert(new Envelope(l.x(), l.x(), l.y(), l.y()), l); });
                int covered = 0;
                for (Record g : grids) {
                    Point l = g.get("location").asPoint();
                    covered += nearest(tree, l.x(), l.y(), radius) <= radius ? 1 : 0;
                }
                return covered;
            });
            report("cypher-nearest", runs, () -> session.run("""
                    MATCH (g:Place) WHERE g.code STARTS WITH $prefix AND g.level = 'GRID'
                    CALL (g) {
                        MATCH (p:Provider {kind: $kind})
                        WITH p, point.distance(p.location, g.location) AS d ORDER BY d LIMIT 1
                        RETURN p.id AS nearest, d
                    }
                    RETURN count(CASE WHEN d <= $radius THEN 1 END) AS covered""", params).single().get("covered").asInt());
            report("cypher-radius", runs, () -> session.run("""
                    MATCH (g:Place) WHERE g.code STARTS WITH $prefix AND g.level = 'GRID'
                    RETURN count(CASE WHEN EXISTS {
                        MATCH (p:Provider) WHERE point.distance(p.location, g.location) <= $radius AND p.kind = $kind
                    } THEN 1 END) AS covered""", params).single().get("covered").asInt());
        }
        int grids = Integer.parseInt(env("SCALE_GRIDS", "300000")), providers = Integer.parseInt(env("SCALE_PROVIDERS", "3000"));
        Random random = new Random(42);
        double[][] g = new double[grids][], p = new double[providers][];
        for (int i = 0; i < grids; i++) g[i] = new double[] {103.5 + random.nextDouble(), 29.6 + random.nextDouble()};
        for (int i = 0; i < providers; i++) p[i] = new double[] {103.5 + random.nextDouble(), 29.6 + random.nextDouble()};
        report("strtree " + grids + "x" + providers + " (no db)", Math.max(3, runs / 10), () -> {
            STRtree tree = new STRtree();
            for (double[] q : p) tree.insert(new Envelope(q[0], q[0], q[1], q[1]), q);
            int covered = 0;
            for (double[] q : g) covered += nearest(tree, q[0], q[1], radius) <= radius ? 1 : 0;
            return covered;
        });
    }

    /** Nearest distance by a growing box, as the service's NearestProviders does. */
    @SuppressWarnings("unchecked")
    static double nearest(STRtree tree, double lon, double lat, double start) {
        for (double r = start; r < 2e7; r *= 2) {
            double dLat = Math.toDegrees(r / R) * 1.01, dLon = dLat / Math.cos(Math.toRadians(Math.abs(lat) + dLat));
            double best = Double.POSITIVE_INFINITY;
            for (Object o : tree.query(new Envelope(lon - dLon, lon + dLon, lat - dLat, lat + dLat))) {
                double[] q = o instanceof Point l ? new double[] {l.x(), l.y()} : (double[]) o;
                best = Math.min(best, meters(lon, lat, q[0], q[1]));
            }
            if (best <= r) return best;
        }
        return Double.POSITIVE_INFINITY;
    }

    static double meters(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double h = Math.pow(Math.sin((p2 - p1) / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        return 2 * R * Math.asin(Math.sqrt(h));
    }

    static void report(String name, int runs, Supplier<Integer> work) {
        for (int i = 0; i < 3; i++) work.get();
        double[] ms = new double[runs];
        int covered = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            covered = work.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            System.err.printf("\r%-32s run %d/%d", name, i + 1, runs);
        }
        Arrays.sort(ms);
        System.err.print("\r");
        System.out.printf("%-32s runs=%d  covered=%d  p50=%.1f ms  p99=%.1f ms%n", name, runs, covered,
                ms[(int) Math.ceil(runs * 0.50) - 1], ms[(int) Math.ceil(runs * 0.99) - 1]);
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
