package cn.linli.seed;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliTest;
import cn.linli.SeedCsv;
import cn.linli.graph.Cypher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed imported again into the running service ({@code --import-seed} does the same in its own process), with a
 * client reading over HTTP all along: the graph ends as it was, the client never gets a partial answer, only a 503
 * UNAVAILABLE with a retry hint while the import runs, readiness is down meanwhile, and no cached answer from before
 * the import is served after it. One import (half a minute) serves all the tests below.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedReimportTest extends LinliTest {

    /** 洪雅县: no provider of the seed lies there, so the one this test adds alone changes its count. */
    private static final String HONGYA = "511423";

    private static final String CITY_COUNTS =
            "{ place(code: \"511400\") { counts { districts towns grids providers } } }";
    private static final String MAP = "/map/coverage.geojson?place=511403&kind=ELDERLY_CARE";
    private static final String HONGYA_PROVIDERS = "{ place(code: \"" + HONGYA + "\") { counts { providers } } }";

    @Autowired
    SeedImporter importer;

    @Autowired
    Cypher cypher;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    private final List<Integer> readiness = new CopyOnWriteArrayList<>();
    private final List<HttpResponse<String>> maps = new CopyOnWriteArrayList<>();
    private List<Long> censusBefore;
    private List<Long> censusAfter;
    private int hongyaBefore;
    private int hongyaCachedAfterDirectWrite;
    private int hongyaReadAfterDirectWrite;
    private int hongyaAfterImport;

    /** One answer to {@link #CITY_COUNTS}: HTTP status, Retry-After header, body. */
    private record Answer(int status, String retryAfter, JsonNode body) {}

    @BeforeAll
    void importAgainWhileAClientReads() throws Exception {
        censusBefore = census();
        hongyaBefore = hongyaProviders();
        // A provider written behind the caches' back (not through Writes, which would evict): the cached count stays.
        cypher.write(tx -> tx.update("""
                MATCH (d:District {code: $district})
                CREATE (p:Provider {id: 'reimport-cache-probe', name: '缓存探针', kind: 'CHARITY', placeCode: $district,
                        location: d.location, provenance: 'partner'})-[:LOCATED_IN]->(d)""", Map.of("district", HONGYA)));
        hongyaCachedAfterDirectWrite = hongyaProviders();
        hongyaReadAfterDirectWrite = graphQl()
                .document(HONGYA_PROVIDERS)
                .execute()
                .path("place.counts.providers")
                .entity(Integer.class)
                .get();

        AtomicBoolean importing = new AtomicBoolean(true);
        CompletableFuture<Void> client = CompletableFuture.runAsync(() -> {
            while (importing.get()) {
                answers.add(cityCounts());
                readiness.add(get("/actuator/health/readiness").statusCode());
                maps.add(get(MAP));
                pause();
            }
        });
        try {
            importer.importAll();
        } finally {
            importing.set(false);
            client.get();
        }
        hongyaAfterImport = hongyaProviders();
        cypher.write(tx -> tx.update("MATCH (p:Provider {id: 'reimport-cache-probe'}) DETACH DELETE p", Map.of()));
        censusAfter = census();
        answers.add(cityCounts());
        readiness.add(get("/actuator/health/readiness").statusCode());
        maps.add(get(MAP));
    }

    @AfterAll
    void removeProbe() {
        cypher.write(tx -> tx.update("MATCH (p:Provider {id: 'reimport-cache-probe'}) DETACH DELETE p", Map.of()));
    }

    @Test
    void importingTheSeedAgainChangesNothing() {
        assertThat(censusAfter).isEqualTo(censusBefore);
    }

    @Test
    void whileTheImportRunsEveryReadIsRefusedWith503UnavailableAndARetryHint() {
        List<Answer> refused = answers.stream().filter(a -> a.status() == 503).toList();
        assertThat(refused).isNotEmpty().allSatisfy(a -> {
            assertThat(a.retryAfter()).isEqualTo("10");
            assertThat(a.body().has("data")).isFalse();
            JsonNode error = a.body().at("/errors/0");
            assertThat(error.at("/extensions/code").asString()).isEqualTo("UNAVAILABLE");
            assertThat(error.at("/extensions/retryAfterSeconds").asInt()).isEqualTo(10);
            assertThat(error.at("/message").asString())
                    .matches(
                            "The seed import is in progress \\((.+\\.csv, file \\d+ of 17|all 17 files written, now the derived"
                                    + " properties)\\); the graph is incomplete until it ends\\. Retry in 10 s\\.");
        });
    }

    @Test
    void everyReadThatIsAnsweredHasTheWholeSeed() {
        List<Answer> answered = answers.stream().filter(a -> a.status() == 200).toList();
        // at least the one read after the import
        assertThat(answered).isNotEmpty().allSatisfy(a -> {
            JsonNode counts = a.body().at("/data/place/counts");
            assertThat(counts.at("/districts").asInt())
                    .isEqualTo(SeedCsv.rows("districts.csv").size());
            assertThat(counts.at("/towns").asInt())
                    .isEqualTo(SeedCsv.rows("towns.csv").size());
            assertThat(counts.at("/grids").asInt())
                    .isEqualTo(SeedCsv.rows("grids.csv").size());
            assertThat(counts.at("/providers").asInt())
                    .isGreaterThanOrEqualTo(SeedCsv.rows("providers.csv").size());
        });
        assertThat(answers)
                .extracting(Answer::status)
                .containsOnly(200, 503)
                .last()
                .isEqualTo(200);
    }

    @Test
    void readinessIsDownWhileTheImportRunsAndUpOnceItIsDone() {
        assertThat(readiness).contains(503);
        assertThat(readiness.get(readiness.size() - 1)).isEqualTo(200);
    }

    @Test
    void theCoverageMapOutsideGraphQlIsRefusedAlikeWhileTheImportRuns() {
        assertThat(maps).filteredOn(r -> r.statusCode() == 503).isNotEmpty().allSatisfy(r -> {
            assertThat(r.headers().firstValue("Retry-After")).hasValue("10");
            JsonNode body = json.readTree(r.body());
            assertThat(body.at("/code").asString()).isEqualTo("UNAVAILABLE");
            assertThat(body.at("/retryAfterSeconds").asInt()).isEqualTo(10);
            assertThat(body.at("/error").asString()).startsWith("The seed import is in progress (");
        });
        assertThat(maps)
                .extracting(HttpResponse::statusCode)
                .containsOnly(200, 503)
                .last()
                .isEqualTo(200);
    }

    @Test
    void whenTheImportEndsNoAnswerCachedBeforeItIsServed() {
        assertThat(hongyaCachedAfterDirectWrite).as("served from the cache").isEqualTo(hongyaBefore);
        assertThat(hongyaAfterImport).isEqualTo(hongyaBefore + 1);
    }

    @Test
    void aDocumentAnsweredByOneQueryReadsTheDatabaseNotTheCaches() {
        assertThat(hongyaReadAfterDirectWrite).isEqualTo(hongyaBefore + 1);
    }

    private Answer cityCounts() {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    json.writeValueAsString(Map.of("query", CITY_COUNTS))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Retry-After").orElse(null),
                    json.readTree(response.body()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Field by field, so that the COUNTS region answers (a document answered by one query reads the database). */
    private int hongyaProviders() {
        return fieldByField()
                .document(HONGYA_PROVIDERS)
                .execute()
                .path("place.counts.providers")
                .entity(Integer.class)
                .get();
    }

    private List<Long> census() {
        var r = cypher.read("""
                MATCH (n) WITH count(n) AS nodes
                MATCH ()-[r]->() RETURN nodes, count(r) AS relationships""", Map.of()).get(0);
        return List.of(r.get("nodes").asLong(), r.get("relationships").asLong());
    }
}
