package cn.linli.partner;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import io.micrometer.core.instrument.FunctionCounter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The X-API-Key header as a partner app (or an operator managing keys) sends it, and the cache metrics as an operator reads them. */
class ApiKeyOverHttpTest extends PartnerTest {

    private static final String RAISE = """
            {"query":"mutation { raiseNeed(input: {title: \\"代收快递\\", category: CONVENIENCE, gridCode: \\"%s\\"}) { need { status } } }"}""";

    @LocalServerPort
    int port;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aMutationWithTheKeyInTheHeaderWritesAndWithoutItIsForbidden() throws Exception {
        String key = key("community-http-" + COMMUNITY, Set.of(Scope.NEEDS), COMMUNITY);
        assertThat(post(RAISE.formatted(GRID), key))
                .startsWith("{\"data\":{\"raiseNeed\":{\"need\":{\"status\":\"OPEN\"}}}")
                .doesNotContain("\"errors\"");
        assertThat(post(RAISE.formatted(GRID), null))
                .contains("\"code\":\"FORBIDDEN\"")
                .contains("X-API-Key");
    }

    @Test
    void aMutationLooksItsKeyUpOnceForItsRateBudgetAndItsWriteTogether() throws Exception {
        String key = key("community-http-once", Set.of(Scope.NEEDS), COMMUNITY);
        double before = keyLookups();
        assertThat(post(RAISE.formatted(GRID), key))
                .startsWith("{\"data\":{\"raiseNeed\":{\"need\":{\"status\":\"OPEN\"}}}");
        assertThat(keyLookups() - before).isEqualTo(1);
    }

    @Test
    void anAdminIssuesAKeyOverHttpThatWritesUntilItIsRevoked() throws Exception {
        String admin = adminKey();
        JsonNode issued = JSON.readTree(post("""
                {"query":"mutation { issueApiKey(input: {partner: \\"community-http-issued\\", scopes: [NEEDS], places: [\\"%s\\"]}) { secret apiKey { id } } }"}""".formatted(COMMUNITY), admin))
                .path("data")
                .path("issueApiKey");
        String secret = issued.path("secret").asString();
        String id = issued.path("apiKey").path("id").asString();
        assertThat(id).isEqualTo("ApiKey:" + secret.substring(6, 18));

        assertThat(post(RAISE.formatted(GRID), secret))
                .startsWith("{\"data\":{\"raiseNeed\":{\"need\":{\"status\":\"OPEN\"}}}");
        assertThat(post("""
                {"query":"mutation { revokeApiKey(input: {apiKeyId: \\"%s\\"}) { apiKey { status } } }"}""".formatted(id), admin)).contains("{\"revokeApiKey\":{\"apiKey\":{\"status\":\"REVOKED\"}}}");
        assertThat(post(RAISE.formatted(GRID), secret))
                .contains("\"code\":\"FORBIDDEN\"")
                .contains("was revoked at");
    }

    @Test
    void cacheHitsAndMissesAreActuatorMetrics() throws Exception {
        graphQl()
                .document("{ needs(first: 1) { totalCount } }")
                .execute()
                .path("needs.totalCount")
                .hasValue();
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                + "/actuator/metrics/cache.gets?tag=cache:linli.needs&tag=result:miss"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"cache.gets\"").contains("\"statistic\":\"COUNT\"");
    }

    /** Lookups of keys by this instance, answered from its memory or by the store: the cache metric of the lookups. */
    private double keyLookups() {
        return meters.get("cache.gets").tag("cache", "linli.api-keys").functionCounters().stream()
                .mapToDouble(FunctionCounter::count)
                .sum();
    }

    private String post(String body, String apiKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
