package cn.linli.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.api.limits.LimitSettings;
import cn.linli.graph.Cypher;
import cn.linli.partner.ApiKeys;
import cn.linli.partner.Scope;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Requests refused before GraphQL runs them still get a GraphQL answer: {@code {"errors": [{"message", "extensions":
 * {"code", …}}]}} with the HTTP status that says what to change (docs/ERRORS.md, "Refused at the HTTP level").
 */
class HttpRefusalsTest extends OverHttpTest {

    private static final String DISTRICTS = "{\"query\": \"{ districts { totalCount } }\"}";

    @Autowired
    LimitSettings limits;

    @Autowired
    Cypher cypher;

    @Autowired
    ApiKeys apiKeys;

    static Stream<Arguments> unreadableBodies() {
        byte[] notUtf8 =
                "{\"query\": \"{ place(code: \\\"\u00ff\u00fe\\\") { name } }\"}".getBytes(StandardCharsets.ISO_8859_1);
        String thousandDeep = "{\"query\": \"{ districts { totalCount } }\", \"variables\": {\"a\": " + "[".repeat(1000)
                + "]".repeat(1000) + "}}";
        return Stream.of(
                Arguments.of("malformed JSON", bytes("{\"query\": "), "body", "not valid JSON (line 1, column 11)"),
                Arguments.of("a JSON array", bytes("[" + DISTRICTS + "]"), "body", "must be one JSON object"),
                Arguments.of(
                        "JSON with NaN",
                        bytes("{\"query\": \"query($n: Float) { districts { totalCount } }\", "
                                + "\"variables\": {\"n\": NaN}}"),
                        "body",
                        "NaN and Infinity are not JSON numbers"),
                Arguments.of("invalid UTF-8", notUtf8, "body", "not UTF-8"),
                Arguments.of("variables nested 1,000 deep", bytes(thousandDeep), "body", "too deeply (at most 500)"),
                Arguments.of("an empty body", new byte[0], "body", "is empty"),
                Arguments.of("JSON null", bytes("null"), "body", "must be one JSON object"),
                Arguments.of("a number", bytes("5"), "body", "must be one JSON object"),
                Arguments.of(
                        "variables as an array",
                        bytes("{\"query\": \"{ districts { totalCount } }\", \"variables\": [1]}"),
                        "variables",
                        "'variables' must be a JSON object"),
                Arguments.of(
                        "extensions as a string",
                        bytes("{\"query\": \"{ districts { totalCount } }\", \"extensions\": \"x\"}"),
                        "extensions",
                        "'extensions' must be a JSON object"),
                Arguments.of("the query as an object", bytes("{\"query\": {}}"), "query", "'query' must be a string"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableBodies")
    void aBodyThatIsNoGraphQlRequestIs400WithAGraphQlErrorSayingWhy(String what, byte[] body, String field, String says)
            throws Exception {
        HttpResponse<String> response = postRaw(JSON, body, JSON);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(JSON));
        JsonNode error = onlyError(response);
        assertThat(error.at("/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(error.at("/extensions/field").asString()).isEqualTo(field);
        assertThat(error.at("/message").asString()).contains(says).doesNotContain("Jackson", "java.", "LinkedHashMap");
    }

    @Test
    void aRefusalComesInTheMediaTypeTheClientAsksFor() throws Exception {
        HttpResponse<String> response = postRaw(JSON, bytes("{\"query\": "), GRAPHQL_RESPONSE);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(GRAPHQL_RESPONSE));
        assertThat(onlyError(response).at("/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded", "garbage", ""})
    void aBodyNotSentAsJsonIs415SayingWhichTypeIsAccepted(String contentType) throws Exception {
        HttpRequest.Builder request =
                http().request("/graphql").header("Accept", JSON).POST(HttpRequest.BodyPublishers.ofString(DISTRICTS));
        if (!contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = http().send(request);
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Accept")).hasValue(JSON);
        JsonNode error = onlyError(response);
        assertThat(error.at("/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(error.at("/extensions/field").asString()).isEqualTo("Content-Type");
        assertThat(error.at("/message").asString())
                .contains("application/json")
                .contains(contentType.isEmpty() ? "no Content-Type" : contentType);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
    void anotherMethodThanGetOrPostIs405NamingTheAllowedOnes(String method) throws Exception {
        HttpResponse<String> response = http().send(http().request("/graphql")
                .header("Content-Type", JSON)
                .method(method, HttpRequest.BodyPublishers.ofString(DISTRICTS)));
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, POST");
        JsonNode error = onlyError(response);
        assertThat(error.at("/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(error.at("/extensions/field").asString()).isEqualTo("method");
        assertThat(error.at("/message").asString()).contains(method);
    }

    @Test
    void aGetWithoutADocumentIs400NamingTheQueryParameter() throws Exception {
        HttpResponse<String> response =
                http().send(http().request("/graphql").header("Accept", JSON).GET());
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = onlyError(response);
        assertThat(error.at("/extensions/field").asString()).isEqualTo("query");
        assertThat(error.at("/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void aGetWhoseParametersAreNotPercentEncodedUtf8Is400() throws Exception {
        String answer = http().raw(
                        "GET /graphql?query=%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\nConnection: close",
                        new byte[0]);
        assertThat(answer).startsWith("HTTP/1.1 400");
        JsonNode error = http().rawBody(answer).at("/errors/0");
        assertThat(error.at("/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(error.at("/extensions/field").asString()).isEqualTo("url");
    }

    @Test
    void aUrlLongerThanTheServerReadsIs400WithAGraphQlErrorRatherThanTomcatsPage() throws Exception {
        String document = "{ districts { totalCount } }" + " ".repeat(20_000);
        String answer = http().raw(
                        "GET /graphql?query=" + java.net.URLEncoder.encode(document, StandardCharsets.UTF_8)
                                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\nConnection: close",
                        new byte[0]);
        assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/json");
        JsonNode error = http().rawBody(answer).at("/errors/0");
        assertThat(error.at("/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(error.at("/extensions/field").asString()).isEqualTo("request");
        assertThat(error.at("/message").asString()).contains("POST", "persisted query");
    }

    @Test
    void aClientAcceptingNeitherJsonTypeIs406() throws Exception {
        HttpResponse<String> response = postRaw(JSON, bytes(DISTRICTS), "text/html");
        assertThat(response.statusCode()).isEqualTo(406);
        JsonNode error = onlyError(response);
        assertThat(error.at("/extensions/field").asString()).isEqualTo("Accept");
        assertThat(error.at("/message").asString())
                .contains("application/graphql-response+json", "application/json", "text/html");
    }

    @Test
    void aBodyWhoseContentLengthIsOverTheLimitIsRefusedWith413WithoutReadingIt() throws Exception {
        // the issue's 10.5 MB of variables, and a 60 MB body: only 1 KB of each is ever sent, so an answer at all
        // shows the server did not wait for the rest
        for (long length : new long[] {10_500_000, 60_000_000}) {
            String answer = http().raw(
                            "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                    + "Origin: http://localhost:5173\r\nContent-Length: " + length,
                            bytes("{\"query\": \"{ districts { totalCount } }\", \"variables\": {\"x\": \""
                                    + "x".repeat(1000)));
            assertThat(answer)
                    .startsWith("HTTP/1.1 413")
                    .as("a browser portal may read it")
                    .containsIgnoringCase("Access-Control-Allow-Origin: http://localhost:5173");
            JsonNode error = http().rawBody(answer).at("/errors/0");
            assertThat(error.at("/extensions/code").asString()).isEqualTo("LIMIT_EXCEEDED");
            assertThat(error.at("/extensions/limit").asString()).isEqualTo("body");
            assertThat(error.at("/extensions/actual").asLong()).isEqualTo(length);
            assertThat(error.at("/extensions/max").asLong()).isEqualTo(limits.maxBodyBytes());
        }
    }

    @Test
    void aChunkedBodyWithoutContentLengthIsCutOffOnceItPassesTheLimit() throws Exception {
        StringBuilder chunks = new StringBuilder();
        String prefix = "{\"query\": \"{ districts { totalCount } }\", \"variables\": {\"x\": \"";
        chunks.append(Integer.toHexString(prefix.length()))
                .append("\r\n")
                .append(prefix)
                .append("\r\n");
        String chunk = "x".repeat(16 * 1024);
        for (long sent = 0; sent <= limits.maxBodyBytes() + 32 * 1024; sent += chunk.length()) {
            chunks.append(Integer.toHexString(chunk.length()))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        String answer = http().raw(
                        "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                + "Transfer-Encoding: chunked",
                        bytes(chunks.toString()));
        assertThat(answer).startsWith("HTTP/1.1 413");
        JsonNode error = http().rawBody(answer).at("/errors/0");
        assertThat(error.at("/extensions/code").asString()).isEqualTo("LIMIT_EXCEEDED");
        assertThat(error.at("/extensions/limit").asString()).isEqualTo("body");
        assertThat(error.at("/extensions/max").asLong()).isEqualTo(limits.maxBodyBytes());
        assertThat(error.at("/extensions/actual").isMissingNode())
                .as("no Content-Length, no actual size")
                .isTrue();
    }

    @Test
    void aBodyJustUnderTheLimitIsAnswered() throws Exception {
        String padding = "x".repeat((int) limits.maxBodyBytes() - 200);
        HttpResponse<String> response = http().post(
                        Map.of("query", "{ districts { totalCount } }", "extensions", Map.of("pad", padding)), JSON);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(http().body(response).at("/data/districts/totalCount").asInt())
                .as(response.body().substring(0, Math.min(500, response.body().length())))
                .isEqualTo(6);
    }

    @Test
    void aWriteInABodyOverTheLimitChangesNothing() throws Exception {
        String title = "超大请求不应写入的需求";
        String key = apiKeys.issue("community-body-limit-test", Set.of(Scope.NEEDS), java.util.List.of("511403001001"));
        Map<String, Object> body = Map.of(
                "query",
                "mutation($pad: String) { raiseNeed(input: {title: \"" + title
                        + "\", category: CONVENIENCE, gridCode: \"511403001001-01\", clientMutationId: $pad}) { need { id } } }",
                "variables",
                Map.of("pad", "x".repeat((int) limits.maxBodyBytes())));
        HttpResponse<String> response = http().send(http().request("/graphql")
                .header("Content-Type", JSON)
                .header("X-API-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(onlyError(response).at("/extensions/code").asString()).isEqualTo("LIMIT_EXCEEDED");
        assertThat(cypher.read("MATCH (n:Need {title: $title}) RETURN count(n) AS n", Map.of("title", title))
                        .get(0)
                        .get("n")
                        .asInt())
                .isZero();
    }

    private HttpResponse<String> postRaw(String contentType, byte[] body, String accept) throws Exception {
        return http().send(http().request("/graphql")
                .header("Content-Type", contentType)
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private JsonNode onlyError(HttpResponse<String> response) {
        JsonNode body = http().body(response);
        assertThat(body.has("data")).isFalse();
        assertThat(body.at("/errors").size()).isEqualTo(1);
        return body.at("/errors/0");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
