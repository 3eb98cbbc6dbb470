package cn.linli.commands;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** POSTs GraphQL documents to a running service, as a portal would. */
final class GraphQlHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final String url;

    GraphQlHttp(String baseUrl) {
        this.url = baseUrl + "/graphql";
    }

    /** The whole answer to {@code document}, sent with the API key when one is given. */
    JsonNode post(String document, String apiKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(90))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document))));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        try {
            return JSON.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString())
                    .body());
        } catch (IOException e) {
            throw new AssertionError("no answer from " + url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    JsonNode post(String document) {
        return post(document, null);
    }

    /** The status of a GET of {@code path} on the service, after redirects. */
    int getStatus(String path) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(url.replace("/graphql", path)))
                                    .timeout(Duration.ofSeconds(90))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new AssertionError("no answer from " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
