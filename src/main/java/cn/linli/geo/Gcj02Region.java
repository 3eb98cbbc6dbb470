package cn.linli.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/**
 * Where GCJ-02 applies: mainland China with its coastal waters, as the polygon in
 * {@code src/main/resources/geo/gcj02-region.wkt} (Natural Earth admin-0, public domain; how it was made and why
 * Hong Kong, Macao and Taiwan are left out is told in {@code geo/README.md} beside it). Outside it, WGS-84, GCJ-02 and
 * BD-09 positions are the same numbers.
 *
 * <p>Every coordinate conversion asks it, so it is fast: a bounding-box test first, then JTS's indexed
 * point-in-area locator (what a {@code PreparedPolygon} uses, here without its synchronised accessor), about
 * a microsecond per point (docs/PERFORMANCE.md).
 */
public final class Gcj02Region {

    static final String RESOURCE = "/geo/gcj02-region.wkt";

    /** The polygon and its index, loaded on first use (class-holder idiom: thread-safe, once). */
    private static final class Loaded {
        static final Geometry POLYGON = read();
        static final Envelope ENVELOPE = POLYGON.getEnvelopeInternal();
        static final IndexedPointInAreaLocator LOCATOR = new IndexedPointInAreaLocator(POLYGON);
    }

    private Gcj02Region() {}

    /** Whether GCJ-02 applies at this WGS-84 position (its border counts as inside). */
    public static boolean contains(LonLat wgs) {
        Coordinate c = new Coordinate(wgs.lon(), wgs.lat());
        return Loaded.ENVELOPE.contains(c) && Loaded.LOCATOR.locate(c) != Location.EXTERIOR;
    }

    /** Whether a position lies within {@code degrees} of the region's bounding box: a quick test before costlier work. */
    static boolean near(LonLat p, double degrees) {
        Envelope e = Loaded.ENVELOPE;
        return p.lon() >= e.getMinX() - degrees
                && p.lon() <= e.getMaxX() + degrees
                && p.lat() >= e.getMinY() - degrees
                && p.lat() <= e.getMaxY() + degrees;
    }

    /** The region itself (WGS-84), e.g. to draw it. */
    public static Geometry polygon() {
        return Loaded.POLYGON;
    }

    private static Geometry read() {
        try (InputStream in = Gcj02Region.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Geometry polygon = GeoJson.parseWkt(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            polygon.setUserData(RESOURCE);
            return polygon;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
