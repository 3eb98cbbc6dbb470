package cn.linli.seed;

import cn.linli.api.errors.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP reads outside GraphQL ({@code /map/coverage.geojson} and whatever comes later) are refused like GraphQL
 * operations until the seed import is DONE: 503, Retry-After and a JSON body with code UNAVAILABLE. Let through:
 * {@code /graphql} ({@link SeedImportGate} answers there, in GraphQL's shape), GraphiQL (a page without data) and
 * {@code /actuator} (health and readiness must answer during the import).
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SeedImportFilter extends OncePerRequestFilter {

    private final SeedImportStatus status;
    private final SeedSettings settings;
    private final JsonMapper json;

    SeedImportFilter(SeedImportStatus status, SeedSettings settings, JsonMapper json) {
        this.status = status;
        this.settings = settings;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return status.ready()
                || path.startsWith("/graphql")
                || path.startsWith("/graphiql")
                || path.startsWith("/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long seconds = settings.retryAfterSeconds();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", status.current().refusal(seconds));
        body.put("code", ErrorCode.UNAVAILABLE.name());
        body.put("retryAfterSeconds", seconds);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }
}
