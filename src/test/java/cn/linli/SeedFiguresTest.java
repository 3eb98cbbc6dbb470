package cn.linli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.graph.Cypher;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The loaded graph holds the figures of the 2024 article (see shared BRIEF and seed/README.md). */
class SeedFiguresTest extends LinliTest {

    private static final String DONGPO = "511402";
    private static final String PENGSHAN = "511403";

    @Autowired
    Cypher cypher;

    @Test
    void dongpoDividesItsFortyEightUrbanCommunitiesIntoFiveHundredSixtyNineGrids() {
        var row = cypher.read("""
                MATCH (g:Grid)-[:PART_OF]->(c:Community)-[:PART_OF]->(t:Town {kind: 'STREET'})-[:PART_OF]->(:District {code: $dongpo})
                RETURN count(g) AS grids, count(DISTINCT c) AS communities""", Map.of("dongpo", DONGPO)).get(0);
        assertThat(row.get("grids").asInt()).isEqualTo(569);
        assertThat(row.get("communities").asInt()).isEqualTo(48);
    }

    @Test
    void meishanHasAllOfficialDivisions() {
        graphQl()
                .document("{ place(code: \"511400\") { counts { districts towns communities villages } } }")
                .execute()
                .path("place.counts.districts")
                .entity(Integer.class)
                .isEqualTo(6)
                .path("place.counts.towns")
                .entity(Integer.class)
                .isEqualTo(80)
                .path("place.counts.communities")
                .entity(Integer.class)
                .isEqualTo(337)
                .path("place.counts.villages")
                .entity(Integer.class)
                .isEqualTo(510);
    }

    @Test
    void dongpoHasThirtyEightNeighborhoodCentersAtThreeLevelsIncludingJinlongAndShuiyunjian() {
        assertThat(count("NEIGHBORHOOD_CENTER", DONGPO)).isEqualTo(38);
        graphQl()
                .document("{ providers(kinds: [NEIGHBORHOOD_CENTER], within: \"511402\", first: 1) { totalCount } }")
                .execute()
                .path("providers.totalCount")
                .entity(Integer.class)
                .isEqualTo(38);
        var levels = cypher.read("""
                MATCH (p:Provider {kind: 'NEIGHBORHOOD_CENTER'}) RETURN p.level AS level, count(*) AS n""", Map.of());
        assertThat(levels)
                .extracting(r -> r.get("level").asString())
                .containsExactlyInAnyOrder("BLOCK", "COMMUNITY", "RESIDENTIAL");
        graphQl()
                .document("""
                { jinlong: node(id: "Provider:nc-jinlong") { ... on Provider { name provenance } }
                  shuiyunjian: node(id: "Provider:nc-shuiyunjian") { ... on Provider { name provenance } } }""")
                .execute()
                .path("jinlong.name")
                .entity(String.class)
                .isEqualTo("金龙邻里中心")
                .path("jinlong.provenance")
                .entity(String.class)
                .isEqualTo("ARTICLE")
                .path("shuiyunjian.name")
                .entity(String.class)
                .isEqualTo("水云间邻里中心");
    }

    @Test
    void dongpoFacilitiesMatchTheArticle() {
        assertThat(count("ELDERLY_CARE", DONGPO)).isEqualTo(35);
        assertThat(count("MEDICAL", DONGPO)).isEqualTo(39);
        assertThat(count("POCKET_PARK", DONGPO)).isEqualTo(5);
        assertThat(count("EXPRESS_POINT", DONGPO)).isEqualTo(19);
        assertThat(count("CHILDCARE", DONGPO)).isEqualTo(8);
        assertThat(capacity("CHILDCARE", DONGPO)).isEqualTo(660);
        assertThat(capacity("KINDERGARTEN", DONGPO)).isEqualTo(3510);
        assertThat(count("DEPARTMENT", DONGPO)).isEqualTo(21);
        assertThat(count("SOCIAL_ORGANIZATION", DONGPO)).isGreaterThanOrEqualTo(350);
    }

    @Test
    void dongpoDeploysMoreThanFiftyProjectResourcesIncludingTongbanToGrids() {
        var row = cypher.read("""
                MATCH (:Provider {kind: 'DEPARTMENT'})-[:OWNS]->(r:Resource)
                RETURN count(r) AS resources,
                       count { MATCH (:Resource {name: '童伴计划'})-[:DEPLOYED_TO]->(:Grid) } AS tongbanGrids""", Map.of()).get(0);
        assertThat(row.get("resources").asInt()).isGreaterThan(50);
        assertThat(row.get("tongbanGrids").asInt()).isPositive();
    }

    @Test
    void moreThanFiveHundredMicroWishesAreFulfilled() {
        var fulfilled = cypher.read("""
                MATCH (n:Need)-[:CLAIMED_BY]->(:Provider) WHERE n.status IN ['COMPLETED', 'CLOSED'] RETURN count(n) AS n""", Map.of()).get(0).get("n").asInt();
        assertThat(fulfilled).isGreaterThan(500);
    }

    @Test
    void pengshanHasItsOrganisationsAndPracticeNetwork() {
        assertThat(count("SOCIAL_ORGANIZATION", PENGSHAN)).isEqualTo(197);
        assertThat(count("VOLUNTEER_TEAM", PENGSHAN)).isGreaterThanOrEqualTo(300);
        assertThat(count("CHARITY", PENGSHAN)).isGreaterThanOrEqualTo(60);
        var practice = cypher.read("""
                MATCH (p:Provider {kind: 'CIVILIZATION_PRACTICE'}) WHERE p.placeCode STARTS WITH $pengshan
                RETURN p.level AS level, count(*) AS n ORDER BY level""", Map.of("pengshan", PENGSHAN));
        assertThat(practice)
                .extracting(r -> r.get("level").asString() + "=" + r.get("n").asInt())
                .containsExactly("CENTER=1", "INSTITUTE=6", "STATION=43");
        assertThat(count("LEGAL_SERVICE", PENGSHAN)).isGreaterThan(1);
        assertThat(count("PARTY_MASS_CENTER", PENGSHAN)).isEqualTo(1);
    }

    @Test
    void everyGridHasAPartyBranchServingIt() {
        var row = cypher.read("""
                MATCH (g:Grid)
                RETURN count(g) AS grids,
                       sum(CASE WHEN EXISTS { (g)<-[:SERVES]-(:Provider {kind: 'PARTY_BRANCH'}) } THEN 1 ELSE 0 END) AS served""", Map.of()).get(0);
        assertThat(row.get("served").asInt()).isEqualTo(row.get("grids").asInt());
    }

    /** Providers of the seed (tests that write add providers of provenance 'partner'; those are not the article's). */
    private int count(String kind, String place) {
        return cypher.read("""
                MATCH (p:Provider {kind: $kind}) WHERE p.placeCode STARTS WITH $place AND p.provenance <> 'partner'
                RETURN count(p) AS n""", Map.of("kind", kind, "place", place))
                .get(0)
                .get("n")
                .asInt();
    }

    private int capacity(String kind, String place) {
        return cypher.read(
                        "MATCH (p:Provider {kind: $kind}) WHERE p.placeCode STARTS WITH $place RETURN sum(p.capacity) AS c",
                        Map.of("kind", kind, "place", place))
                .get(0)
                .get("c")
                .asInt();
    }
}
