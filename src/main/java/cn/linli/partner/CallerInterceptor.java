package cn.linli.partner;

import cn.linli.api.limits.RateLimiter;
import java.net.InetSocketAddress;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Resolves who sent a request, once: the {@code X-API-Key} header is looked up ({@link ApiKeys#caller}) and the
 * {@link Caller} put in the GraphQL context, where writes and admin queries take it. The same caller names the
 * rate budget the request spends: its key's, while the key may be used, else its address's, so inventing keys
 * (or holding on to a revoked one) buys no budget. A key that cannot be looked up during a database outage is
 * charged to the address too, and the request goes on, to be answered UNAVAILABLE by the fields that need the
 * database (not a 500 from here).
 */
@Component
class CallerInterceptor implements WebGraphQlInterceptor {

    static final String HEADER = "X-API-Key";

    private final ApiKeys keys;

    CallerInterceptor(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Caller caller = keys.caller(request.getHeaders().getFirst(HEADER));
        String client = caller.usable() ? "key:" + caller.hash() : "address:" + address(request);
        request.configureExecutionInput((input, builder) -> {
            input.getGraphQLContext().put(Caller.CONTEXT_KEY, caller);
            input.getGraphQLContext().put(RateLimiter.CLIENT, client);
            return input;
        });
        return chain.next(request);
    }

    private static String address(WebGraphQlRequest request) {
        InetSocketAddress address = request.getRemoteAddress();
        return address == null ? "unknown" : address.getAddress().getHostAddress();
    }
}
