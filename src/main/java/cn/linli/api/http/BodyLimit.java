package cn.linli.api.http;

import cn.linli.api.limits.LimitSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The servlet-level guard of the GraphQL path. A body over {@code linli.limits.max-body-bytes} is refused with
 * 413 and LIMIT_EXCEEDED ({@code limit: body}): at once when its Content-Length says so, without reading a byte
 * of it, and otherwise (a chunked body) as soon as reading passes the limit. A body within the limit is read
 * here, whole, and handed on from memory ({@link #BODY}). And whatever Spring or the servlet
 * container would still answer with its own error page (an error status, an exception no handler caught, URL
 * parameters that are not percent-encoded UTF-8) is answered with a GraphQL-shaped body instead ({@link HttpRefusal}).
 */
@Component
// One-shot commands (--import-seed, --issue-key) run without a web server, so without this filter.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(Ordered.HIGHEST_PRECEDENCE + 20) // before anything reads the body (Spring's request filters come later)
class BodyLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BodyLimit.class);

    private final long max;
    private final String path;
    private final JsonMapper json;
    private final CorsConfiguration cors;

    BodyLimit(LimitSettings limits, GraphQlProperties properties, GraphQlCorsProperties cors, JsonMapper json) {
        this.max = limits.maxBodyBytes();
        this.path = properties.getHttp().getPath();
        this.cors = cors.toCorsConfiguration();
        this.json = json;
    }

    /** Request attribute: the body as read, bytes (a POST's only). */
    static final String BODY = "linli.http.body";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI()
                .substring(request.getContextPath().length())
                .equals(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > max) {
            // The body stays unread: the connection is closed after the answer rather than drained.
            refuse(
                    HttpRefusal.bodyTooLarge(length, max).withHeader(HttpHeaders.CONNECTION, "close"),
                    request,
                    response);
            return;
        }
        if (!wellFormedParameters(request)) {
            refuse(
                    HttpRefusal.badInput(
                            HttpStatus.BAD_REQUEST,
                            "url",
                            "The URL's parameters must be percent-encoded UTF-8, "
                                    + "e.g. ?query=%7Bdistricts%7BtotalCount%7D%7D"),
                    request,
                    response);
            return;
        }
        HttpServletRequest read = request;
        if ("POST".equals(request.getMethod())) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
            if (body.length > max) {
                refuse(
                        HttpRefusal.bodyTooLarge(null, max).withHeader(HttpHeaders.CONNECTION, "close"),
                        request,
                        response);
                return;
            }
            request.setAttribute(BODY, body);
            read = new Buffered(request, body);
        }
        try {
            chain.doFilter(read, new GraphQlShapedErrors(request, response));
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            log.error("Unexpected failure answering {} {}", request.getMethod(), path, e);
            response.reset();
            refuse(HttpRefusal.forStatus(500), request, response);
        }
    }

    /**
     * Writes a refusal of this filter's own, readable by a browser portal of an allowed origin (Spring's CORS
     * handling, which runs later, never sees these requests).
     */
    private void refuse(HttpRefusal refusal, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        String allowed = origin == null || cors == null ? null : cors.checkOrigin(origin);
        if (allowed != null) {
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, allowed);
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        }
        refusal.write(request, response, json);
    }

    /** Whether Tomcat can decode the URL's parameters (it throws on e.g. {@code %ZZ} once they are asked for). */
    private static boolean wellFormedParameters(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return true; // a POST's parameters could be a form body, which is refused unread as not JSON
        }
        try {
            request.getParameterMap();
            return true;
        } catch (IllegalStateException | IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Error statuses Spring or Tomcat would send with their own page get a GraphQL-shaped body. */
    private final class GraphQlShapedErrors extends HttpServletResponseWrapper {
        private final HttpServletRequest request;

        GraphQlShapedErrors(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message);
                return;
            }
            resetBuffer();
            HttpRefusal.forStatus(status).write(request, (HttpServletResponse) getResponse(), json);
        }
    }

    /** The request, its body served from memory. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;
        private ServletInputStream stream;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            if (stream == null) {
                ByteArrayInputStream in = new ByteArrayInputStream(body);
                stream = new ServletInputStream() {
                    @Override
                    public int read() {
                        return in.read();
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) {
                        return in.read(buffer, offset, length);
                    }

                    @Override
                    public boolean isFinished() {
                        return in.available() == 0;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        throw new UnsupportedOperationException("the body was read already");
                    }
                };
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() {
            Charset charset =
                    getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
