package cn.linli.cache;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import cn.linli.partner.Scope;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hot reads come from the caches, and a read after a write sees the write all the same. */
class ReadAfterWriteTest extends PartnerTest {

    private static final String NEEDS = """
            query($grid: String!) { needs(within: $grid, first: 5) { totalCount edges { node { id title } } } }""";

    @Test
    void theFirstPageOfNeedsIsServedFromTheCacheUntilANeedIsRaisedThenShowsIt() {
        String community = key("community-cache-" + COMMUNITY, Set.of(Scope.NEEDS), COMMUNITY);
        String grid = COMMUNITY + "-03";
        int before = needsIn(grid);
        double hits = hits("linli.needs");
        double queries = cypherQueries();
        assertThat(needsIn(grid)).isEqualTo(before);
        assertThat(hits("linli.needs")).isEqualTo(hits + 1);
        // a hit asks the database only for the region's generation (so that every instance agrees), not for the list
        assertThat(cypherQueries()).isEqualTo(queries + 1);

        String id = as(community)
                .documentName("raiseNeed")
                .variable("input", Map.of("title", "加装楼道扶手", "category", "ELDERLY_CARE", "gridCode", grid))
                .execute()
                .path("raiseNeed.need.id")
                .entity(String.class)
                .get();

        graphQl()
                .document(NEEDS)
                .variable("grid", grid)
                .execute()
                .path("needs.totalCount")
                .entity(Integer.class)
                .isEqualTo(before + 1)
                .path("needs.edges[0].node.id")
                .entity(String.class)
                .isEqualTo(id);
    }

    @Test
    void placeCountsIncludeAProviderRightAfterItIsUpserted() {
        String query = "{ place(code: \"" + QINGSHEN + "\") { counts { providers } } }";
        int before = fieldByField()
                .document(query)
                .execute()
                .path("place.counts.providers")
                .entity(Integer.class)
                .get();
        double hits = hits("linli.counts");
        fieldByField()
                .document(query)
                .execute()
                .path("place.counts.providers")
                .entity(Integer.class)
                .isEqualTo(before);
        assertThat(hits("linli.counts")).isEqualTo(hits + 1);

        testDepartment("test-dept-counts");

        fieldByField()
                .document(query)
                .execute()
                .path("place.counts.providers")
                .entity(Integer.class)
                .isEqualTo(before + 1);
    }

    @Test
    void theProjectsListShowsANewProjectRightAfterItIsPublished() {
        String department = testDepartment("test-dept-cache");
        String list = "{ projects(owner: \"" + department + "\") { totalCount edges { node { name } } } }";
        graphQl()
                .document(list)
                .execute()
                .path("projects.totalCount")
                .entity(Integer.class)
                .isEqualTo(0);

        publishResource(
                key(department, Set.of(Scope.RESOURCES), COMMUNITY),
                "test-res-cache",
                "四点半课堂（测试）",
                "PROJECT",
                "EDUCATION");

        graphQl()
                .document(list)
                .execute()
                .path("projects.totalCount")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("projects.edges[0].node.name")
                .entity(String.class)
                .isEqualTo("四点半课堂（测试）");
    }

    private int needsIn(String grid) {
        return graphQl()
                .document(NEEDS)
                .variable("grid", grid)
                .execute()
                .path("needs.totalCount")
                .entity(Integer.class)
                .get();
    }

    private double hits(String cache) {
        return meters.get("cache.gets")
                .tag("cache", cache)
                .tag("result", "hit")
                .functionCounter()
                .count();
    }
}
