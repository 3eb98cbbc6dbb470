package cn.linli.api.http;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What a client is told when the body of its POST cannot be read as a GraphQL request: which part of the body
 * is wrong (not JSON, not UTF-8, NaN, nested too deep, an array or {@code null} instead of an object,
 * {@code variables} that are not an object), as a refusal with a code.
 */
final class RequestBodies {

    /** The parts of a request whose JSON type is fixed: an object each. */
    private static final Set<String> OBJECTS = Set.of("variables", "extensions");
    /** Jackson's wording of its read constraints: "... exceeds the maximum allowed (500, from ...)". */
    private static final Pattern MAXIMUM = Pattern.compile("maximum allowed \\((\\d+)");

    private RequestBodies() {}

    /**
     * Whether the body, as {@link BodyLimit} kept it, is JSON {@code null}: Jackson reads that as no request at
     * all, and Spring for GraphQL would then fail with an internal error.
     */
    static boolean isJsonNull(HttpServletRequest request) {
        return request.getAttribute(BodyLimit.BODY) instanceof byte[] body
                && body.length <= 16
                && new String(body, StandardCharsets.UTF_8).strip().equals("null");
    }

    /** The refusal for a JSON {@code null} body. */
    static HttpRefusal nullBody() {
        return HttpRefusal.badInput(
                HttpStatus.BAD_REQUEST,
                "body",
                "The request body must be one JSON object such as " + HttpRefusal.EXAMPLE + "; got null.");
    }

    /** The refusal for a body that could not be read as a GraphQL request, sent as {@code contentType}. */
    static HttpRefusal refusal(Exception unreadable, String contentType) {
        if (unreadable instanceof HttpMediaTypeNotSupportedException) {
            return HttpRefusal.unsupportedMediaType(contentType);
        }
        return HttpRefusal.badInput(HttpStatus.BAD_REQUEST, field(unreadable), message(unreadable));
    }

    private static String field(Exception unreadable) {
        MismatchedInputException mismatch = find(unreadable, MismatchedInputException.class);
        String part = mismatch == null || mismatch.getPath().isEmpty()
                ? null
                : mismatch.getPath().get(0).getPropertyName();
        return part == null ? "body" : part;
    }

    private static String message(Exception unreadable) {
        MismatchedInputException mismatch = find(unreadable, MismatchedInputException.class);
        if (mismatch != null) {
            String part = field(unreadable);
            if (OBJECTS.contains(part)) {
                return "'" + part + "' must be a JSON object, e.g. " + HttpRefusal.EXAMPLE + ".";
            }
            if (!part.equals("body")) {
                return "'" + part + "' must be a string, e.g. " + HttpRefusal.EXAMPLE + ".";
            }
            if (mismatch.getOriginalMessage() != null
                    && mismatch.getOriginalMessage().startsWith("No content")) {
                return "The request body is empty; send a JSON object such as " + HttpRefusal.EXAMPLE + ".";
            }
            return "The request body must be one JSON object such as " + HttpRefusal.EXAMPLE + ".";
        }
        StreamConstraintsException constraint = find(unreadable, StreamConstraintsException.class);
        if (constraint != null) {
            String original = String.valueOf(constraint.getOriginalMessage());
            Matcher max = MAXIMUM.matcher(original);
            String most = max.find() ? " (at most " + max.group(1) + ")" : "";
            return original.contains("nesting depth")
                    ? "The request body nests JSON arrays and objects too deeply" + most + "."
                    : "The request body holds a number, text or name too long to be read" + most + ".";
        }
        JacksonException json = find(unreadable, JacksonException.class);
        if (json != null) {
            return "The request body is not valid JSON" + where(json.getLocation()) + ": " + reason(json) + ".";
        }
        return "The request body could not be read as a GraphQL request, a JSON object such as " + HttpRefusal.EXAMPLE
                + ".";
    }

    private static String reason(JacksonException json) {
        String original = json.getOriginalMessage() == null ? "" : json.getOriginalMessage();
        if (original.contains("Invalid UTF-8") || original.contains("Invalid UTF8")) {
            return "it is not UTF-8 text";
        }
        if (original.contains("'NaN'") || original.contains("Infinity")) {
            return "NaN and Infinity are not JSON numbers";
        }
        if (json instanceof UnexpectedEndOfInputException) {
            return "it ends before the JSON value does";
        }
        return "unexpected character or token";
    }

    private static String where(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 0
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** The first of {@code thrown} and its causes that is a {@code type}, or null. */
    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
