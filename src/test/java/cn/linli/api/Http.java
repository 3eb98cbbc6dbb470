package cn.linli.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A portal's view of the test server: real HTTP requests to the random port, and raw ones over a socket. */
record Http(int port, JsonMapper json, HttpClient client) {

    Http(int port, JsonMapper json) {
        this(port, json, HttpClient.newHttpClient());
    }

    HttpResponse<String> post(Map<String, Object> body, String accept) throws Exception {
        return send(request("/graphql")
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    HttpResponse<String> get(Map<String, String> params, String accept) throws Exception {
        List<String> pairs = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .toList();
        return send(request("/graphql?" + String.join("&", pairs))
                .header("Accept", accept)
                .GET());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    /**
     * Sends {@code head} (request line and headers, without the blank line) and then {@code body} as they are,
     * and returns all the server answers until it closes the connection (or 10 s pass).
     */
    String raw(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(body);
                out.flush();
            } catch (IOException closedByTheServer) {
                // the server may answer and close before it has everything: its answer is what is asserted
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    answer.write(buffer, 0, n);
                }
            } catch (IOException resetAfterTheAnswer) {
                // what arrived before is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** The JSON body of a raw HTTP answer (the part after its head). */
    JsonNode rawBody(String answer) {
        return json.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
    }
}
