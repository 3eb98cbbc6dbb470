package cn.linli.place;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliTest;
import org.junit.jupiter.api.Test;

/** Nested lists cost a bounded number of Cypher queries, whatever the page size (no N+1). */
class BatchedLoadingTest extends LinliTest {

    @Test
    void communitiesWithTheirGridsAndServingCentersCostTheSameNumberOfQueriesForFiveOrFifty() {
        double small = queriesFor(5);
        double large = queriesFor(50);
        assertThat(large).isEqualTo(small);
        // list count + list page + grids of all communities + centers of all grids
        assertThat(large).isLessThanOrEqualTo(4);
    }

    private double queriesFor(int communities) {
        double before = cypherQueries();
        graphQl()
                .documentName("communitiesGridsCenters")
                .variable("first", communities)
                .execute()
                .path("places.edges")
                .entityList(Object.class)
                .hasSize(communities)
                .path("places.edges[0].node.grids.edges[0].node.code")
                .hasValue();
        return cypherQueries() - before;
    }
}
