package cn.linli.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.linli.LinliTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Coverage checked against an independent oracle: the seed CSV files and a haversine written here,
 * following the measure the schema documents (grid center to provider point, Earth radius 6 378 140 m).
 */
@SuppressWarnings("unchecked")
class CoverageTest extends LinliTest {

    /** A grid's nearest provider of a kind, as the oracle computes it from the seed files. */
    record Expected(String code, long population, long households, String nearest, double meters) {}

    @Test
    void everyDongpoGridIsCoveredExactlyWhenAnElderlyCarePointLiesWithin500MetresOfItsCenter() {
        Map<String, Expected> expected = oracle("511402", "ELDERLY_CARE");
        List<Map<String, Object>> reported = allGrids("511402", "ELDERLY_CARE", 500);

        assertThat(reported).hasSize(expected.size()).hasSize(569);
        for (Map<String, Object> node : reported) {
            Expected e = expected.get(code(node));
            assertThat(node.get("covered")).as(e.code()).isEqualTo(e.meters() <= 500);
            assertThat(((Number) node.get("distance")).doubleValue())
                    .as(e.code())
                    .isCloseTo(e.meters(), within(0.1));
        }
        assertThat(expected.values()).filteredOn(e -> e.meters() > 500).isNotEmpty();
    }

    @Test
    void theGridFarthestFromElderlyCareIsReportedUncoveredWithItsNearestPoint() {
        Expected farthest = oracle("511402", "ELDERLY_CARE").values().stream()
                .max(Comparator.comparingDouble(Expected::meters))
                .orElseThrow();
        assertThat(farthest.meters()).isGreaterThan(1000);

        GraphQlTester.Response response = graphQl()
                .documentName("coverageGrids")
                .variable("place", farthest.code())
                .variable("kind", "ELDERLY_CARE")
                .execute();
        response.path("coverage.grids.totalCount")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("coverage.grids.edges[0].node.grid.code")
                .entity(String.class)
                .isEqualTo(farthest.code())
                .path("coverage.grids.edges[0].node.covered")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("coverage.grids.edges[0].node.nearest.id")
                .entity(String.class)
                .isEqualTo("Provider:" + farthest.nearest())
                .path("coverage.totals.grids.uncovered")
                .entity(Integer.class)
                .isEqualTo(1);
    }

    @Test
    void totalsCountGridsHouseholdsAndPeopleCoveredAndPercentagesAddUp() {
        Map<String, Expected> expected = oracle("511402", "MEDICAL");
        GraphQlTester.Response response = graphQl()
                .documentName("coverageGrids")
                .variable("place", "511402")
                .variable("kind", "MEDICAL")
                .variable("radius", 1000)
                .execute();
        Map<String, Map<String, Number>> totals =
                response.path("coverage.totals").entity(Map.class).get();

        List<Expected> covered =
                expected.values().stream().filter(e -> e.meters() <= 1000).toList();
        assertFigure(totals.get("grids"), expected.size(), covered.size());
        assertFigure(
                totals.get("households"),
                expected.values().stream().mapToLong(Expected::households).sum(),
                covered.stream().mapToLong(Expected::households).sum());
        assertFigure(
                totals.get("population"),
                expected.values().stream().mapToLong(Expected::population).sum(),
                covered.stream().mapToLong(Expected::population).sum());

        // the uncovered filter lists exactly the uncovered grids, and the totals do not change with it
        graphQl()
                .documentName("coverageGrids")
                .variable("place", "511402")
                .variable("kind", "MEDICAL")
                .variable("radius", 1000)
                .variable("covered", false)
                .execute()
                .path("coverage.grids.totalCount")
                .entity(Integer.class)
                .isEqualTo(expected.size() - covered.size())
                .path("coverage.totals.grids.covered")
                .entity(Integer.class)
                .isEqualTo(covered.size());
    }

    @Test
    void theLifeCircleHasEveryKindAtEveryRadiusAndAgreesWithCoverage() {
        GraphQlTester.Response response = graphQl()
                .documentName("lifeCircle")
                .variable("place", "511402")
                .variable("worst", 5)
                .execute();
        response.path("lifeCircle.radii")
                .entityList(Integer.class)
                .containsExactly(300, 500, 1000)
                .path("lifeCircle.kinds")
                .entityList(String.class)
                .containsExactly(
                        "ELDERLY_CARE",
                        "MEDICAL",
                        "CHILDCARE",
                        "KINDERGARTEN",
                        "NEIGHBORHOOD_CENTER",
                        "LEGAL_SERVICE",
                        "POCKET_PARK");
        List<Map<String, Object>> cells = response.path("lifeCircle.cells").entityList(Map.class).get().stream()
                .map(c -> (Map<String, Object>) c)
                .toList();
        assertThat(cells).hasSize(21);

        for (String kind : List.of("ELDERLY_CARE", "POCKET_PARK")) {
            Map<String, Expected> expected = oracle("511402", kind);
            for (int radius : List.of(300, 500, 1000)) {
                Map<String, Object> cell = cells.stream()
                        .filter(c ->
                                c.get("kind").equals(kind) && c.get("radius").equals(radius))
                        .findFirst()
                        .orElseThrow();
                Map<String, Map<String, Number>> totals = (Map<String, Map<String, Number>>) cell.get("totals");
                assertThat(totals.get("grids").get("covered").longValue())
                        .as(kind + " " + radius)
                        .isEqualTo(expected.values().stream()
                                .filter(e -> e.meters() <= radius)
                                .count());
                assertThat(totals.get("population").get("covered").longValue())
                        .as(kind + " " + radius)
                        .isEqualTo(expected.values().stream()
                                .filter(e -> e.meters() <= radius)
                                .mapToLong(Expected::population)
                                .sum());
            }
        }

        // the worst grids miss the most (kind, radius) cells, counted here from the seed files for every grid
        Map<String, Integer> missed = new HashMap<>();
        for (String kind : List.of(
                "ELDERLY_CARE",
                "MEDICAL",
                "CHILDCARE",
                "KINDERGARTEN",
                "NEIGHBORHOOD_CENTER",
                "LEGAL_SERVICE",
                "POCKET_PARK")) {
            oracle("511402", kind)
                    .values()
                    .forEach(e -> missed.merge(
                            e.code(),
                            (int) List.of(300, 500, 1000).stream()
                                    .filter(r -> e.meters() > r)
                                    .count(),
                            Integer::sum));
        }
        List<String> worst = response.path("lifeCircle.worstGrids[*].grid.code")
                .entityList(String.class)
                .get();
        List<Integer> uncovered = response.path("lifeCircle.worstGrids[*].uncoveredCells")
                .entityList(Integer.class)
                .get();
        assertThat(worst).hasSize(5);
        assertThat(uncovered)
                .isSortedAccordingTo(Comparator.reverseOrder())
                .containsExactlyElementsOf(worst.stream().map(missed::get).toList());
        assertThat(uncovered.get(0))
                .isEqualTo(missed.values().stream().max(Integer::compare).orElseThrow());
        List<Map<String, Object>> nearest =
                response.path("lifeCircle.worstGrids[0].nearest").entityList(Map.class).get().stream()
                        .map(n -> (Map<String, Object>) n)
                        .toList();
        List<String> missing = response.path("lifeCircle.worstGrids[0].missingKinds")
                .entityList(String.class)
                .get();
        assertThat(nearest).hasSize(7);
        nearest.forEach(n -> assertThat(missing.contains(n.get("kind")))
                .as("%s missing exactly when farther than 1000 m", n.get("kind"))
                .isEqualTo(n.get("distance") == null || ((Number) n.get("distance")).doubleValue() > 1000));
    }

    @Test
    void aRadiusOutOfBoundsOrAnUnknownPlaceIsRejectedNamingTheArgument() {
        graphQl()
                .document("{ coverage(place: \"511402\", kind: MEDICAL, radius: 0) { radius } }")
                .execute()
                .errors()
                .satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getExtensions())
                            .containsEntry("code", "BAD_USER_INPUT")
                            .containsEntry("field", "radius");
                });
        graphQl()
                .document("{ lifeCircle(place: \"999999\") { radii } }")
                .execute()
                .errors()
                .satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND");
                    assertThat(errors.get(0).getMessage()).contains("999999").contains("place");
                });
    }

    private static void assertFigure(Map<String, Number> figure, long total, long covered) {
        assertThat(figure.get("total").longValue()).isEqualTo(total);
        assertThat(figure.get("covered").longValue()).isEqualTo(covered);
        assertThat(figure.get("covered").longValue() + figure.get("uncovered").longValue())
                .isEqualTo(total);
        assertThat(figure.get("percent").doubleValue()).isCloseTo(100.0 * covered / total, within(0.005));
    }

    /** Pages through the coverage of every grid under a place. */
    private List<Map<String, Object>> allGrids(String place, String kind, int radius) {
        List<Map<String, Object>> all = new ArrayList<>();
        String after = null;
        do {
            GraphQlTester.Response page = graphQl()
                    .documentName("coverageGrids")
                    .variable("place", place)
                    .variable("kind", kind)
                    .variable("radius", radius)
                    .variable("first", 100)
                    .variable("after", after)
                    .execute();
            page.path("coverage.grids.edges[*].node")
                    .entityList(Map.class)
                    .get()
                    .forEach(n -> all.add((Map<String, Object>) n));
            boolean more = page.path("coverage.grids.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .get();
            after = more
                    ? page.path("coverage.grids.pageInfo.endCursor")
                            .entity(String.class)
                            .get()
                    : null;
        } while (after != null);
        return all;
    }

    private static String code(Map<String, Object> node) {
        return (String) ((Map<String, Object>) node.get("grid")).get("code");
    }

    /** For each grid under the place (by code prefix), the nearest provider of the kind anywhere, by brute force. */
    static Map<String, Expected> oracle(String placeCode, String kind) {
        List<Map<String, String>> providers = SeedCsv.rows("providers.csv").stream()
                .filter(p -> p.get("kind").equals(kind))
                .toList();
        Map<String, Expected> expected = new HashMap<>();
        for (Map<String, String> grid : SeedCsv.rows("grids.csv")) {
            if (!grid.get("code").startsWith(placeCode)) {
                continue;
            }
            double lon = Double.parseDouble(grid.get("lon")), lat = Double.parseDouble(grid.get("lat"));
            String nearest = null;
            double best = Double.POSITIVE_INFINITY;
            for (Map<String, String> p : providers) {
                double d = SeedCsv.meters(lon, lat, Double.parseDouble(p.get("lon")), Double.parseDouble(p.get("lat")));
                if (d < best) {
                    best = d;
                    nearest = p.get("id");
                }
            }
            expected.put(
                    grid.get("code"),
                    new Expected(
                            grid.get("code"),
                            Long.parseLong(grid.get("population")),
                            Long.parseLong(grid.get("households")),
                            nearest,
                            best));
        }
        return expected;
    }
}
