package cn.linli.api.http;

import cn.linli.api.errors.ErrorCode;
import cn.linli.api.errors.LimitExceeded;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.MediaTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request refused at the HTTP level, before GraphQL could run it (wrong method, media type or body; a body
 * over the size limit), answered the way every GraphQL answer looks: {@code {"errors": [{"message": …,
 * "extensions": {"code": …, …}}]}} with the HTTP status that says what went wrong (docs/ERRORS.md).
 *
 * @param status     400, 405, 406, 413, 415, …
 * @param message    for the developer reading it
 * @param extensions {@code code} first, then e.g. {@code field} or {@code limit}
 * @param headers    e.g. {@code Allow} or {@code Accept}
 */
record HttpRefusal(HttpStatus status, String message, Map<String, Object> extensions, HttpHeaders headers) {

    /** What a GraphQL request over POST looks like, for messages. */
    static final String EXAMPLE = "{\"query\": \"{ districts { totalCount } }\", \"variables\": {}}";

    /** A 4xx for input the client must fix; {@code field} names the part of the request at fault. */
    static HttpRefusal badInput(HttpStatus status, String field, String message) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", ErrorCode.BAD_USER_INPUT.name());
        extensions.put("field", field);
        return new HttpRefusal(status, message, extensions, new HttpHeaders());
    }

    /** 415 for a body that is not JSON; {@code contentType} as the client sent it, null if it sent none. */
    static HttpRefusal unsupportedMediaType(String contentType) {
        return badInput(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "Content-Type",
                        "Send the body as application/json (got "
                                + (contentType == null ? "no Content-Type" : "'" + contentType + "'") + "), e.g. "
                                + EXAMPLE + ".")
                .withHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
    }

    /** 413 for a body over the limit; {@code actual} is null when the body came without a Content-Length. */
    static HttpRefusal bodyTooLarge(Long actual, long max) {
        var error = new LimitExceeded(
                        "body",
                        actual == null ? max + 1 : actual,
                        max,
                        "Send fewer or smaller variables, or register the document once as a persisted query.")
                .toError();
        Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
        String message = error.getMessage();
        if (actual == null) {
            extensions.remove("actual");
            message = "Request exceeds the body limit: more than " + max + " bytes. "
                    + "Send fewer or smaller variables, or register the document once as a persisted query.";
        }
        return new HttpRefusal(HttpStatus.CONTENT_TOO_LARGE, message, extensions, new HttpHeaders());
    }

    /** A refusal for a status raised elsewhere (by Spring or the servlet container), with a generic message. */
    static HttpRefusal forStatus(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        HttpStatus resolved = known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known;
        if (resolved.is5xxServerError()) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", ErrorCode.INTERNAL.name());
            return new HttpRefusal(resolved, "Internal error; it has been logged.", extensions, new HttpHeaders());
        }
        return badInput(
                resolved,
                "request",
                "The request was refused (" + resolved.value() + " " + resolved.getReasonPhrase()
                        + "). A GraphQL request is a POST of application/json such as " + EXAMPLE
                        + ", or a GET with ?query=…");
    }

    HttpRefusal withHeader(String name, String value) {
        HttpHeaders more = new HttpHeaders();
        more.addAll(headers);
        more.set(name, value);
        return new HttpRefusal(status, message, extensions, more);
    }

    Map<String, Object> body() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", extensions);
        return Map.of("errors", List.of(error));
    }

    ServerResponse toResponse(HttpServletRequest request) {
        return ServerResponse.status(status)
                .headers(h -> h.addAll(headers))
                .contentType(mediaType(request))
                .body(body());
    }

    /** Writes the refusal straight to the servlet response (for filters, where no handler runs). */
    void write(HttpServletRequest request, HttpServletResponse response, JsonMapper json) throws IOException {
        response.setStatus(status.value());
        headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setContentType(mediaType(request).toString());
        byte[] bytes = json.writeValueAsBytes(body());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }

    /** GraphQL over HTTP: {@code application/graphql-response+json} to clients that ask for it, else JSON. */
    private static MediaType mediaType(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        try {
            if (accept != null
                    && MediaType.parseMediaTypes(accept).stream()
                            .anyMatch(type -> type.equalsTypeAndSubtype(MediaTypes.APPLICATION_GRAPHQL_RESPONSE))) {
                return MediaTypes.APPLICATION_GRAPHQL_RESPONSE;
            }
        } catch (InvalidMediaTypeException unreadable) {
            // answered as JSON
        }
        return MediaType.APPLICATION_JSON;
    }
}
