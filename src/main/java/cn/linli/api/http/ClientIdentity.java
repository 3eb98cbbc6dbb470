package cn.linli.api.http;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import cn.linli.api.limits.RateLimiter;
import reactor.core.publisher.Mono;

/**
 * Tells the engine who is asking and how: the client is its API key (header {@code X-API-Key}, kept only
 * as a SHA-256 hash) or else its address, for the rate budget; and whether the request came as a GET.
 */
@Component
class ClientIdentity implements WebGraphQlInterceptor {

    static final String API_KEY_HEADER = "X-API-Key";

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String client = client(request);
        boolean overGet = Boolean.TRUE.equals(request.getAttributes().get(GraphQlOverGet.ATTRIBUTE));
        request.configureExecutionInput((input, builder) -> {
            input.getGraphQLContext().put(RateLimiter.CLIENT, client);
            input.getGraphQLContext().put(GraphQlOverGet.ATTRIBUTE, overGet);
            return input;
        });
        return chain.next(request);
    }

    private static String client(WebGraphQlRequest request) {
        String key = request.getHeaders().getFirst(API_KEY_HEADER);
        if (key != null && !key.isBlank()) {
            return "key:" + sha256(key.strip());
        }
        InetSocketAddress address = request.getRemoteAddress();
        return "address:" + (address == null ? "unknown" : address.getAddress().getHostAddress());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
