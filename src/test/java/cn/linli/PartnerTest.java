package cn.linli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.graph.Cypher;
import cn.linli.partner.ApiKeys;
import cn.linli.partner.Caller;
import cn.linli.partner.Scope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Base of the tests that write: same context as every {@link LinliTest}, plus keys of their own and requests
 * carrying one (as the {@code X-API-Key} header would). Tests write their own records, in Pengshan grids
 * and the 青神县 district, so that the seed figures other tests assert on stay as they are.
 */
public abstract class PartnerTest extends LinliTest {

    /** A Pengshan grid without seed needs, and its community. */
    protected static final String GRID = "511403001001-01";

    protected static final String COMMUNITY = "511403001001";
    /** 青神县: no grids, no seed figures asserted; test providers stand here. */
    protected static final String QINGSHEN = "511425";
    /** 眉山市: a department here answers for the events of every district's grids. */
    protected static final String CITY = "511400";

    @Autowired
    protected ApiKeys apiKeys;

    @Autowired
    protected Cypher cypher;

    protected String key(String partner, Set<Scope> scopes, String... places) {
        return apiKeys.issue(partner, scopes, List.of(places));
    }

    protected String adminKey() {
        return key("test-admin", Set.of(Scope.ADMIN));
    }

    /** The input of an upsertProvider of a social organisation {@code key} standing in {@link #GRID}. */
    protected static Map<String, Object> organisationInGrid(String key, String name) {
        return Map.of(
                "key",
                key,
                "name",
                name,
                "kind",
                "SOCIAL_ORGANIZATION",
                "placeCode",
                GRID,
                "location",
                Map.of("lon", 103.9267, "lat", 30.179));
    }

    /** A department of the test's own, located in 青神县 (where no test counts providers), created with an admin key. */
    protected String testDepartment(String id) {
        return testDepartment(id, QINGSHEN);
    }

    /**
     * A department of the test's own in place {@code placeCode}: it answers for the events of that place's grids (a
     * city's bureau, {@code 511400}, for every district's).
     */
    protected String testDepartment(String id, String placeCode) {
        as(adminKey())
                .documentName("upsertProvider")
                .variable(
                        "input",
                        Map.of(
                                "key",
                                id,
                                "name",
                                "测试部门 " + id,
                                "kind",
                                "DEPARTMENT",
                                "placeCode",
                                placeCode,
                                "location",
                                Map.of("lon", 103.87, "lat", 29.83)))
                .execute()
                .path("upsertProvider.provider.id")
                .entity(String.class)
                .isEqualTo("Provider:" + id);
        return id;
    }

    /** Publishes resource {@code key} (its id is {@code Resource:key}) with a RESOURCES key of its owner. */
    protected String publishResource(String apiKey, String key, String name, String type, String category) {
        as(apiKey)
                .documentName("deployments")
                .operationName("Upsert")
                .variable("input", Map.of("key", key, "name", name, "type", type, "category", category))
                .execute()
                .path("result.resource.id")
                .entity(String.class)
                .isEqualTo("Resource:" + key);
        return "Resource:" + key;
    }

    /**
     * Requests sent with {@code apiKey}, as if in the X-API-Key header: each resolves its caller as the service's
     * interceptor does for a request over HTTP (the engine run directly has no interceptors).
     */
    protected ExecutionGraphQlServiceTester as(String apiKey) {
        return ExecutionGraphQlServiceTester.builder(graphQlService)
                .configureExecutionInput(
                        (input, builder) -> builder.graphQLContext(Map.of(Caller.CONTEXT_KEY, apiKeys.caller(apiKey)))
                                .build())
                .build();
    }

    protected long count(String query, Map<String, Object> params) {
        return cypher.read(query, params).get(0).get(0).asLong();
    }

    /** SHA-256 as hex, computed here rather than with the code under test (how keys are stored). */
    protected static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer is one error of {@code code}, naming {@code field} and saying {@code message} where they are not null. */
    /** One BAD_USER_INPUT error naming {@code field}, its message starting with {@code messageStart}. */
    protected static void assertRefused(GraphQlTester.Response response, String field, String messageStart) {
        response.errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getMessage()).startsWith(messageStart);
            assertThat(errors.get(0).getExtensions())
                    .containsEntry("code", "BAD_USER_INPUT")
                    .containsEntry("field", field);
        });
    }

    protected static void assertError(GraphQlTester.Response response, String code, String field, String message) {
        response.errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getExtensions()).containsEntry("code", code);
                    if (field != null) {
                        assertThat(e.getExtensions()).containsEntry("field", field);
                    }
                    if (message != null) {
                        assertThat(e.getMessage()).contains(message);
                    }
                }));
    }
}
