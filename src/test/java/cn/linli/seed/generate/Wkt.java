package cn.linli.seed.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** WKT and decimal text with exactly 6 decimals, as seed/FORMAT.md asks. */
final class Wkt {

    private Wkt() {}

    static String degrees(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).toPlainString();
    }

    static String lon(Point p) {
        return degrees(p.getX());
    }

    static String lat(Point p) {
        return degrees(p.getY());
    }

    /** POLYGON for a single polygon, MULTIPOLYGON otherwise. */
    static String of(Geometry polygonal) {
        StringBuilder out = new StringBuilder();
        if (polygonal.getNumGeometries() == 1) {
            out.append("POLYGON");
            polygon(out, (Polygon) polygonal.getGeometryN(0));
            return out.toString();
        }
        out.append("MULTIPOLYGON(");
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            polygon(out, (Polygon) polygonal.getGeometryN(i));
        }
        return out.append(')').toString();
    }

    private static void polygon(StringBuilder out, Polygon polygon) {
        out.append('(');
        ring(out, polygon.getExteriorRing());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            out.append(", ");
            ring(out, polygon.getInteriorRingN(i));
        }
        out.append(')');
    }

    private static void ring(StringBuilder out, LineString ring) {
        out.append('(');
        Coordinate[] coordinates = ring.getCoordinates();
        for (int i = 0; i < coordinates.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(degrees(coordinates[i].x)).append(' ').append(degrees(coordinates[i].y));
        }
        out.append(')');
    }
}
