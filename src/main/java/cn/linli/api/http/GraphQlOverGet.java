package cn.linli.api.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP GET (query, variables, operationName and extensions in the URL), which Spring for
 * GraphQL does not offer: the parameters become the JSON body of an ordinary request for the same
 * handler, marked so that only queries run (a mutation over GET is refused with 405).
 */
@Configuration(proxyBeanMethods = false)
// One-shot commands (--import-seed, --issue-key) run without a web server, so without these handlers.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlOverGet {

    /** Request attribute, then GraphQL context key: the request came as a GET. */
    static final String ATTRIBUTE = "linli.http.get";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE) // before Boot's route, which answers every GET with 405
    RouterFunction<ServerResponse> graphQlGetRoute(
            GraphQlHttpHandler handler, GraphQlProperties properties, JsonMapper json) {
        return RouterFunctions.route(
                RequestPredicates.GET(properties.getHttp().getPath())
                        .and(request -> request.param("query").isPresent()
                                || request.param("extensions").isPresent()),
                request -> handle(request, handler, json));
    }

    private static ServerResponse handle(ServerRequest request, GraphQlHttpHandler handler, JsonMapper json)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        request.param("query").ifPresent(query -> body.put("query", query));
        request.param("operationName")
                .filter(name -> !name.isBlank())
                .ifPresent(name -> body.put("operationName", name));
        for (String name : new String[] {"variables", "extensions"}) {
            String value = request.param(name).orElse(null);
            if (value != null && !value.isBlank()) {
                try {
                    body.put(name, json.readValue(value, Map.class));
                } catch (JacksonException | ClassCastException e) {
                    return HttpRefusal.badInput(
                                    HttpStatus.BAD_REQUEST,
                                    name,
                                    "The URL parameter '" + name
                                            + "' must be a JSON object such as {\"code\": \"511402\"}.")
                            .toResponse(request.servletRequest());
                }
            }
        }
        ServerRequest asPost = ServerRequest.from(request)
                .method(HttpMethod.POST)
                .headers(headers -> headers.setContentType(MediaType.APPLICATION_JSON))
                .body(json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8))
                .attribute(ATTRIBUTE, true)
                .build();
        return handler.handleRequest(asPost);
    }
}
