package cn.linli.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Builds {@code src/main/resources/geo/gcj02-region.wkt}, the area where GCJ-02 applies, from Natural Earth's
 * admin-0 countries (1:10m) as the npm package {@code world-atlas} ships them (TopoJSON). Run once by hand when
 * the source changes; see {@code src/main/resources/geo/README.md} for the steps and the choices:
 * <ol>
 * <li>mainland China is the country {@code 156} (Hong Kong 344, Macao 446 and Taiwan 158 are other features);</li>
 * <li>its coastal waters are added: points within {@link #SEA_DEGREES} of its land that lie nearer to it than to
 * any other country's land (the equidistance line, approximated by a Voronoi diagram of the densified coasts), so
 * a pier or reclaimed land that the 1:10m coastline misses stays inside;</li>
 * <li>every other country's land is taken out again, so land borders are Natural Earth's;</li>
 * <li>simplified (topology preserving) with {@link #TOLERANCE_DEGREES} and rounded to 4 decimals.</li>
 * </ol>
 * Arguments: the path of {@code countries-10m.json} and the output file.
 */
public final class Gcj02RegionBuilder {

    /** Mainland China in ISO 3166-1 numeric, Natural Earth's id of the feature. */
    static final String MAINLAND_CHINA = "156";
    /**
     * Coastal waters: about 24 nautical miles (44 km, China's contiguous zone) in degrees of latitude, so offshore
     * ports on islands the 1:10m coast lacks (洋山港 lies 30 km off Shanghai) stay inside.
     */
    static final double SEA_DEGREES = 0.4;
    /** Largest move of a border vertex by simplification: about 110 m north-south, 85 m east-west at 40°N. */
    static final double TOLERANCE_DEGREES = 0.001;

    private static final double DENSIFY_DEGREES = 0.01;
    private static final PrecisionModel FOUR_DECIMALS = new PrecisionModel(1e4);

    private Gcj02RegionBuilder() {}

    public static void main(String[] args) throws IOException {
        System.setProperty("jts.overlay", "ng");
        Map<String, Geometry> countries = countries(Path.of(args[0]));
        Geometry region = build(countries);
        Files.writeString(Path.of(args[1]), new WKTWriter().write(region) + "\n", StandardCharsets.UTF_8);
        System.out.printf("%s: %d polygons, %d vertices%n", args[1], region.getNumGeometries(), region.getNumPoints());
    }

    static Geometry build(Map<String, Geometry> countries) {
        Geometry china = GeometryFixer.fix(countries.get(MAINLAND_CHINA));
        Geometry reach = china.buffer(2 * SEA_DEGREES);
        List<Geometry> near = new ArrayList<>();
        countries.forEach((id, shape) -> {
            if (!id.equals(MAINLAND_CHINA) && shape.getEnvelopeInternal().intersects(reach.getEnvelopeInternal())) {
                Geometry valid = GeometryFixer.fix(shape);
                if (valid.intersects(reach)) {
                    near.add(valid);
                }
            }
        });
        Geometry others = UnaryUnionOp.union(near);
        Geometry chinaSea = china.buffer(SEA_DEGREES);
        Geometry othersSea = others.buffer(SEA_DEGREES);
        // Waters near both: split along the equidistance line.
        Geometry contested = chinaSea.intersection(othersSea).difference(china).difference(others);
        Geometry nearerChina = nearerTo(china, others, contested);
        Geometry region = areal(UnaryUnionOp.union(List.of(
                        china, areal(chinaSea.difference(othersSea)), areal(contested.intersection(nearerChina)))))
                .difference(others);
        Geometry simplified = TopologyPreservingSimplifier.simplify(region, TOLERANCE_DEGREES);
        return GeometryPrecisionReducer.reduce(simplified, FOUR_DECIMALS);
    }

    /** The polygons of an overlay's result, without the lines and points where shapes only touch. */
    private static Geometry areal(Geometry geometry) {
        return GeoJson.FACTORY.buildGeometry(PolygonExtracter.getPolygons(geometry));
    }

    /** The part of {@code area} nearer to {@code a}'s boundary than to {@code b}'s (Voronoi cells of densified boundaries). */
    private static Geometry nearerTo(Geometry a, Geometry b, Geometry area) {
        Geometry zone = area.buffer(SEA_DEGREES);
        Map<Coordinate, Boolean> sites = new HashMap<>();
        for (Coordinate c : Densifier.densify(b.getBoundary().intersection(zone), DENSIFY_DEGREES)
                .getCoordinates()) {
            sites.put(c, false);
        }
        for (Coordinate c : Densifier.densify(a.getBoundary().intersection(zone), DENSIFY_DEGREES)
                .getCoordinates()) {
            sites.put(c, true);
        }
        VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
        voronoi.setSites(sites.keySet());
        voronoi.setTolerance(1e-6);
        voronoi.setClipEnvelope(zone.getEnvelopeInternal());
        Geometry cells = voronoi.getDiagram(GeoJson.FACTORY);
        List<Geometry> mine = new ArrayList<>();
        for (int i = 0; i < cells.getNumGeometries(); i++) {
            Geometry cell = cells.getGeometryN(i);
            if (Boolean.TRUE.equals(sites.get((Coordinate) cell.getUserData()))) {
                mine.add(cell);
            }
        }
        return UnaryUnionOp.union(mine);
    }

    /** The countries of a world-atlas TopoJSON file as JTS geometries, keyed by their ISO numeric id. */
    static Map<String, Geometry> countries(Path topoJson) throws IOException {
        JsonNode root = new ObjectMapper().readTree(topoJson.toFile());
        List<List<Coordinate>> arcs = arcs(root);
        Map<String, Geometry> countries = new HashMap<>();
        for (JsonNode country : root.get("objects").get("countries").get("geometries")) {
            if (!country.has("id") || !country.has("arcs")) {
                continue;
            }
            List<Polygon> polygons = new ArrayList<>();
            List<JsonNode> parts = new ArrayList<>();
            if (country.get("type").asString().equals("Polygon")) {
                parts.add(country.get("arcs"));
            } else {
                country.get("arcs").forEach(parts::add);
            }
            for (JsonNode part : parts) {
                Polygon polygon = polygon(part, arcs);
                if (polygon != null) {
                    polygons.add(polygon);
                }
            }
            countries.put(
                    country.get("id").asString(), GeoJson.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new)));
        }
        return countries;
    }

    /** Arcs decoded: quantized, delta-encoded positions times the transform's scale plus its translation. */
    private static List<List<Coordinate>> arcs(JsonNode root) {
        JsonNode transform = root.get("transform");
        double sx = transform.get("scale").get(0).asDouble();
        double sy = transform.get("scale").get(1).asDouble();
        double tx = transform.get("translate").get(0).asDouble();
        double ty = transform.get("translate").get(1).asDouble();
        List<List<Coordinate>> arcs = new ArrayList<>();
        for (JsonNode arc : root.get("arcs")) {
            List<Coordinate> points = new ArrayList<>();
            long x = 0;
            long y = 0;
            for (JsonNode delta : arc) {
                x += delta.get(0).asLong();
                y += delta.get(1).asLong();
                points.add(new Coordinate(x * sx + tx, y * sy + ty));
            }
            arcs.add(points);
        }
        return arcs;
    }

    /** A polygon of its rings; null when quantization left its shell without area (a tiny islet). */
    private static Polygon polygon(JsonNode rings, List<List<Coordinate>> arcs) {
        LinearRing shell = ring(rings.get(0), arcs);
        if (shell == null) {
            return null;
        }
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 1; i < rings.size(); i++) {
            LinearRing hole = ring(rings.get(i), arcs);
            if (hole != null) {
                holes.add(hole);
            }
        }
        return GeoJson.FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    /** A ring joins its arcs ({@code ~i} is arc i reversed), each starting where the previous one ended. */
    private static LinearRing ring(JsonNode arcIndexes, List<List<Coordinate>> arcs) {
        List<Coordinate> ring = new ArrayList<>();
        for (JsonNode index : arcIndexes) {
            int i = index.asInt();
            List<Coordinate> arc = new ArrayList<>(arcs.get(i >= 0 ? i : ~i));
            if (i < 0) {
                Collections.reverse(arc);
            }
            ring.addAll(ring.isEmpty() ? arc : arc.subList(1, arc.size()));
        }
        return ring.size() < 4 ? null : GeoJson.FACTORY.createLinearRing(ring.toArray(Coordinate[]::new));
    }
}
