package cn.linli.api.http;

import java.net.InetSocketAddress;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import cn.linli.api.Sha256;
import cn.linli.api.errors.UnavailableException;
import cn.linli.api.limits.RateLimiter;
import reactor.core.publisher.Mono;

/**
 * Tells the engine who is asking and how: the client is its issued API key (header {@code X-API-Key}, kept only
 * as a SHA-256 hash) or else its address, for the rate budget; and whether the request came as a GET. The key's
 * lookup is remembered for a second ({@link IssuedKeys}' implementation), so the write that follows in the same
 * request does not ask the database again.
 */
@Component
class ClientIdentity implements WebGraphQlInterceptor {

    static final String API_KEY_HEADER = "X-API-Key";

    private final IssuedKeys issuedKeys;

    ClientIdentity(IssuedKeys issuedKeys) {
        this.issuedKeys = issuedKeys;
    }

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

    private String client(WebGraphQlRequest request) {
        String key = request.getHeaders().getFirst(API_KEY_HEADER);
        if (key != null && !key.isBlank() && issued(key.strip())) {
            return "key:" + Sha256.hex(key.strip());
        }
        InetSocketAddress address = request.getRemoteAddress();
        return "address:" + (address == null ? "unknown" : address.getAddress().getHostAddress());
    }

    /**
     * During a database outage the key cannot be looked up: the request is charged to its address and goes on,
     * to be answered UNAVAILABLE by the fields that need the database (not a 500 from here).
     */
    private boolean issued(String key) {
        try {
            return issuedKeys.issued(key);
        } catch (UnavailableException e) {
            return false;
        }
    }
}
