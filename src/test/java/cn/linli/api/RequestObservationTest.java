package cn.linli.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliTest;
import org.junit.jupiter.api.Test;

/** Each request is observed (timer graphql.request) and each DataLoader batch, but no single data fetcher. */
class RequestObservationTest extends LinliTest {

    @Test
    void aRequestIsTimedWholeAndItsDataFetchersAreNotTimedOneByOne() {
        long before = requests();
        graphQl()
                .documentName("communitiesGridsCenters")
                .variable("first", 5)
                .execute()
                .path("places.edges[0].node.grids.edges[0].node.servedBy.totalCount")
                .hasValue();
        assertThat(requests()).isEqualTo(before + 1);
        assertThat(meters.find("graphql.dataloader").timers()).isNotEmpty();
        assertThat(meters.find("graphql.datafetcher").meters()).isEmpty();
    }

    private long requests() {
        return meters.find("graphql.request").timers().stream()
                .mapToLong(timer -> timer.count())
                .sum();
    }
}
