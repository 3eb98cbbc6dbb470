package cn.linli.api.http;

import java.util.List;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.MediaTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Requests to the GraphQL path that no GraphQL handler takes, each refused with a GraphQL-shaped body naming
 * what to change: another method than GET or POST (405, {@code Allow: GET, POST}), a GET without a document
 * (400), a POST whose body is not JSON (415, {@code Accept: application/json}), a client that accepts neither
 * JSON media type (406). Spring would answer these with an empty body or its generic error page, Tomcat (for what
 * it refuses itself, such as a URL longer than it reads) with an HTML page.
 */
@Configuration(proxyBeanMethods = false)
// One-shot commands (--import-seed, --issue-key) run without a web server, so without these handlers.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlRequestRefusals {

    private static final MediaType APPLICATION_GRAPHQL = new MediaType("application", "graphql");
    /** Request bodies Spring for GraphQL reads (the second is a deprecated alias whose body is JSON as well). */
    private static final List<MediaType> BODIES = List.of(MediaType.APPLICATION_JSON, APPLICATION_GRAPHQL);
    /** What the handlers answer with (event streams for subscriptions, should the schema ever have some). */
    private static final List<MediaType> ANSWERS =
            List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON, MediaType.TEXT_EVENT_STREAM);

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1) // after the GET route, before Boot's, which answers these without a body
    RouterFunction<ServerResponse> graphQlRefusalRoute(GraphQlProperties properties) {
        return RouterFunctions.route(
                RequestPredicates.path(properties.getHttp().getPath())
                        .and(request -> !CorsUtils.isPreFlightRequest(request.servletRequest()))
                        .and(request -> !takenByAHandler(request)),
                GraphQlRequestRefusals::refuse);
    }

    /** What Tomcat refuses before the application sees it gets the same shape ({@link GraphQlErrorReportValve}). */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> graphQlErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(GraphQlErrorReportValve.class.getName());
            }
        });
    }

    private static boolean takenByAHandler(ServerRequest request) {
        if (HttpMethod.GET.equals(request.method())) {
            return request.param("query").isPresent()
                    || request.param("extensions").isPresent();
        }
        return HttpMethod.POST.equals(request.method()) && readable(request) && answerable(request);
    }

    private static ServerResponse refuse(ServerRequest request) {
        HttpRefusal refusal;
        if (!HttpMethod.GET.equals(request.method()) && !HttpMethod.POST.equals(request.method())) {
            refusal = HttpRefusal.badInput(
                            HttpStatus.METHOD_NOT_ALLOWED,
                            "method",
                            "The GraphQL endpoint takes POST (any operation) " + "or GET (queries only), not "
                                    + request.method().name() + ".")
                    .withHeader(HttpHeaders.ALLOW, "GET, POST");
        } else if (HttpMethod.GET.equals(request.method())) {
            refusal = HttpRefusal.badInput(
                    HttpStatus.BAD_REQUEST,
                    "query",
                    "A GET must carry the document in the URL parameter "
                            + "'query' (e.g. ?query={districts{totalCount}}), or a persisted query's hash in 'extensions'.");
        } else if (!readable(request)) {
            refusal = HttpRefusal.unsupportedMediaType(request.headers().firstHeader(HttpHeaders.CONTENT_TYPE));
        } else {
            refusal = HttpRefusal.badInput(
                    HttpStatus.NOT_ACCEPTABLE,
                    "Accept",
                    "Answers are application/graphql-response+json "
                            + "or application/json; the Accept header allows neither ('"
                            + request.headers().firstHeader(HttpHeaders.ACCEPT) + "').");
        }
        return refusal.toResponse(request.servletRequest());
    }

    private static boolean readable(ServerRequest request) {
        try {
            MediaType type = request.headers().contentType().orElse(null);
            return type != null && BODIES.stream().anyMatch(body -> body.includes(type));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    private static boolean answerable(ServerRequest request) {
        try {
            List<MediaType> accepted = request.headers().accept();
            return accepted.isEmpty()
                    || accepted.stream().anyMatch(type -> ANSWERS.stream().anyMatch(type::isCompatibleWith));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}
