package cn.linli.partner;

import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/** Copies the HTTP header {@code X-API-Key} into the GraphQL context, where writes look for it. */
@Component
class ApiKeyInterceptor implements WebGraphQlInterceptor {

    static final String HEADER = "X-API-Key";

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String key = request.getHeaders().getFirst(HEADER);
        if (key != null) {
            request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(ApiKeys.CONTEXT_KEY, key)).build());
        }
        return chain.next(request);
    }
}
