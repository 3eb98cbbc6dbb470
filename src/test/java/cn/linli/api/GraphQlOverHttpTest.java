package cn.linli.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The endpoint as a portal meets it over real HTTP: GraphQL over HTTP media types, statuses, GET, CORS, APQ. */
class GraphQlOverHttpTest extends OverHttpTest {

    private static final String PENGSHAN = "{ place(code: \"511403\") { name } }";

    @Autowired
    cn.linli.graph.Cypher cypher;

    @Autowired
    cn.linli.partner.ApiKeys apiKeys;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPostedQueryIsAnsweredWithJson() throws Exception {
        HttpResponse<String> response = post(Map.of("query", PENGSHAN), "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(body(response).at("/data/place/name").asString()).isEqualTo("彭山区");
    }

    @Test
    void aQueryMayBeSentAsGetWithItsVariablesInTheUrl() throws Exception {
        HttpResponse<String> response = get(
                Map.of(
                        "query",
                        "query P($code: String!) { place(code: $code) { name } }",
                        "variables",
                        "{\"code\": \"511402\"}",
                        "operationName",
                        "P"),
                "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).at("/data/place/name").asString()).isEqualTo("东坡区");
    }

    @Test
    void aRealMutationSentAsGetIsRefusedWith405AndWritesNothing() throws Exception {
        String title = "GET不应写入的需求";
        // A key that may raise needs there, so only the method stands between the request and a write.
        String key = apiKeys.issue(
                "community-get-test", java.util.Set.of(cn.linli.partner.Scope.NEEDS), List.of("511403001001"));
        String query = "mutation { raiseNeed(input: {title: \"" + title
                + "\", category: CONVENIENCE, gridCode: \"511403001001-01\"}) { need { id } } }";
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                        .header("Accept", "application/json")
                        .header("X-API-Key", key)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertThat(cypher.read("MATCH (n:Need {title: $title}) RETURN count(n) AS n", Map.of("title", title))
                        .get(0)
                        .get("n")
                        .asInt())
                .isZero();
    }

    @Test
    void variablesThatAreNotJsonInAGetAreRefusedWith400() throws Exception {
        HttpResponse<String> response = get(Map.of("query", PENGSHAN, "variables", "[1"), "application/json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("variables");
    }

    @Test
    void anInvalidDocumentIs400ForGraphQlResponseJsonAnd200ForPlainJson() throws Exception {
        Map<String, Object> invalid = Map.of("query", "{ place(code: \"511403\") { nam } }");
        HttpResponse<String> modern = post(invalid, GRAPHQL_RESPONSE);
        assertThat(modern.statusCode()).isEqualTo(400);
        assertThat(modern.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(GRAPHQL_RESPONSE));
        JsonNode error = body(modern).at("/errors/0");
        assertThat(error.at("/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(error.at("/message").asString()).contains("nam").doesNotContain("Did you mean");

        HttpResponse<String> legacy = post(invalid, "application/json");
        assertThat(legacy.statusCode()).isEqualTo(200);
        assertThat(body(legacy).at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void aSyntaxErrorIsBadUserInput() throws Exception {
        HttpResponse<String> response = post(Map.of("query", "{ place(code: \"511403\" { name } }"), GRAPHQL_RESPONSE);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void aVariableOfTheWrongTypeIsBadUserInput() throws Exception {
        HttpResponse<String> response = post(
                Map.of(
                        "query",
                        "query($n: Int) { districts(first: $n) { totalCount } }",
                        "variables",
                        Map.of("n", "many")),
                "application/json");
        assertThat(body(response).at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void aRequestOverALimitIsRefusedWithoutData() throws Exception {
        String deep = "{ place(code: \"511402\") { " + "parent { ".repeat(20) + "code" + " }".repeat(20) + " } }";
        HttpResponse<String> response = post(Map.of("query", deep), GRAPHQL_RESPONSE);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = body(response);
        assertThat(body.has("data")).isFalse();
        assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("LIMIT_EXCEEDED");
        assertThat(body.at("/errors/0/extensions/limit").asString()).isEqualTo("depth");
        assertThat(body.at("/errors/0/extensions/actual").asLong()).isEqualTo(22);
    }

    @Test
    void everyAnswerReportsTheClientsRemainingRateBudget() throws Exception {
        JsonNode budget = body(post(
                        Map.of("query", "{ districts(first: 10) { edges { node { code } } } }"), "application/json"))
                .at("/extensions/rateLimit");
        long limit = budget.at("/limit").asLong();
        assertThat(limit).isPositive();
        // this query costs 1 + 10 x 2 = 21
        assertThat(budget.at("/remaining").asLong()).isBetween(0L, limit - 21);
        assertThat(budget.at("/resetSeconds").asLong()).isPositive();
    }

    @Test
    void inventedApiKeysShareTheirAddresssBudgetAndBuyNoExtraOne() throws Exception {
        // 1 + 100 x (1 + 1 + 100 x 2) = 20 201: big enough that a refill between the two requests cannot hide it
        String expensive =
                "{ places(level: GRID, first: 100) { edges { node { ... on Grid { servedBy(first: 100) { edges { node { name } } } } } } } }";
        long first = remainingWithKey(expensive, "made-up-key-" + System.nanoTime());
        long second = remainingWithKey(expensive, "another-made-up-key-" + System.nanoTime());
        assertThat(second).isLessThan(first - 10_000);
    }

    private long remainingWithKey(String query, String key) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/graphql"))
                        .header("Content-Type", "application/json")
                        .header("X-API-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return body(response).at("/extensions/rateLimit/remaining").asLong();
    }

    @Test
    void anOperationRegisteredByItsHashCanThenBeCalledByHashAloneOverPostOrGet() throws Exception {
        String query = "{ place(code: \"511402001\") { name } }";
        Map<String, Object> byHash = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256(query)));

        HttpResponse<String> unknown = post(Map.of("extensions", byHash), "application/json");
        assertThat(body(unknown).at("/errors/0/message").asString()).isEqualTo("PersistedQueryNotFound");
        assertThat(body(unknown).at("/errors/0/extensions/code").asString()).isEqualTo("NOT_FOUND");

        HttpResponse<String> registered = post(Map.of("query", query, "extensions", byHash), "application/json");
        assertThat(body(registered).at("/data/place/name").asString()).isEqualTo("通惠街道");

        assertThat(body(post(Map.of("extensions", byHash), "application/json"))
                        .at("/data/place/name")
                        .asString())
                .isEqualTo("通惠街道");
        HttpResponse<String> overGet = get(Map.of("extensions", json.writeValueAsString(byHash)), "application/json");
        assertThat(body(overGet).at("/data/place/name").asString()).isEqualTo("通惠街道");
    }

    @Test
    void aPortalOnLocalhostMayCallFromTheBrowserButAnUnknownOriginMayNot() throws Exception {
        HttpResponse<String> allowed = preflight("http://localhost:5173");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:5173");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers").orElse(""))
                .containsIgnoringCase("x-api-key")
                .containsIgnoringCase("linli-bookmarks");

        assertThat(preflight("https://portal.example.org").statusCode()).isEqualTo(403);
    }

    /** Tomcat's default would end the connection with the 100th answer, and the client would have to reconnect. */
    @Test
    void aClientKeepsItsConnectionForThousandsOfRequests() throws Exception {
        int requests = 1_000;
        String request = "GET /actuator/health HTTP/1.1\r\nHost: 127.0.0.1";
        String all = String.join("\r\n\r\n", java.util.Collections.nCopies(requests - 1, request));
        // pipelined on one connection; the last asks the server to close it, so that the answer ends
        String answers = http().raw(all + "\r\n\r\n" + request + "\r\nConnection: close", new byte[0]);
        assertThat(answers.split("HTTP/1.1 200 ", -1)).hasSize(requests + 1);
        assertThat(answers.toLowerCase(java.util.Locale.ROOT).split("connection: close", -1))
                .as("only the last answer closes the connection")
                .hasSize(2);
    }

    @Test
    void graphiqlIsServed() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/graphiql?path=/graphql")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsIgnoringCase("graphiql");
    }

    private HttpResponse<String> post(Map<String, Object> body, String accept) throws Exception {
        return http().post(body, accept);
    }

    private HttpResponse<String> get(Map<String, String> params, String accept) throws Exception {
        return http().get(params, accept);
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        return http().send(http().request("/graphql")
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-api-key,linli-bookmarks")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    private URI uri(String path) {
        return http().request(path).build().uri();
    }

    private JsonNode body(HttpResponse<String> response) {
        return http().body(response);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
