package cn.linli.need;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliTest;
import org.junit.jupiter.api.Test;

/** The needs list (需求清单) over the seed's 540 micro-wishes in Dongpo grids. */
class NeedsListTest extends LinliTest {

    @Test
    void needsFilterByPlaceStatusClaimantAndDaysAndSortNewestOrOldest() {
        graphQl()
                .documentName("needsList")
                .execute()
                .path("openInTonghui.totalCount")
                .entity(Integer.class)
                .isEqualTo(2)
                .path("openInTonghui.edges[*].node.grid.code")
                .entityList(String.class)
                .satisfies(codes -> assertThat(codes).allMatch(c -> c.startsWith("511402001")))
                .path("march.totalCount")
                .entity(Integer.class)
                .isEqualTo(56)
                .path("byOrganisation.totalCount")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("byOrganisation.edges[0].node.id")
                .entity(String.class)
                .isEqualTo("Need:wish-0003")
                .path("byOrganisation.edges[0].node.claimedBy.kind")
                .entity(String.class)
                .isEqualTo("SOCIAL_ORGANIZATION")
                .path("newestInDongpo.totalCount")
                .entity(Integer.class)
                .isEqualTo(540)
                .path("newestInDongpo.pageInfo.hasNextPage")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("newestInDongpo.edges[*].node.id")
                .entityList(String.class)
                .containsExactly("Need:wish-0275", "Need:wish-0188")
                .path("newestInDongpo.edges[0].node.raisedAt")
                .entity(String.class)
                .isEqualTo("2024-11-16T17:15:00+08:00")
                .path("oldestInDongpo.edges[0].node.raisedAt")
                .entity(String.class)
                .satisfies(raised -> assertThat(raised).startsWith("2024-01"))
                .path("unfinished.totalCount")
                .entity(Integer.class)
                .isEqualTo(30);
    }

    @Test
    void aBackwardsOrMalformedDateRangeNamesTheArgument() {
        graphQl()
                .document("{ needs(raised: {from: \"2024-05-01\", to: \"2024-04-01\"}) { totalCount } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions())
                        .containsEntry("code", "BAD_USER_INPUT")
                        .containsEntry("field", "raised"));
        graphQl()
                .document("{ needs(raised: {from: \"May 1\"}) { totalCount } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions())
                        .containsEntry("code", "BAD_USER_INPUT")
                        .containsEntry("field", "raised.from"));
    }
}
