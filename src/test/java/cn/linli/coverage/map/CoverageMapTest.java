package cn.linli.coverage.map;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The GeoJSON endpoint as a map tool meets it: plain HTTP GET on the test's random port. */
class CoverageMapTest extends LinliTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void dongpoElderlyCareIsAFeatureCollectionOfClosedGridPolygonsAndProviderPoints() throws Exception {
        HttpResponse<String> response = get("/map/coverage.geojson?place=511402&kind=ELDERLY_CARE&radius=500");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/geo+json"));
        JsonNode collection = JSON.readTree(response.body());
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");

        List<JsonNode> grids = features(collection, "grid");
        List<JsonNode> providers = features(collection, "provider");
        assertThat(grids).hasSize(569);
        for (JsonNode grid : grids) {
            assertThat(grid.get("type").asString()).isEqualTo("Feature");
            assertThat(grid.at("/geometry/type").asString()).isEqualTo("Polygon");
            for (JsonNode ring : grid.at("/geometry/coordinates")) {
                assertThat(ring.size()).isGreaterThanOrEqualTo(4);
                assertThat(ring.get(0))
                        .as("ring of %s is closed", grid.at("/properties/code"))
                        .isEqualTo(ring.get(ring.size() - 1));
            }
        }
        long covered = grids.stream()
                .filter(g -> g.at("/properties/covered").asBoolean())
                .count();
        assertThat(covered)
                .isEqualTo(collection.at("/totals/grids/covered").asLong())
                .isPositive()
                .isLessThan(569);
        assertThat(grids)
                .allSatisfy(g -> assertThat(g.at("/properties/covered").asBoolean())
                        .isEqualTo(g.at("/properties/nearestDistance").asDouble() <= 500));
        assertThat(providers).isNotEmpty().allSatisfy(p -> {
            assertThat(p.at("/geometry/type").asString()).isEqualTo("Point");
            assertThat(p.at("/properties/kind").asString()).isEqualTo("ELDERLY_CARE");
        });
    }

    @Test
    void gcj02CoordinatesAreShiftedFromWgs84ByTheMarsOffsetOfMeishan() throws Exception {
        JsonNode wgs = JSON.readTree(
                get("/map/coverage.geojson?place=511402001001&kind=MEDICAL").body());
        JsonNode gcj = JSON.readTree(get("/map/coverage.geojson?place=511402001001&kind=MEDICAL&crs=GCJ02")
                .body());
        assertThat(gcj.get("crs").asString()).isEqualTo("GCJ02");
        assertThat(gcj.get("features").size())
                .isEqualTo(wgs.get("features").size())
                .isPositive();
        for (int f = 0; f < wgs.get("features").size(); f++) {
            JsonNode a = first(wgs.get("features").get(f).at("/geometry/coordinates"));
            JsonNode b = first(gcj.get("features").get(f).at("/geometry/coordinates"));
            // GCJ-02 moves Meishan about 200 m east and 300 m south: +0.0021° lon, −0.0028° lat
            assertThat(b.get(0).asDouble() - a.get(0).asDouble()).isBetween(0.0018, 0.0025);
            assertThat(b.get(1).asDouble() - a.get(1).asDouble()).isBetween(-0.0031, -0.0025);
        }
    }

    @Test
    void badParametersAnswer400WithAJsonErrorNamingTheParameter() throws Exception {
        assertError("/map/coverage.geojson?kind=MEDICAL", 400, "place");
        assertError("/map/coverage.geojson?place=511402&kind=HOSPITAL", 400, "kind");
        assertError("/map/coverage.geojson?place=511402&kind=MEDICAL&radius=far", 400, "radius");
        assertError("/map/coverage.geojson?place=511402&kind=MEDICAL&radius=99999", 400, "radius");
        assertError("/map/coverage.geojson?place=511402&kind=MEDICAL&crs=EPSG3857", 400, "crs");
        assertError("/map/coverage.geojson?place=123456&kind=MEDICAL", 404, "place");
    }

    private void assertError(String path, int status, String parameter) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("parameter").asString()).as(path).isEqualTo(parameter);
        assertThat(error.get("error").asString()).as(path).contains(parameter);
    }

    private static JsonNode first(JsonNode coordinates) {
        JsonNode c = coordinates;
        while (c.get(0).isArray()) {
            c = c.get(0);
        }
        return c;
    }

    private static List<JsonNode> features(JsonNode collection, String type) {
        List<JsonNode> found = new ArrayList<>();
        collection.get("features").forEach(f -> {
            if (f.at("/properties/type").asString().equals(type)) {
                found.add(f);
            }
        });
        return found;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
