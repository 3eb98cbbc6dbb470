package cn.linli.nearby;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliTest;
import cn.linli.SeedCsv;
import cn.linli.api.paging.PageRequest;
import cn.linli.geo.ChinaCoordinates;
import cn.linli.geo.LonLat;
import cn.linli.graph.Cypher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

class NearbyTest extends LinliTest {

    private static final LonLat HERE = new LonLat(103.8400, 30.0600);

    @Autowired
    Cypher cypher;

    private GraphQlTester.Response nearby(Map<String, Object> location, Map<String, Object> variables) {
        var request = graphQl().documentName("nearby").variable("location", location);
        variables.forEach(request::variable);
        return request.execute();
    }

    private static Map<String, Object> at(LonLat p, String crs) {
        return Map.of("lon", p.lon(), "lat", p.lat(), "crs", crs);
    }

    @Test
    void theNearestElderlyCarePointIsTheOneTheSeedPutsClosest() {
        Map<String, String> expected = SeedCsv.rows("providers.csv").stream()
                .filter(r -> r.get("kind").equals("ELDERLY_CARE"))
                .min(Comparator.comparingDouble(r -> distanceFromHere(r)))
                .orElseThrow();
        double expectedMeters = distanceFromHere(expected);

        var response = nearby(at(HERE, "WGS84"), Map.of("radius", 5000, "kinds", List.of("ELDERLY_CARE"), "first", 1));
        response.path("nearby.edges[0].node.provider.id")
                .entity(String.class)
                .isEqualTo("Provider:" + expected.get("id"));
        response.path("nearby.edges[0].node.provider.kind").entity(String.class).isEqualTo("ELDERLY_CARE");
        response.path("nearby.edges[0].node.distanceMeters")
                .entity(Integer.class)
                .satisfies(d -> assertThat((double) d)
                        .isCloseTo(expectedMeters, org.assertj.core.data.Offset.offset(expectedMeters * 0.003 + 1)));
    }

    @Test
    void resultsComeNearestFirstWithinTheRadiusAndPageWithoutGaps() {
        long inRadius = SeedCsv.rows("providers.csv").stream()
                .filter(r -> distanceFromHere(r) <= 790)
                .count();
        long clearlyInRadius = SeedCsv.rows("providers.csv").stream()
                .filter(r -> distanceFromHere(r) <= 810)
                .count();
        var first = nearby(at(HERE, "WGS84"), Map.of("radius", 800, "first", 10));
        int total = first.path("nearby.totalCount").entity(Integer.class).get();
        // the service's sphere differs from the test's by 0.1 %, so only the edge of the radius may differ
        assertThat((long) total).isBetween(inRadius, clearlyInRadius);
        List<Integer> distances = new ArrayList<>(first.path("nearby.edges[*].node.distanceMeters")
                .entityList(Integer.class)
                .get());
        String cursor =
                first.path("nearby.pageInfo.endCursor").entity(String.class).get();
        distances.addAll(nearby(at(HERE, "WGS84"), Map.of("radius", 800, "first", 10, "after", cursor))
                .path("nearby.edges[*].node.distanceMeters")
                .entityList(Integer.class)
                .get());
        assertThat(distances)
                .hasSize(Math.min(20, total))
                .isSorted()
                .allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(800));
    }

    @Test
    void gcj02AndBd09InputsFindTheSameNearestProvidersAsTheirWgs84Twin() {
        LonLat gcj = ChinaCoordinates.convert(
                HERE, cn.linli.geo.CoordinateSystem.WGS84, cn.linli.geo.CoordinateSystem.GCJ02);
        LonLat bd =
                ChinaCoordinates.convert(HERE, cn.linli.geo.CoordinateSystem.WGS84, cn.linli.geo.CoordinateSystem.BD09);
        Map<String, Object> filter = Map.of("radius", 2000, "first", 5);
        List<String> wgsIds = ids(nearby(at(HERE, "WGS84"), filter));
        assertThat(wgsIds).hasSize(5);
        assertThat(ids(nearby(at(gcj, "GCJ02"), filter))).isEqualTo(wgsIds);
        assertThat(ids(nearby(at(bd, "BD09"), filter))).isEqualTo(wgsIds);
        // the same numbers read as WGS-84 lie a few hundred metres away and find other providers
        assertThat(ids(nearby(at(bd, "WGS84"), filter))).isNotEqualTo(wgsIds);
    }

    @Test
    void categoriesKeepProvidersOfferingSuchAnItem() {
        var response =
                nearby(at(HERE, "WGS84"), Map.of("radius", 3000, "categories", List.of("CHILDCARE"), "first", 20));
        response.path("nearby.totalCount")
                .entity(Integer.class)
                .satisfies(t -> assertThat(t).isPositive());
        List<Map<String, Object>> providers = response.path("nearby.edges[*].node.provider")
                .entityList(mapType())
                .get();
        // every provider in the seed offering CHILDCARE items, independently
        var offering = SeedCsv.rows("service_items.csv").stream()
                .filter(r -> r.get("category").equals("CHILDCARE"))
                .map(r -> "Provider:" + r.get("provider_id"))
                .toList();
        assertThat(providers).allSatisfy(p -> assertThat(offering).contains((String) p.get("id")));
    }

    @Test
    void openAtKeepsOnlyProvidersOpenAtThatTime() {
        // 庄店口袋公园 is open 24/7; 城中社区公共法律服务工作室 Mo-Fr 09:00-17:00
        LonLat park = new LonLat(103.830046, 30.044723);
        LonLat room = new LonLat(103.958572, 30.152447);
        String sundayNight = "2025-03-09T23:30";
        String mondayMorning = "2025-03-10T10:00";
        assertThat(ids(nearby(at(park, "WGS84"), Map.of("radius", 10, "openAt", sundayNight))))
                .containsExactly("Provider:park-001");
        assertThat(ids(nearby(
                        at(room, "WGS84"),
                        Map.of("radius", 10, "kinds", List.of("LEGAL_SERVICE"), "openAt", sundayNight))))
                .isEmpty();
        assertThat(ids(nearby(
                        at(room, "WGS84"),
                        Map.of("radius", 10, "kinds", List.of("LEGAL_SERVICE"), "openAt", mondayMorning))))
                .containsExactly("Provider:legal-room-001");
        var open = nearby(at(HERE, "WGS84"), Map.of("radius", 3000, "openAt", sundayNight, "first", 100));
        assertThat(open.path("nearby.edges[*].node.provider.hours")
                        .entityList(String.class)
                        .get())
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h).isEqualTo("24/7"));
    }

    @Test
    void aRadiusBeyondTheLimitALatitudeOf200AndABadTimeAreRejectedNamingTheField() {
        nearby(at(HERE, "WGS84"), Map.of("radius", 5001)).errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions())
                    .containsEntry("code", "BAD_USER_INPUT")
                    .containsEntry("field", "radius");
            assertThat(errors.get(0).getMessage()).contains("5000");
        });
        nearby(Map.of("lon", 103.8, "lat", 200.0), Map.of())
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions())
                        .containsEntry("code", "BAD_USER_INPUT")
                        .containsEntry("field", "location.lat"));
        nearby(at(HERE, "WGS84"), Map.of("openAt", "Monday"))
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions())
                        .containsEntry("code", "BAD_USER_INPUT")
                        .containsEntry("field", "openAt"));
    }

    @Test
    void theDistanceFilterIsAnsweredFromThePointIndexWithAndWithoutOtherFilters() {
        assertThat(operators(plan(null, null)))
                .as("plan")
                .anySatisfy(op -> assertThat(op)
                        .contains("NodeIndexSeekByRange")
                        .contains("POINT INDEX p:Provider(location)")
                        .contains("point.distance"));
        assertThat(operators(plan(List.of("MEDICAL"), List.of(600, 2040))))
                .anySatisfy(op ->
                        assertThat(op).contains("NodeIndexSeekByRange").contains("POINT INDEX p:Provider(location)"));
    }

    @Test
    void thePageAndTheCountReadTheProvidersWithinTheRadiusOnceFromThePointIndex() {
        assertThat(operators(plan(null, null)))
                .filteredOn(op -> op.contains("POINT INDEX p:Provider(location)"))
                .hasSize(1);
    }

    /** The plan of a page after a cursor (500 m, some provider id), so that the keyset condition is in it. */
    private Plan plan(List<String> kinds, List<Integer> openAt) {
        PageRequest page =
                new PageRequest(NearbyQueries.nearest("Query.nearby", HERE), 10, false, List.of(500.0, "nc-001"), null);
        Map<String, Object> params = new HashMap<>(page.parameters());
        params.putAll(Map.of("lon", HERE.lon(), "lat", HERE.lat(), "radius", 1000));
        params.put("kinds", kinds);
        params.put("levels", null);
        params.put("categories", null);
        params.put("openAt", openAt);
        return cypher.explain(page.cypher(NearbyQueries.NEARBY), params);
    }

    private static List<String> operators(Plan plan) {
        List<String> into = new ArrayList<>();
        collect(plan, into);
        return into;
    }

    private static void collect(Plan plan, List<String> into) {
        into.add(plan.operatorType() + " " + plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL));
        plan.children().forEach(child -> collect(child, into));
    }

    private static double distanceFromHere(Map<String, String> row) {
        return SeedCsv.haversine(
                HERE.lon(), HERE.lat(), Double.parseDouble(row.get("lon")), Double.parseDouble(row.get("lat")));
    }

    private static List<String> ids(GraphQlTester.Response response) {
        return response.path("nearby.edges[*].node.provider.id")
                .entityList(String.class)
                .get();
    }

    @SuppressWarnings("unchecked")
    private static Class<Map<String, Object>> mapType() {
        return (Class<Map<String, Object>>) (Class<?>) Map.class;
    }
}
