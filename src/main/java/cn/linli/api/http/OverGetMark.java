package cn.linli.api.http;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Tells the engine how a request came: whether as a GET ({@link GraphQlOverGet}'s mark, read by
 * {@link QueriesOnlyOverGet}). Who sent it is the partner package's concern (its {@code CallerInterceptor}).
 */
@Component
class OverGetMark implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        boolean overGet = Boolean.TRUE.equals(request.getAttributes().get(GraphQlOverGet.ATTRIBUTE));
        request.configureExecutionInput((input, builder) -> {
            input.getGraphQLContext().put(GraphQlOverGet.ATTRIBUTE, overGet);
            return input;
        });
        return chain.next(request);
    }
}
