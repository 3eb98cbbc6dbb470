package cn.linli.seed.generate;

import cn.linli.geo.ChinaCoordinates;
import cn.linli.geo.LonLat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reads the DataV district MultiPolygons (GCJ-02) and returns them in WGS-84, keyed by adcode. */
final class DistrictBoundaries {

    private DistrictBoundaries() {}

    static Map<String, Geometry> read(Path geoJson) throws IOException {
        JsonNode root = new ObjectMapper().readTree(geoJson.toFile());
        Map<String, Geometry> byCode = new LinkedHashMap<>();
        for (JsonNode feature : root.get("features")) {
            String code = feature.get("properties").get("adcode").asString();
            JsonNode geometry = feature.get("geometry");
            if (!geometry.get("type").asString().equals("MultiPolygon")) {
                throw new IOException("expected a MultiPolygon for " + code);
            }
            List<Polygon> polygons = new ArrayList<>();
            for (JsonNode polygon : geometry.get("coordinates")) {
                polygons.add(polygon(polygon));
            }
            Geometry wgs = PlaceLayout.GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new));
            byCode.put(code, GeometryPrecisionReducer.reduce(wgs, PlaceLayout.PRECISION));
        }
        return byCode;
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return PlaceLayout.GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            LonLat wgs = ChinaCoordinates.gcj02ToWgs84(new LonLat(
                    positions.get(i).get(0).asDouble(), positions.get(i).get(1).asDouble()));
            coordinates[i] = new Coordinate(wgs.lon(), wgs.lat());
        }
        return PlaceLayout.GEOMETRY.createLinearRing(coordinates);
    }
}
