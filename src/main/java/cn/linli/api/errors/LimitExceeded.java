package cn.linli.api.errors;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request over one of the limits: which one, how far over, and what to do about it.
 *
 * @param limit  the limit's name as in docs/ERRORS.md (bytes, tokens, aliases, depth, cost, rate)
 * @param actual what the request needed
 * @param max    what the limit allows
 * @param advice one sentence telling the client how to get under it
 */
public record LimitExceeded(String limit, long actual, long max, String advice) {

    public GraphQLError toError() {
        return toError(Map.of());
    }

    /** The error, with further {@code extensions} (e.g. the rate-limit budget). */
    public GraphQLError toError(Map<String, Object> more) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", ErrorCode.LIMIT_EXCEEDED.name());
        extensions.put("limit", limit);
        extensions.put("actual", actual);
        extensions.put("max", max);
        extensions.putAll(more);
        String message = "Request exceeds the " + limit + " limit: " + actual + " > " + max + ". " + advice;
        return GraphqlErrorBuilder.newError()
                .message(message)
                .extensions(extensions)
                .build();
    }
}
