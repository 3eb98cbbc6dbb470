package cn.linli.seed.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Geometry for the synthetic layout: scattering points inside a polygon and cutting it into
 * Voronoi cells. Everything is snapped to the 6-decimal grid the seed files are written in,
 * so neighbouring cells share their edges exactly.
 */
final class PlaceLayout {

    static final PrecisionModel PRECISION = new PrecisionModel(1e6);
    static final GeometryFactory GEOMETRY = new GeometryFactory(PRECISION, 4326);

    private static final double METRES_PER_DEGREE_LAT = 110_574.0;
    private static final double METRES_PER_DEGREE_LON_EQUATOR = 111_320.0;
    private static final int ATTEMPTS_BEFORE_RELAXING = 300;

    private PlaceLayout() {}

    static Point point(double lon, double lat) {
        return GEOMETRY.createPoint(new Coordinate(PRECISION.makePrecise(lon), PRECISION.makePrecise(lat)));
    }

    static double metres(Point a, Point b) {
        double cos = Math.cos(Math.toRadians((a.getY() + b.getY()) / 2));
        double dx = (a.getX() - b.getX()) * METRES_PER_DEGREE_LON_EQUATOR * cos;
        double dy = (a.getY() - b.getY()) * METRES_PER_DEGREE_LAT;
        return Math.hypot(dx, dy);
    }

    static double areaSquareMetres(Geometry g) {
        double cos = Math.cos(Math.toRadians(g.getCentroid().getY()));
        return g.getArea() * METRES_PER_DEGREE_LAT * METRES_PER_DEGREE_LON_EQUATOR * cos;
    }

    /** Where and how densely to scatter points. */
    record Scatter(Geometry area, double spacingMetres, Point near, double radiusMetres, List<Point> avoid) {

        static Scatter over(Geometry area, double spacingMetres) {
            return new Scatter(area, spacingMetres, null, 0, List.of());
        }

        Scatter near(Point centre, double radius) {
            return new Scatter(area, spacingMetres, centre, radius, avoid);
        }

        Scatter avoiding(List<Point> points) {
            return new Scatter(area, spacingMetres, near, radiusMetres, points);
        }
    }

    /**
     * Draws {@code count} points inside the area, at least the spacing apart (and from the
     * points to avoid) and a quarter spacing from the edge; the spacing shrinks where the
     * polygon is too small for it.
     */
    static List<Point> scatter(Scatter s, int count, Random random) {
        PreparedGeometry inside = PreparedGeometryFactory.prepare(s.area());
        IndexedFacetDistance edge = new IndexedFacetDistance(s.area().getBoundary());
        Envelope envelope = s.area().getEnvelopeInternal();
        double spacing = s.spacingMetres();
        double radius = s.radiusMetres();
        List<Point> placed = new ArrayList<>();
        int failures = 0;
        while (placed.size() < count) {
            Point candidate = s.near() == null ? uniform(envelope, random) : around(s.near(), radius, random);
            double margin = Math.min(spacing / 4, 150) / METRES_PER_DEGREE_LAT;
            if (inside.contains(candidate)
                    && edge.distance(candidate) >= margin
                    && farFrom(candidate, placed, spacing)
                    && farFrom(candidate, s.avoid(), spacing)) {
                placed.add(candidate);
                failures = 0;
            } else if (++failures > ATTEMPTS_BEFORE_RELAXING) {
                spacing *= 0.85;
                radius *= 1.2;
                failures = 0;
            }
        }
        return placed;
    }

    static Point pointIn(Geometry area, Random random) {
        return scatter(Scatter.over(area, 40), 1, random).get(0);
    }

    private static Point uniform(Envelope e, Random random) {
        return point(
                e.getMinX() + random.nextDouble() * e.getWidth(), e.getMinY() + random.nextDouble() * e.getHeight());
    }

    private static Point around(Point centre, double radiusMetres, Random random) {
        double r = radiusMetres * Math.sqrt(random.nextDouble());
        double angle = random.nextDouble() * 2 * Math.PI;
        double cos = Math.cos(Math.toRadians(centre.getY()));
        return point(
                centre.getX() + r * Math.cos(angle) / (METRES_PER_DEGREE_LON_EQUATOR * cos),
                centre.getY() + r * Math.sin(angle) / METRES_PER_DEGREE_LAT);
    }

    private static boolean farFrom(Point candidate, List<Point> others, double spacing) {
        for (Point other : others) {
            if (metres(candidate, other) < spacing) {
                return false;
            }
        }
        return true;
    }

    /** The Voronoi cell of every site, clipped to the area, in the order of the sites. */
    static List<Geometry> cells(List<Point> sites, Geometry area) {
        if (sites.size() == 1) {
            return List.of(area);
        }
        List<Coordinate> coordinates = sites.stream().map(Point::getCoordinate).toList();
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(coordinates);
        Envelope clip = new Envelope(area.getEnvelopeInternal());
        clip.expandBy(clip.getWidth() + clip.getHeight());
        builder.setClipEnvelope(clip);
        Geometry diagram = builder.getDiagram(GEOMETRY);
        Map<Coordinate, Geometry> bySite = new HashMap<>();
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            bySite.put((Coordinate) cell.getUserData(), cell);
        }
        List<Geometry> cells = new ArrayList<>();
        for (Coordinate site : coordinates) {
            cells.add(clip(bySite.get(site), area));
        }
        return cells;
    }

    static Geometry clip(Geometry a, Geometry b) {
        return polygonal(OverlayNG.overlay(a, b, OverlayNG.INTERSECTION, PRECISION));
    }

    static Geometry union(List<Geometry> parts) {
        Geometry union = parts.get(0);
        for (Geometry part : parts.subList(1, parts.size())) {
            union = OverlayNG.overlay(union, part, OverlayNG.UNION, PRECISION);
        }
        return polygonal(union);
    }

    @SuppressWarnings("unchecked")
    private static Geometry polygonal(Geometry g) {
        List<Polygon> polygons = PolygonExtracter.getPolygons(g);
        return polygons.size() == 1 ? polygons.get(0) : GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }
}
