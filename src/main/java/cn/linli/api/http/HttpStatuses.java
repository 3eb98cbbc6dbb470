package cn.linli.api.http;

import cn.linli.api.errors.ErrorCode;
import jakarta.servlet.ServletException;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Spring for GraphQL already follows GraphQL over HTTP for media types and for 400 on documents that
 * do not parse or validate (when the client accepts {@code application/graphql-response+json}). Three
 * refusals that happen before any field runs get their HTTP status here, whatever the media type:
 * a spent rate budget is 429 (with Retry-After), a mutation sent over GET is 405 (with Allow: POST), a service that
 * cannot answer yet (UNAVAILABLE with {@code retryAfterSeconds}, e.g. during the seed import) is 503 (with Retry-After). A body
 * that is no GraphQL request is refused here too ({@link RequestBodies}).
 */
@Configuration(proxyBeanMethods = false)
// One-shot commands (--import-seed, --issue-key) run without a web server, so without these handlers.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class HttpStatuses {

    @Bean
    GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler) {
        return new Handler(webGraphQlHandler);
    }

    static final class Handler extends GraphQlHttpHandler {

        Handler(WebGraphQlHandler handler) {
            super(handler);
        }

        /** A body that cannot be read as a GraphQL request is refused with 400 (413 over the size limit), saying why. */
        @Override
        public ServerResponse handleRequest(ServerRequest request) throws ServletException {
            if (RequestBodies.isJsonNull(request.servletRequest())) {
                return RequestBodies.nullBody().toResponse(request.servletRequest());
            }
            try {
                return super.handleRequest(request);
            } catch (HttpMessageNotReadableException
                    | ServerWebInputException
                    | HttpMediaTypeNotSupportedException unreadable) {
                return RequestBodies.refusal(unreadable, request.headers().firstHeader(HttpHeaders.CONTENT_TYPE))
                        .toResponse(request.servletRequest());
            }
        }

        @Override
        protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
            return super.prepareResponse(request, responseMono.doOnNext(Handler::addHeaders));
        }

        @Override
        protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType mediaType) {
            if (rateLimited(response) != null) {
                return HttpStatus.TOO_MANY_REQUESTS;
            }
            if (mutationOverGet(response)) {
                return HttpStatus.METHOD_NOT_ALLOWED;
            }
            if (retryLater(response) != null) {
                return HttpStatus.SERVICE_UNAVAILABLE;
            }
            return super.selectResponseStatus(response, mediaType);
        }

        private static void addHeaders(WebGraphQlResponse response) {
            ResponseError refused = rateLimited(response);
            if (refused != null && refused.getExtensions().get("rateLimit") instanceof Map<?, ?> budget) {
                response.getResponseHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(budget.get("resetSeconds")));
            }
            if (mutationOverGet(response)) {
                response.getResponseHeaders().set(HttpHeaders.ALLOW, "POST");
            }
            Object seconds = retryLater(response);
            if (seconds != null) {
                response.getResponseHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            }
        }

        /** The retry hint of a whole-request UNAVAILABLE refusal, or null. */
        private static Object retryLater(WebGraphQlResponse response) {
            return response.getErrors().stream()
                    .filter(e -> ErrorCode.UNAVAILABLE
                            .name()
                            .equals(e.getExtensions().get("code")))
                    .map(e -> e.getExtensions().get("retryAfterSeconds"))
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
        }

        private static ResponseError rateLimited(WebGraphQlResponse response) {
            return response.getErrors().stream()
                    .filter(e -> ErrorCode.LIMIT_EXCEEDED
                            .name()
                            .equals(e.getExtensions().get("code")))
                    .filter(e -> "rate".equals(e.getExtensions().get("limit")))
                    .findFirst()
                    .orElse(null);
        }

        private static boolean mutationOverGet(WebGraphQlResponse response) {
            return response.getErrors().stream()
                    .anyMatch(e -> Objects.equals(e.getExtensions().get("field"), QueriesOnlyOverGet.FIELD));
        }
    }
}
