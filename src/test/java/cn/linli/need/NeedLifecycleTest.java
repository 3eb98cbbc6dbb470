package cn.linli.need;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import cn.linli.partner.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/** 居民点单 → 小区派单 → 党员接单 → 完成 → 回访销单, step by step, through the GraphQL mutations. */
class NeedLifecycleTest extends PartnerTest {

    private static final String BRANCH = "pb-" + GRID;

    @Test
    void aNeedGoesFromOpenToClosedStampingEachStageAndIsClaimedByTheGridsPartyBranch() {
        String community = communityKey();
        String branch = key(BRANCH, Set.of(Scope.NEEDS), GRID);

        String id = raise(community, "帮独居老人更换门锁");
        step(community, "Dispatch", id)
                .path("step.need.status")
                .entity(String.class)
                .isEqualTo("DISPATCHED")
                .path("step.need.dispatchedAt")
                .hasValue()
                .path("step.need.claimedAt")
                .valueIsNull();
        step(branch, "Claim", id)
                .path("step.need.status")
                .entity(String.class)
                .isEqualTo("CLAIMED")
                .path("step.need.claimedAt")
                .hasValue()
                .path("step.need.claimedBy.id")
                .entity(String.class)
                .isEqualTo("Provider:" + BRANCH)
                .path("step.need.claimedBy.kind")
                .entity(String.class)
                .isEqualTo("PARTY_BRANCH");
        step(branch, "Complete", id)
                .path("step.need.status")
                .entity(String.class)
                .isEqualTo("COMPLETED")
                .path("step.need.completedAt")
                .hasValue()
                .path("step.need.nextStatus")
                .entity(String.class)
                .isEqualTo("CLOSED");
        step(community, "FollowUp", id)
                .path("step.need.status")
                .entity(String.class)
                .isEqualTo("CLOSED")
                .path("step.need.nextStatus")
                .valueIsNull()
                .path("step.need.followedUpAt")
                .hasValue();

        graphQl()
                .document("query($id: ID!) { node(id: $id) { ... on Need { status grid { code } claimedBy { id } } } }")
                .variable("id", id)
                .execute()
                .path("node.status")
                .entity(String.class)
                .isEqualTo("CLOSED")
                .path("node.grid.code")
                .entity(String.class)
                .isEqualTo(GRID)
                .path("node.claimedBy.id")
                .entity(String.class)
                .isEqualTo("Provider:" + BRANCH);
    }

    @Test
    void aStepOutOfOrderIsAConflictThatNamesTheStatusAndTheAllowedStepAndChangesNothing() {
        String community = communityKey();
        String id = raise(community, "修补楼道照明");

        step(community, "Complete", id).errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions())
                    .containsEntry("code", "CONFLICT")
                    .containsEntry("status", "OPEN")
                    .containsEntry("allowed", "dispatchNeed");
            assertThat(errors.get(0).getMessage())
                    .contains("is OPEN (居民点单)")
                    .contains("completeNeed needs it CLAIMED")
                    .contains("Allowed next: dispatchNeed (→ DISPATCHED)");
        });
        assertThat(status(id)).isEqualTo("OPEN");
    }

    @Test
    void ofTwoConcurrentClaimsOfOneNeedExactlyOneWins() throws Exception {
        String community = communityKey();
        String branch = key(BRANCH, Set.of(Scope.NEEDS), GRID);
        String organisation = key("so-ps-001", Set.of(Scope.NEEDS), COMMUNITY);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String id = raise(community, "周末陪伴留守儿童读书");
                step(community, "Dispatch", id)
                        .path("step.need.status")
                        .entity(String.class)
                        .isEqualTo("DISPATCHED");
                CountDownLatch start = new CountDownLatch(1);
                Future<String> first = pool.submit(() -> claimAfter(start, branch, id));
                Future<String> second = pool.submit(() -> claimAfter(start, organisation, id));
                start.countDown();

                assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder("CLAIMED", "CONFLICT");
                assertThat(count("MATCH (:Need {id: $key})-[:CLAIMED_BY]->(p) RETURN count(p)", Map.of("key", key(id))))
                        .isEqualTo(1);
                assertThat(count(
                                "MATCH (a:AuditEntry {recordId: $id, mutation: 'claimNeed'}) RETURN count(a)",
                                Map.of("id", id)))
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aRetryWithTheSameClientMutationIdReturnsTheFirstNeedAndWritesNothing() {
        String community = communityKey();
        Map<String, Object> input =
                Map.of("clientMutationId", "retry-1", "title", "清理小区垃圾死角", "category", "ENVIRONMENT", "gridCode", GRID);
        String first = as(community)
                .documentName("raiseNeed")
                .variable("input", input)
                .execute()
                .path("raiseNeed.need.id")
                .entity(String.class)
                .get();
        long needs = count("MATCH (n:Need {title: '清理小区垃圾死角'}) RETURN count(n)", Map.of());
        long audit = count("MATCH (a:AuditEntry) RETURN count(a)", Map.of());

        as(community)
                .documentName("raiseNeed")
                .variable("input", input)
                .execute()
                .path("raiseNeed.clientMutationId")
                .entity(String.class)
                .isEqualTo("retry-1")
                .path("raiseNeed.need.id")
                .entity(String.class)
                .isEqualTo(first);

        assertThat(needs).isEqualTo(1);
        assertThat(count("MATCH (n:Need {title: '清理小区垃圾死角'}) RETURN count(n)", Map.of()))
                .isEqualTo(1);
        assertThat(count("MATCH (a:AuditEntry) RETURN count(a)", Map.of())).isEqualTo(audit);
    }

    @Test
    void aClientMutationIdReusedForAnotherInputIsRejectedNamingTheField() {
        String community = communityKey();
        as(community)
                .documentName("raiseNeed")
                .variable(
                        "input",
                        Map.of(
                                "clientMutationId",
                                "reuse-1",
                                "title",
                                "修剪树枝",
                                "category",
                                "ENVIRONMENT",
                                "gridCode",
                                GRID))
                .execute()
                .path("raiseNeed.need.status")
                .hasValue();
        as(community)
                .documentName("raiseNeed")
                .variable(
                        "input",
                        Map.of(
                                "clientMutationId",
                                "reuse-1",
                                "title",
                                "修剪草坪",
                                "category",
                                "ENVIRONMENT",
                                "gridCode",
                                GRID))
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions())
                        .containsEntry("code", "BAD_USER_INPUT")
                        .containsEntry("field", "input.clientMutationId"));
        assertThat(count("MATCH (n:Need {title: '修剪草坪'}) RETURN count(n)", Map.of()))
                .isZero();
    }

    @Test
    void badInputIsRejectedNamingTheFieldAndWritesNothing() {
        String community = communityKey();
        long before = count("MATCH (n:Need) RETURN count(n)", Map.of());
        expectField(
                community, Map.of("title", "请联系13912345678", "category", "MEDICAL", "gridCode", GRID), "input.title");
        expectField(community, Map.of("title", "x", "category", "MEDICAL", "gridCode", GRID), "input.title");
        expectField(
                community,
                Map.of("title", "送药上门", "category", "MEDICAL", "gridCode", "511403001001-99"),
                "input.gridCode");
        assertThat(count("MATCH (n:Need) RETURN count(n)", Map.of())).isEqualTo(before);
    }

    /** "CLAIMED" when this claim won, else the error codes it got. */
    private String claimAfter(CountDownLatch start, String apiKey, String id) throws InterruptedException {
        start.await();
        GraphQlTester.Response response = as(apiKey)
                .documentName("needSteps")
                .operationName("Claim")
                .variable("input", Map.of("needId", id))
                .execute();
        List<String> codes = new ArrayList<>();
        response.errors()
                .satisfy(errors -> errors.forEach(
                        e -> codes.add(String.valueOf(e.getExtensions().get("code")))));
        return codes.isEmpty()
                ? response.path("step.need.status").entity(String.class).get()
                : String.join(",", codes);
    }

    private void expectField(String apiKey, Map<String, Object> input, String field) {
        as(apiKey)
                .documentName("raiseNeed")
                .variable("input", input)
                .execute()
                .errors()
                .satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getExtensions())
                            .containsEntry("code", "BAD_USER_INPUT")
                            .containsEntry("field", field);
                });
    }

    private String communityKey() {
        return key("community-" + COMMUNITY, Set.of(Scope.NEEDS), COMMUNITY);
    }

    private String raise(String apiKey, String title) {
        return as(apiKey)
                .documentName("raiseNeed")
                .variable("input", Map.of("title", title, "category", "VOLUNTEERING", "gridCode", GRID))
                .execute()
                .path("raiseNeed.need.status")
                .entity(String.class)
                .isEqualTo("OPEN")
                .path("raiseNeed.need.provenance")
                .entity(String.class)
                .isEqualTo("PARTNER")
                .path("raiseNeed.need.grid.code")
                .entity(String.class)
                .isEqualTo(GRID)
                .path("raiseNeed.need.id")
                .entity(String.class)
                .get();
    }

    private GraphQlTester.Response step(String apiKey, String operation, String id) {
        return as(apiKey)
                .documentName("needSteps")
                .operationName(operation)
                .variable("input", Map.of("needId", id))
                .execute();
    }

    private String status(String id) {
        return cypher.read("MATCH (n:Need {id: $key}) RETURN n.status AS s", Map.of("key", key(id)))
                .get(0)
                .get("s")
                .asString();
    }

    private static String key(String needId) {
        return needId.substring("Need:".length());
    }
}
