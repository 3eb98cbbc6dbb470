package cn.linli.place;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliTest;
import cn.linli.api.paging.PageRequest;
import cn.linli.coverage.SeedCsv;
import cn.linli.graph.Cypher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;

class PlaceHierarchyTest extends LinliTest {

    @Autowired
    Cypher cypher;

    @Test
    void meishanHasSixDistrictsAndCounties() {
        graphQl()
                .document("{ districts(first: 10) { totalCount edges { node { code name } } } }")
                .execute()
                .path("districts.totalCount")
                .entity(Integer.class)
                .isEqualTo(6)
                .path("districts.edges[*].node.name")
                .entityList(String.class)
                .contains("东坡区", "彭山区", "仁寿县", "洪雅县", "丹棱县", "青神县");
    }

    @Test
    void dongpoHasSixteenTownsOfWhichThreeStreetsHoldFortyEightCommunities() {
        var response = graphQl().documentName("dongpoStreets").execute();
        response.path("place.towns.totalCount").entity(Integer.class).isEqualTo(16);
        response.path("place.streets.totalCount").entity(Integer.class).isEqualTo(3);
        List<Integer> communities = response.path("place.streets.edges[*].node.communities.totalCount")
                .entityList(Integer.class)
                .get();
        assertThat(communities).containsExactlyInAnyOrder(12, 19, 17);
        assertThat(communities.stream().mapToInt(Integer::intValue).sum()).isEqualTo(48);
        response.path("place.counts.grids")
                .entity(Integer.class)
                .satisfies(g -> assertThat(g).isGreaterThanOrEqualTo(569));
    }

    @Test
    void theCountsOfTheCityAndOfDongpoAreThoseOfTheSeedFiles() {
        String dongpo = "511402";
        List<Map<String, String>> grids = SeedCsv.rows("grids.csv");
        List<Map<String, String>> dongpoGrids =
                grids.stream().filter(g -> g.get("code").startsWith(dongpo)).toList();
        List<Map<String, String>> communities = SeedCsv.rows("communities.csv");
        var response = graphQl().document("""
                        { city: place(code: "511400") { counts { districts towns communities villages grids providers } }
                          dongpo: place(code: "511402") { counts { towns grids households population } } }""").execute();
        response.path("city.counts.districts")
                .entity(Integer.class)
                .isEqualTo(SeedCsv.rows("districts.csv").size());
        response.path("city.counts.towns")
                .entity(Integer.class)
                .isEqualTo(SeedCsv.rows("towns.csv").size());
        response.path("city.counts.communities")
                .entity(Long.class)
                .isEqualTo(communities.stream()
                        .filter(c -> c.get("kind").equals("COMMUNITY"))
                        .count());
        response.path("city.counts.villages")
                .entity(Long.class)
                .isEqualTo(communities.stream()
                        .filter(c -> c.get("kind").equals("VILLAGE"))
                        .count());
        response.path("city.counts.grids").entity(Integer.class).isEqualTo(grids.size());
        // other tests of this database write providers (test departments and organisations): the seed's and theirs
        long written = cypher.read("MATCH (p:Provider {provenance: 'partner'}) RETURN count(p) AS n", Map.of())
                .get(0)
                .get("n")
                .asLong();
        response.path("city.counts.providers")
                .entity(Long.class)
                .isEqualTo(SeedCsv.rows("providers.csv").size() + written);
        response.path("dongpo.counts.towns")
                .entity(Long.class)
                .isEqualTo(SeedCsv.rows("towns.csv").stream()
                        .filter(t -> t.get("parent_code").equals(dongpo))
                        .count());
        response.path("dongpo.counts.grids").entity(Integer.class).isEqualTo(dongpoGrids.size());
        response.path("dongpo.counts.households")
                .entity(Integer.class)
                .isEqualTo(dongpoGrids.stream()
                        .mapToInt(g -> Integer.parseInt(g.get("households")))
                        .sum());
        response.path("dongpo.counts.population")
                .entity(Integer.class)
                .isEqualTo(dongpoGrids.stream()
                        .mapToInt(g -> Integer.parseInt(g.get("population")))
                        .sum());
    }

    @Test
    void aGridKnowsItsParentChainUpToTheCity() {
        graphQl()
                .document("""
                { place(code: "511402001001-01") { id name level parent { code } ancestors { level code name } } }""")
                .execute()
                .path("place.id")
                .entity(String.class)
                .isEqualTo("Grid:511402001001-01")
                .path("place.level")
                .entity(String.class)
                .isEqualTo("GRID")
                .path("place.parent.code")
                .entity(String.class)
                .isEqualTo("511402001001")
                .path("place.ancestors[*].code")
                .entityList(String.class)
                .containsExactly("511402001001", "511402001", "511402", "511400")
                .path("place.ancestors[*].name")
                .entityList(String.class)
                .containsExactly("庄店社区", "通惠街道", "东坡区", "眉山市");
    }

    @Test
    void aGridHasAPolygonBoundaryInTheRequestedCoordinateSystem() {
        var response = graphQl().document("""
                { place(code: "511402001001-01") {
                    wgs: boundary type: boundary(crs: WGS84) gcj: boundary(crs: GCJ02) } }""").execute();
        response.path("place.type.type").entity(String.class).isEqualTo("Polygon");
        List<Double> wgs = response.path("place.wgs.coordinates[0][0]")
                .entityList(Double.class)
                .get();
        List<Double> gcj = response.path("place.gcj.coordinates[0][0]")
                .entityList(Double.class)
                .get();
        // GCJ-02 shifts Meishan by a few hundred metres: roughly +0.0025 lon, -0.0024 lat
        assertThat(gcj.get(0) - wgs.get(0)).isBetween(0.001, 0.005);
        assertThat(gcj.get(1) - wgs.get(1)).isBetween(-0.005, -0.001);
    }

    @Test
    void placesByLevelCanBeLimitedToASubtree() {
        graphQl()
                .document("""
                { places(level: COMMUNITY, within: "511402001", first: 5) {
                    totalCount pageInfo { hasNextPage } edges { node { code } } } }""")
                .execute()
                .path("places.totalCount")
                .entity(Integer.class)
                .isEqualTo(12)
                .path("places.pageInfo.hasNextPage")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("places.edges[*].node.code")
                .entityList(String.class)
                .satisfies(codes -> assertThat(codes).hasSize(5).allMatch(c -> c.startsWith("511402001")));
    }

    @Test
    void cursorsWalkThroughAListWithoutGapsOrRepeats() {
        var firstPage = graphQl()
                .document("{ districts(first: 4) { pageInfo { endCursor hasNextPage } edges { node { code } } } }")
                .execute();
        String cursor = firstPage
                .path("districts.pageInfo.endCursor")
                .entity(String.class)
                .get();
        List<String> page1 = firstPage
                .path("districts.edges[*].node.code")
                .entityList(String.class)
                .get();
        List<String> page2 = graphQl()
                .document(
                        "query($after: String) { districts(first: 4, after: $after) { pageInfo { hasNextPage } edges { node { code } } } }")
                .variable("after", cursor)
                .execute()
                .path("districts.pageInfo.hasNextPage")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("districts.edges[*].node.code")
                .entityList(String.class)
                .get();
        assertThat(page1).hasSize(4);
        assertThat(page2).hasSize(2).doesNotContainAnyElementsOf(page1);
    }

    @Test
    void aPageDeepInALevelIsAnIndexSeekFromItsCursorWithoutSortingOrSkipping() {
        for (boolean backward : List.of(false, true)) {
            List<Object> cursor = List.of("511402003014-05");
            PageRequest deep = new PageRequest(
                    PlaceQueries.PLACES_BY_CODE, 100, backward, backward ? null : cursor, backward ? cursor : null);
            Map<String, Object> params = new HashMap<>(deep.parameters());
            params.putAll(Map.of("level", "GRID", "prefix", "5114", "beyond", Place.subtreeEnd("5114")));
            params.put("kind", null);
            List<String> operators = new ArrayList<>();
            operators(cypher.explain(deep.cypher(PlaceQueries.PLACES), params), operators);
            assertThat(operators)
                    .as("the seek starts at the cursor: a deep page reads what the first page reads")
                    .anySatisfy(op -> assertThat(op)
                            .startsWith("NodeIndexSeek")
                            .contains("(level, code)")
                            .contains(backward ? "code < $before0" : "code > $after0")
                            .contains("code >= $prefix"))
                    .noneSatisfy(op -> assertThat(op).startsWith("Top"))
                    .noneSatisfy(op -> assertThat(op).startsWith("Sort"))
                    .noneSatisfy(op -> assertThat(op).startsWith("Skip"));
        }
    }

    private static void operators(Plan plan, List<String> into) {
        into.add(plan.operatorType() + " " + plan.arguments().getOrDefault("Details", Values.NULL));
        plan.children().forEach(child -> operators(child, into));
    }

    @Test
    void anyPlaceCanBeFetchedAgainByItsGlobalId() {
        graphQl()
                .document("{ node(id: \"Town:511402001\") { id ... on Town { name kind } } }")
                .execute()
                .path("node.name")
                .entity(String.class)
                .isEqualTo("通惠街道")
                .path("node.kind")
                .entity(String.class)
                .isEqualTo("STREET");
        graphQl()
                .document("{ node(id: \"Grid:511402001\") { id } }")
                .execute()
                .path("node")
                .valueIsNull();
    }

    @Test
    void pageSizeAboveTheLimitIsRejectedNamingTheArgument() {
        graphQl()
                .document("{ districts(first: 5000) { totalCount } }")
                .execute()
                .errors()
                .satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getMessage()).contains("first").contains("at most 100");
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
                });
    }
}
