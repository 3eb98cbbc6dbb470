package cn.linli.place;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import cn.linli.SeedCsv;
import cn.linli.geo.GeoJson;
import cn.linli.partner.Scope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * A record's point agrees with its place: inside its boundary or within 500 m of it (5 km of the place's own point
 * when it has no boundary). Distances expected here are haversine distances to the boundary sampled every metre or
 * so, computed in the test without the service's geometry code.
 */
class PointInPlaceTest extends PartnerTest {

    /** 庄店社区第1网格 in Dongpo, the grid of the example. */
    private static final String ZHUANGDIAN_1 = "511402001001-01";

    private static final Pattern OUTSIDE = Pattern.compile("lies (\\d+) m (?:outside|from the point of)");

    @Test
    void aProviderSeventyKilometresFromItsPlaceIsRefusedNamingTheFieldAndTheDistance() {
        double lon = 103.2; // about 66 km south-west of the grid, in 洪雅县
        double lat = 29.8;
        Map<String, Object> input = provider("test-far", ZHUANGDIAN_1, lon, lat);
        GraphQlTester.Response response = as(key("street-office-511402001001", Set.of(Scope.PROVIDERS), "511402001001"))
                .documentName("upsertProvider")
                .variable("input", input)
                .execute();
        double expected = metresOutside(boundary("grids.csv", ZHUANGDIAN_1), lon, lat);
        assertThat(expected).isBetween(60_000.0, 80_000.0);
        response.errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions())
                    .containsEntry("code", "BAD_USER_INPUT")
                    .containsEntry("field", "input.location");
            String message = errors.get(0).getMessage();
            assertThat(message)
                    .startsWith("input.location (103.2, 29.8 in WGS-84) lies ")
                    .contains(
                            " m outside 511402001001-01 庄店社区第1网格; a record's point must lie in its place or within 500 m of its boundary");
            assertThat((double) metres(message))
                    .isCloseTo(expected, org.assertj.core.data.Offset.offset(expected * 0.005));
        });
        assertThat(count("MATCH (p:Provider {id: 'test-far'}) RETURN count(p)", Map.of()))
                .isZero();
    }

    @Test
    void aPointJustOutsideItsPlaceIsAcceptedWithinTheToleranceAndRefusedBeyondIt() {
        String key = key("street-office-" + COMMUNITY, Set.of(Scope.PROVIDERS), COMMUNITY);
        Geometry grid = boundary("grids.csv", GRID);
        double[] near = outward(grid, 300);
        double[] far = outward(grid, 800);
        assertThat(metresOutside(grid, near[0], near[1])).isBetween(250.0, 350.0);
        assertThat(metresOutside(grid, far[0], far[1])).isBetween(750.0, 850.0);

        as(key).documentName("upsertProvider")
                .variable("input", provider("test-edge", GRID, near[0], near[1]))
                .execute()
                .path("upsertProvider.provider.locatedIn.code")
                .entity(String.class)
                .isEqualTo(GRID);
        as(key).documentName("upsertProvider")
                .variable("input", provider("test-edge", GRID, far[0], far[1]))
                .execute()
                .errors()
                .satisfy(errors -> {
                    assertThat(errors.get(0).getExtensions()).containsEntry("field", "input.location");
                    assertThat((double) metres(errors.get(0).getMessage()))
                            .isCloseTo(metresOutside(grid, far[0], far[1]), org.assertj.core.data.Offset.offset(5.0));
                });
    }

    @Test
    void aGcj02PointIsCheckedAtItsWgs84Position() {
        // the grid's own point sent as GCJ-02 numbers: converted to WGS-84 it lies about 400 m north-west, still inside
        String key = key("street-office-" + COMMUNITY, Set.of(Scope.PROVIDERS), COMMUNITY);
        Map<String, String> row = row("grids.csv", GRID);
        Map<String, Object> input = provider(
                "test-gcj-point", GRID, Double.parseDouble(row.get("lon")), Double.parseDouble(row.get("lat")));
        input.put(
                "location",
                Map.of(
                        "lon",
                        Double.parseDouble(row.get("lon")),
                        "lat",
                        Double.parseDouble(row.get("lat")),
                        "crs",
                        "GCJ02"));
        as(key).documentName("upsertProvider")
                .variable("input", input)
                .execute()
                .path("upsertProvider.provider.locatedIn.code")
                .entity(String.class)
                .isEqualTo(GRID);
    }

    @Test
    void aPlaceWithoutABoundaryTakesPointsWithinFiveKilometresOfItsOwnPoint() {
        // a town of 青神县 made for this test, without a boundary, removed afterwards
        String town = "511425999";
        cypher.write(tx -> tx.update(
                "CREATE (:Place:Town {code: $code, name: '测试无界镇', level: 'TOWN', kind: 'TOWN',"
                        + " parentCode: '511425', provenance: 'synthetic', location: point({longitude: 103.84, latitude: 29.83})})",
                Map.of("code", town)));
        try {
            String key = key("street-office-" + town, Set.of(Scope.PROVIDERS), town);
            // 0.04° of latitude north: 4.45 km; 0.05°: 5.56 km
            as(key).documentName("upsertProvider")
                    .variable("input", provider("test-no-boundary", town, 103.84, 29.87))
                    .execute()
                    .path("upsertProvider.provider.locatedIn.code")
                    .entity(String.class)
                    .isEqualTo(town);
            as(key).documentName("upsertProvider")
                    .variable("input", provider("test-no-boundary", town, 103.84, 29.88))
                    .execute()
                    .errors()
                    .satisfy(errors -> {
                        assertThat(errors.get(0).getExtensions()).containsEntry("field", "input.location");
                        assertThat(errors.get(0).getMessage())
                                .contains("which has no boundary; a record's point must lie within 5000 m of it");
                        assertThat((double) metres(errors.get(0).getMessage()))
                                .isCloseTo(
                                        SeedCsv.haversine(103.84, 29.83, 103.84, 29.88),
                                        org.assertj.core.data.Offset.offset(10.0));
                    });
        } finally {
            cypher.write(tx -> tx.update(
                    "MATCH (x) WHERE x.code = $code OR x.id = 'test-no-boundary' DETACH DELETE x",
                    Map.of("code", town)));
        }
    }

    @Test
    void everySeedProviderLiesInItsPlaceOrWithinTheTolerance() {
        Map<String, Geometry> places = new HashMap<>();
        Stream.of("districts.csv", "towns.csv", "communities.csv", "grids.csv")
                .forEach(file -> SeedCsv.rows(file)
                        .forEach(r -> places.put(r.get("code"), GeoJson.parseWkt(r.get("boundary")))));
        List<Map<String, String>> providers = SeedCsv.rows("providers.csv");
        assertThat(providers).allSatisfy(p -> {
            Geometry place = places.get(p.get("place_code"));
            double lon = Double.parseDouble(p.get("lon"));
            double lat = Double.parseDouble(p.get("lat"));
            if (!place.covers(GeoJson.FACTORY.createPoint(new Coordinate(lon, lat)))) {
                assertThat(metresOutside(place, lon, lat)).as(p.get("id")).isLessThanOrEqualTo(500.0);
            }
        });
    }

    @Test
    void everySeedPlacesOwnPointLiesInItsBoundaryOrWithinTheTolerance() {
        for (String file : List.of("districts.csv", "towns.csv", "communities.csv", "grids.csv")) {
            assertThat(SeedCsv.rows(file)).allSatisfy(r -> {
                Geometry boundary = GeoJson.parseWkt(r.get("boundary"));
                double lon = Double.parseDouble(r.get("lon"));
                double lat = Double.parseDouble(r.get("lat"));
                if (!boundary.covers(GeoJson.FACTORY.createPoint(new Coordinate(lon, lat)))) {
                    assertThat(metresOutside(boundary, lon, lat))
                            .as("%s %s", file, r.get("code"))
                            .isLessThanOrEqualTo(500.0);
                }
            });
        }
    }

    private static Map<String, Object> provider(String key, String place, double lon, double lat) {
        return new HashMap<>(Map.of(
                "key",
                key,
                "name",
                "测试服务社 " + key,
                "kind",
                "SOCIAL_ORGANIZATION",
                "placeCode",
                place,
                "location",
                Map.of("lon", lon, "lat", lat)));
    }

    private static int metres(String message) {
        Matcher m = OUTSIDE.matcher(message);
        assertThat(m.find()).as(message).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The shortest haversine distance from the point to the polygon's rings, each edge sampled every ~1 m. */
    private static double metresOutside(Geometry polygon, double lon, double lat) {
        double best = Double.MAX_VALUE;
        Coordinate[] ring = polygon.getCoordinates();
        for (int i = 0; i + 1 < ring.length; i++) {
            Coordinate a = ring[i];
            Coordinate b = ring[i + 1];
            int steps = (int) Math.max(1, SeedCsv.haversine(a.x, a.y, b.x, b.y));
            for (int s = 0; s <= steps; s++) {
                double t = (double) s / steps;
                best = Math.min(best, SeedCsv.haversine(lon, lat, a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)));
            }
        }
        return best;
    }

    /** A point {@code metres} outside the middle of the polygon's longest edge, straight out from it. */
    private static double[] outward(Geometry polygon, double metres) {
        Coordinate[] ring = polygon.getCoordinates();
        int longest = 0;
        for (int i = 0; i + 1 < ring.length; i++) {
            if (ring[i].distance(ring[i + 1]) > ring[longest].distance(ring[longest + 1])) {
                longest = i;
            }
        }
        Coordinate a = ring[longest];
        Coordinate b = ring[longest + 1];
        double midLon = (a.x + b.x) / 2;
        double midLat = (a.y + b.y) / 2;
        double metresPerDegLat = 111_195.0;
        double metresPerDegLon = metresPerDegLat * Math.cos(Math.toRadians(midLat));
        double dx = (b.x - a.x) * metresPerDegLon;
        double dy = (b.y - a.y) * metresPerDegLat;
        double length = Math.hypot(dx, dy);
        // the two normals; the outward one is where the polygon does not cover a point 1 m away
        for (int sign : new int[] {1, -1}) {
            double nx = sign * dy / length;
            double ny = -sign * dx / length;
            if (!polygon.covers(GeoJson.FACTORY.createPoint(
                    new Coordinate(midLon + nx / metresPerDegLon, midLat + ny / metresPerDegLat)))) {
                return new double[] {midLon + nx * metres / metresPerDegLon, midLat + ny * metres / metresPerDegLat};
            }
        }
        throw new IllegalStateException("no outward normal");
    }

    private static Geometry boundary(String file, String code) {
        return GeoJson.parseWkt(row(file, code).get("boundary"));
    }

    private static Map<String, String> row(String file, String code) {
        return SeedCsv.rows(file).stream()
                .filter(r -> r.get("code").equals(code))
                .findFirst()
                .orElseThrow();
    }
}
