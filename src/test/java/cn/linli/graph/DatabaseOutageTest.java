package cn.linli.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.linli.LinliTest;
import cn.linli.cache.CacheRegion;
import cn.linli.cache.ReadCaches;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database goes away while the service runs (the embedded one stands in for an external server):
 * twenty requests in a row each fail with UNAVAILABLE within the documented bound, health is DOWN, the log
 * says so in one line (and one when it is back), and the service answers again without a restart. The database is restarted in all cases, as the other tests share it.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTest extends LinliTest {

    private static final String PENGSHAN = "{ place(code: \"511403\") { name } }";

    @Autowired
    EmbeddedNeo4j neo4j;

    @Autowired
    Cypher cypher;

    @Autowired
    ReadCaches caches;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    /** The bound docs/OPERATIONS.md promises for a server that refuses connections (retry budget 1 s). */
    private static final Duration DOCUMENTED_BOUND = Duration.ofSeconds(2);

    @Test
    void whileTheDatabaseIsDownEveryRequestFailsWithinTheBoundHealthIsDownAndTheLogSaysItOnceThenServiceResumesByItself(
            CapturedOutput output) throws Exception {
        assertThat(health().statusCode()).isEqualTo(200);
        int logBefore = output.getOut().length();
        // nothing cached: a place read before the outage would still be served from the PLACES region, whose
        // generation is polled (places change only with an import), and this test is about reads that need Neo4j
        caches.evict(EnumSet.allOf(CacheRegion.class));
        neo4j.stop();
        try {
            for (int attempt = 0; attempt < 20; attempt++) {
                long started = System.nanoTime();
                ExecutionGraphQlResponse response =
                        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> run(PENGSHAN));
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(DOCUMENTED_BOUND);
                assertThat(response.getErrors()).singleElement().satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("code", "UNAVAILABLE");
                    assertThat(error.getMessage()).contains("retry");
                });
            }
            // over HTTP with a key, which cannot be looked up either: still a GraphQL answer with the code, not a 500
            HttpResponse<String> withKey = assertTimeoutPreemptively(
                    Duration.ofSeconds(15),
                    () -> http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                                    .header("Content-Type", "application/json")
                                    .header("X-API-Key", "linli_someone")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            json.writeValueAsString(Map.of("query", PENGSHAN))))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString()));
            assertThat(withKey.statusCode()).isEqualTo(200);
            assertThat(json.readTree(withKey.body())
                            .at("/errors/0/extensions/code")
                            .asString())
                    .isEqualTo("UNAVAILABLE");
            HttpResponse<String> health = assertTimeoutPreemptively(Duration.ofSeconds(15), this::health);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(json.readTree(health.body())
                            .at("/components/neo4j/status")
                            .asString())
                    .isEqualTo("DOWN");
        } finally {
            neo4j.start();
            awaitDatabase();
        }
        String name = run(PENGSHAN).field("place.name").getValue();
        assertThat(name).isEqualTo("彭山区");
        assertThat(health().statusCode()).isEqualTo(200);

        String duringOutage = output.getOut().substring(logBefore);
        assertThat(duringOutage.lines().filter(line -> line.contains("Neo4j is not reachable")))
                .hasSize(1);
        assertThat(duringOutage.lines().filter(line -> line.contains("Neo4j is reachable again")))
                .hasSize(1);
        assertThat(duringOutage).doesNotContain("\tat org.neo4j").doesNotContain("ServiceUnavailableException:");
    }

    private ExecutionGraphQlResponse run(String document) {
        return graphQlService
                .execute(new DefaultExecutionGraphQlRequest(document, null, Map.of(), Map.of(), "outage", null))
                .block();
    }

    private HttpResponse<String> health() throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void awaitDatabase() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            try {
                cypher.read("RETURN 1", Map.of());
                return;
            } catch (RuntimeException stillDown) {
                if (System.nanoTime() > deadline) {
                    throw stillDown;
                }
                Thread.sleep(500);
            }
        }
    }
}
