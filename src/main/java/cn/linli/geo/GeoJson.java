package cn.linli.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Stored WKT (WGS-84) to JTS geometries and to GeoJSON geometry objects in any coordinate system. */
public final class GeoJson {

    /** SRID 4326 (WGS-84) with floating precision. */
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private GeoJson() {}

    public static Geometry parseWkt(String wkt) {
        try {
            return new WKTReader(FACTORY).read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a WKT geometry: " + e.getMessage(), e);
        }
    }

    /** A GeoJSON geometry (Point, Polygon or MultiPolygon) with coordinates converted to {@code crs}, 6 decimals. */
    public static Map<String, Object> geometry(Geometry geometry, CoordinateSystem crs) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (geometry instanceof Point point) {
            json.put("type", "Point");
            json.put("coordinates", position(point.getCoordinate(), crs));
        } else if (geometry instanceof Polygon polygon) {
            json.put("type", "Polygon");
            json.put("coordinates", rings(polygon, crs));
        } else if (geometry instanceof MultiPolygon multi) {
            List<Object> polygons = new ArrayList<>();
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                polygons.add(rings((Polygon) multi.getGeometryN(i), crs));
            }
            json.put("type", "MultiPolygon");
            json.put("coordinates", polygons);
        } else {
            throw new IllegalArgumentException("unsupported geometry " + geometry.getGeometryType());
        }
        return json;
    }

    private static List<Object> rings(Polygon polygon, CoordinateSystem crs) {
        List<Object> rings = new ArrayList<>();
        rings.add(ring(polygon.getExteriorRing(), crs));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(ring(polygon.getInteriorRingN(i), crs));
        }
        return rings;
    }

    private static List<Object> ring(LineString ring, CoordinateSystem crs) {
        List<Object> positions = new ArrayList<>();
        for (Coordinate c : ring.getCoordinates()) {
            positions.add(position(c, crs));
        }
        return positions;
    }

    private static List<Double> position(Coordinate c, CoordinateSystem crs) {
        GeoPoint p = GeoPoint.fromStored(c.x, c.y, crs);
        return List.of(p.lon(), p.lat());
    }
}
