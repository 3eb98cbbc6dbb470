package cn.linli.partner;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Writes without a valid key, scope or place are FORBIDDEN, and nothing at all is written. */
class ForbiddenWritesTest extends PartnerTest {

    private static final Map<String, Object> NEED = Map.of("title", "无权限的需求", "category", "CULTURE", "gridCode", GRID);
    private static final String WRITES = """
            MATCH (n) WHERE n:AuditEntry OR n:MutationReceipt OR (n:Need AND n.title = '无权限的需求')
            RETURN count(n)""";

    private long writesBefore;

    @BeforeEach
    void countWrites() {
        writesBefore = count(WRITES, Map.of());
    }

    @Test
    void aWriteWithoutAKeyIsForbidden() {
        forbidden(graphQl().documentName("raiseNeed").variable("input", NEED).execute(), "X-API-Key");
    }

    @Test
    void aWriteWithAnUnknownKeyIsForbidden() {
        forbidden(
                as("linli_not-a-key-anyone-was-given")
                        .documentName("raiseNeed")
                        .variable("input", NEED)
                        .execute(),
                "not valid");
    }

    @Test
    void aKeyWithoutTheScopeMayNotWriteThatKind() {
        String resourcesOnly = key("dept-01", Set.of(Scope.RESOURCES), COMMUNITY);
        forbidden(
                as(resourcesOnly)
                        .documentName("raiseNeed")
                        .variable("input", NEED)
                        .execute(),
                "may not write NEEDS");
    }

    @Test
    void aCommunityWritesOnlyNeedsInItsOwnGrids() {
        String otherCommunity = key("community-511403001002", Set.of(Scope.NEEDS), "511403001002");
        forbidden(
                as(otherCommunity)
                        .documentName("raiseNeed")
                        .variable("input", NEED)
                        .execute(),
                "outside");

        String seedNeed = "Need:wish-0001"; // COMPLETED, in a Dongpo grid
        forbidden(
                as(otherCommunity)
                        .documentName("needSteps")
                        .operationName("FollowUp")
                        .variable("input", Map.of("clientMutationId", "forbidden-1", "needId", seedNeed))
                        .execute(),
                "outside");
        assertThat(cypher.read("MATCH (n:Need {id: 'wish-0001'}) RETURN n.status AS s", Map.of())
                        .get(0)
                        .get("s")
                        .asString())
                .isEqualTo("COMPLETED");
    }

    @Test
    void aDepartmentDeploysOnlyItsOwnResources() {
        String education = key("dept-01", Set.of(Scope.RESOURCES), "511402");
        long deployments = count("MATCH (:Resource {id: 'res-05'})-[d:DEPLOYED_TO]->() RETURN count(d)", Map.of());
        String owner = cypher.read("MATCH (r:Resource {id: 'res-05'}) RETURN r.ownerId AS o", Map.of())
                .get(0)
                .get("o")
                .asString();
        assertThat(owner).isNotEqualTo("dept-01");

        forbidden(
                as(education)
                        .documentName("deployments")
                        .operationName("Deploy")
                        .variable(
                                "input",
                                Map.of("resourceId", "Resource:res-05", "gridCodes", List.of("511402001001-02")))
                        .execute(),
                "belongs to " + owner);
        assertThat(count("MATCH (:Resource {id: 'res-05'})-[d:DEPLOYED_TO]->() RETURN count(d)", Map.of()))
                .isEqualTo(deployments);
    }

    @Test
    void aDepartmentDeploysOnlyToGridsInItsPlaces() {
        String department = testDepartment("test-dept-forbidden");
        String key = key(department, Set.of(Scope.RESOURCES), COMMUNITY);
        publishResource(key, "test-res-forbidden", "便民理发", "RESOURCE", "CONVENIENCE");
        writesBefore = count(WRITES, Map.of());

        forbidden(
                as(key).documentName("deployments")
                        .operationName("Deploy")
                        .variable(
                                "input",
                                Map.of(
                                        "resourceId",
                                        "Resource:test-res-forbidden",
                                        "gridCodes",
                                        List.of(GRID, "511402001001-01")))
                        .execute(),
                "511402001001-01");
        assertThat(count("MATCH (:Resource {id: 'test-res-forbidden'})-[d:DEPLOYED_TO]->() RETURN count(d)", Map.of()))
                .isZero();
    }

    /** FORBIDDEN with a message containing {@code hint}, and no audit entry, receipt or need written. */
    private void forbidden(GraphQlTester.Response response, String hint) {
        response.errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "FORBIDDEN");
            assertThat(errors.get(0).getMessage()).contains(hint);
        });
        assertThat(count(WRITES, Map.of())).isEqualTo(writesBefore);
    }
}
