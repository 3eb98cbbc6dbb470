package cn.linli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import cn.linli.partner.Scope;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every write leaves who, when, what and the record before and after; only admin keys read it. */
class AuditLogTest extends PartnerTest {

    private static final String LOG = """
            query($recordId: ID) {
              auditLog(recordId: $recordId, first: 10) {
                totalCount
                edges { node { at partner mutation recordId clientMutationId before after } }
              }
            }""";

    @Test
    void anAdminSeesEachWriteOfANeedNewestFirstWithItsPropertiesBeforeAndAfter() {
        String partner = "community-audit-" + COMMUNITY;
        String community = key(partner, Set.of(Scope.NEEDS), COMMUNITY);
        String id = as(community)
                .documentName("raiseNeed")
                .variable(
                        "input",
                        Map.of(
                                "clientMutationId",
                                "audit-1",
                                "title",
                                "楼顶防水维修",
                                "category",
                                "HOUSING",
                                "gridCode",
                                GRID))
                .execute()
                .path("raiseNeed.need.id")
                .entity(String.class)
                .get();
        as(community)
                .documentName("needSteps")
                .operationName("Dispatch")
                .variable("input", Map.of("needId", id))
                .execute()
                .path("step.need.status")
                .entity(String.class)
                .isEqualTo("DISPATCHED");

        var log = as(adminKey()).document(LOG).variable("recordId", id).execute();
        log.path("auditLog.totalCount")
                .entity(Integer.class)
                .isEqualTo(2)
                .path("auditLog.edges[*].node.mutation")
                .entityList(String.class)
                .containsExactly("dispatchNeed", "raiseNeed")
                .path("auditLog.edges[*].node.partner")
                .entityList(String.class)
                .satisfies(list -> assertThat(list).containsOnly(partner))
                .path("auditLog.edges[1].node.clientMutationId")
                .entity(String.class)
                .isEqualTo("audit-1")
                .path("auditLog.edges[1].node.before")
                .valueIsNull()
                .path("auditLog.edges[1].node.after")
                .entity(String.class)
                .satisfies(after ->
                        assertThat(after).contains("\"status\":\"OPEN\"").contains("\"title\":\"楼顶防水维修\""))
                .path("auditLog.edges[0].node.before")
                .entity(String.class)
                .satisfies(before ->
                        assertThat(before).contains("\"status\":\"OPEN\"").doesNotContain("dispatchedAt"))
                .path("auditLog.edges[0].node.after")
                .entity(String.class)
                .satisfies(after ->
                        assertThat(after).contains("\"status\":\"DISPATCHED\"").contains("\"dispatchedAt\":\"20"))
                .path("auditLog.edges[0].node.at")
                .entity(String.class)
                .satisfies(at -> assertThat(at).endsWith("+08:00"));
    }

    @Test
    void onlyAnAdminKeyReadsTheAuditLog() {
        String community = key("community-" + COMMUNITY, Set.of(Scope.NEEDS), COMMUNITY);
        as(community)
                .document(LOG)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "FORBIDDEN"));
        graphQl()
                .document(LOG)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "FORBIDDEN"));
    }
}
