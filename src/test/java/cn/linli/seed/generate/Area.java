package cn.linli.seed.generate;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** A city, district, town or community with its point and boundary (WGS-84). */
record Area(String code, String name, String kind, String parentCode, Point point, Geometry boundary) {

    boolean isStreet() {
        return kind.equals("STREET");
    }
}
