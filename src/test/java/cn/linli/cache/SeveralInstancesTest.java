package cn.linli.cache;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliApplication;
import cn.linli.PartnerTest;
import cn.linli.api.translate.TranslatedQueries;
import cn.linli.graph.EmbeddedNeo4j;
import cn.linli.partner.Scope;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two Linli instances against one Neo4j, as behind a load balancer: this test's application context is
 * instance A, and a second application (instance B, its own caches and HTTP port) is started against the
 * same database. A write through A is seen at once by a read through B, also when B had the answer cached.
 */
class SeveralInstancesTest extends PartnerTest {

    private static final String NEEDS = """
            query($grid: String!) { needs(within: $grid, first: 5) { totalCount edges { node { id title } } } }""";
    /**
     * Executed field by field, so that B's COUNTS region answers it: {@code createdAt} is not described in Cypher (a
     * document answered by one query reads the database). The test checks B's counter of that way.
     */
    private static final String PROVIDERS_IN_QINGSHEN =
            "{ place(code: \"" + QINGSHEN + "\") { createdAt counts { providers } } }";

    private static ConfigurableApplicationContext instanceB;
    private static int portB;

    @LocalServerPort
    int portA;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startInstanceB(@Autowired EmbeddedNeo4j neo4j) {
        // as command-line arguments: they outrank application.yaml, as on a real command line
        instanceB = new SpringApplicationBuilder(LinliApplication.class)
                .run(
                        "--linli.neo4j.uri=" + neo4j.boltUri(),
                        "--linli.seed.on-start=false",
                        "--server.port=0",
                        "--spring.jmx.enabled=false");
        portB = ((WebServerApplicationContext) instanceB).getWebServer().getPort();
    }

    @AfterAll
    static void stopInstanceB() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @Test
    void aNeedRaisedThroughOneInstanceIsListedAtOnceByAnotherThatHadTheListCached() throws Exception {
        String grid = COMMUNITY + "-03";
        String community = key("community-two-" + COMMUNITY, Set.of(Scope.NEEDS), COMMUNITY);
        JsonNode before = postToB(NEEDS, Map.of("grid", grid)).at("/data/needs");
        assertThat(postToB(NEEDS, Map.of("grid", grid)).at("/data/needs")).isEqualTo(before); // now cached on B

        String id = as(community)
                .documentName("raiseNeed")
                .variable("input", Map.of("title", "两个实例之间的缓存", "category", "VOLUNTEERING", "gridCode", grid))
                .execute()
                .path("raiseNeed.need.id")
                .entity(String.class)
                .get();

        JsonNode after = postToB(NEEDS, Map.of("grid", grid)).at("/data/needs");
        assertThat(after.at("/totalCount").asInt())
                .isEqualTo(before.at("/totalCount").asInt() + 1);
        assertThat(after.at("/edges/0/node/id").asString()).isEqualTo(id);
    }

    @Test
    void placeCountsCachedByAnotherInstanceIncludeAProviderUpsertedThroughThisOne() throws Exception {
        double fieldByFieldBefore = fieldByFieldOnB();
        int before = postToB(PROVIDERS_IN_QINGSHEN, Map.of())
                .at("/data/place/counts/providers")
                .asInt();
        assertThat(postToB(PROVIDERS_IN_QINGSHEN, Map.of())
                        .at("/data/place/counts/providers")
                        .asInt())
                .isEqualTo(before);

        testDepartment("test-dept-two-instances");

        assertThat(postToB(PROVIDERS_IN_QINGSHEN, Map.of())
                        .at("/data/place/counts/providers")
                        .asInt())
                .isEqualTo(before + 1);
        assertThat(fieldByFieldOnB() - fieldByFieldBefore)
                .as("executed field by field")
                .isEqualTo(3);
    }

    private static double fieldByFieldOnB() {
        return instanceB
                .getBean(MeterRegistry.class)
                .counter(TranslatedQueries.COUNTER, "way", "field-by-field")
                .count();
    }

    @Test
    void aClientThatWroteThroughOneInstanceReadsThroughAnotherFromTheBookmarkTheWriteAnswered() throws Exception {
        String grid = COMMUNITY + "-02";
        String community = key("community-bookmarks-" + COMMUNITY, Set.of(Scope.NEEDS), COMMUNITY);
        JsonNode raised = post(
                portA,
                "mutation($input: RaiseNeedInput!) { raiseNeed(input: $input) { need { id } } }",
                Map.of("input", Map.of("title", "书签跨实例", "category", "VOLUNTEERING", "gridCode", grid)),
                community,
                null);
        String bookmarks = String.join(",", json.convertValue(raised.at("/extensions/bookmarks"), String[].class));
        assertThat(bookmarks).startsWith("FB:");

        JsonNode read = post(portB, NEEDS, Map.of("grid", grid), null, bookmarks);

        assertThat(read.at("/data/needs/totalCount").asInt()).isEqualTo((int)
                count("MATCH (n:Need)-[:RAISED_IN]->(:Place {code: $grid}) RETURN count(n)", Map.of("grid", grid)));
    }

    private JsonNode postToB(String document, Map<String, Object> variables) throws Exception {
        return post(portB, document, variables, null, null);
    }

    private JsonNode post(int port, String document, Map<String, Object> variables, String apiKey, String bookmarks)
            throws Exception {
        String body = json.writeValueAsString(Map.of("query", document, "variables", variables));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        if (bookmarks != null) {
            request.header("Linli-Bookmarks", bookmarks);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.has("errors")).as(response.body()).isFalse();
        return answer;
    }
}
