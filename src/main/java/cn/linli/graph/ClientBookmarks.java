package cn.linli.graph;

import cn.linli.api.errors.ErrorCode;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.neo4j.driver.Bookmark;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import reactor.core.publisher.Mono;

/**
 * Read-your-writes across instances of a Neo4j cluster (docs/OPERATIONS.md, "Several instances"): a request that
 * commits a write answers with {@code extensions.bookmarks}; a client that sends those back in the request header
 * {@value #HEADER} (comma-separated or repeated; at most {@value #MAX_BOOKMARKS}, each at most
 * {@value #MAX_LENGTH} characters) has every session of that request start from them, whichever instance answers.
 * A malformed header refuses the request with BAD_USER_INPUT (field {@value #HEADER}) and runs nothing.
 *
 * <p>A servlet filter, because Spring for GraphQL captures thread-locals when it receives the request, before any
 * GraphQL interceptor runs; the interceptor half adds the bookmarks to the answer.
 */
@Component
// One-shot commands (--import-seed, --issue-key) run without a web server, so without this filter.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class ClientBookmarks extends OncePerRequestFilter implements WebGraphQlInterceptor {

    static final String HEADER = "Linli-Bookmarks";
    static final int MAX_BOOKMARKS = 8;
    static final int MAX_LENGTH = 256;
    /** Neo4j's bookmarks are opaque but printable: letters, digits and a few punctuation marks, no spaces or commas. */
    private static final Pattern BOOKMARK = Pattern.compile("[A-Za-z0-9:+/=_.\\-]+");

    private static final String PROBLEM = ClientBookmarks.class.getName() + ".problem";

    private final String path;

    ClientBookmarks(GraphQlProperties properties) {
        this.path = properties.getHttp().getPath();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI()
                .substring(request.getContextPath().length())
                .equals(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Set<Bookmark> given;
        try {
            given = parse(Collections.list(request.getHeaders(HEADER)));
        } catch (IllegalArgumentException malformed) {
            request.setAttribute(PROBLEM, malformed.getMessage());
            given = Set.of();
        }
        RequestBookmarks.set(new RequestBookmarks(given));
        try {
            chain.doFilter(request, response);
        } finally {
            RequestBookmarks.clear();
        }
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (request.getAttributes().get(PROBLEM) instanceof String problem) {
            return Mono.just(refusal(request, problem));
        }
        RequestBookmarks bookmarks = RequestBookmarks.current();
        if (bookmarks == null) {
            return chain.next(request);
        }
        return chain.next(request).map(response -> withCommitted(response, bookmarks.committed()));
    }

    /** The header's values as bookmarks; IllegalArgumentException saying what is wrong with them. */
    static Set<Bookmark> parse(List<String> headerValues) {
        Set<Bookmark> bookmarks = new LinkedHashSet<>();
        for (String value : headerValues) {
            for (String part : value.split(",", -1)) {
                String bookmark = part.strip();
                if (bookmark.isEmpty()) {
                    continue;
                }
                if (bookmark.length() > MAX_LENGTH) {
                    throw new IllegalArgumentException("A bookmark in " + HEADER + " is " + bookmark.length()
                            + " characters long; at most " + MAX_LENGTH + " are accepted.");
                }
                if (!BOOKMARK.matcher(bookmark).matches()) {
                    throw new IllegalArgumentException(
                            HEADER + " holds '" + bookmark + "', which is no bookmark: send back "
                                    + "the values of extensions.bookmarks from an earlier answer, separated by commas.");
                }
                bookmarks.add(Bookmark.from(bookmark));
            }
        }
        if (bookmarks.size() > MAX_BOOKMARKS) {
            throw new IllegalArgumentException(HEADER + " holds " + bookmarks.size() + " bookmarks; at most "
                    + MAX_BOOKMARKS + " are accepted (the latest answer's are enough).");
        }
        return bookmarks;
    }

    private static WebGraphQlResponse withCommitted(WebGraphQlResponse response, List<String> committed) {
        if (committed.isEmpty()) {
            return response;
        }
        Map<Object, Object> extensions = new LinkedHashMap<>(response.getExtensions());
        extensions.put("bookmarks", committed);
        return response.transform(builder -> builder.extensions(extensions));
    }

    private static WebGraphQlResponse refusal(WebGraphQlRequest request, String problem) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", ErrorCode.BAD_USER_INPUT.name());
        extensions.put("field", HEADER);
        var error = GraphqlErrorBuilder.newError()
                .message(problem)
                .extensions(extensions)
                .build();
        var result = ExecutionResult.newExecutionResult().addError(error).build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }
}
