package cn.linli.api.errors;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Maps each kind of failure once to a GraphQL error with a stable code. Anything unexpected becomes
 * INTERNAL with a generic message: stack traces and internals never reach clients.
 */
@Component
class GraphQlErrorMapping extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrorMapping.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof BadInputException bad) {
            return error(env, ErrorCode.BAD_USER_INPUT, bad.getMessage(), Map.of("field", bad.field()));
        }
        if (ex instanceof NotFoundException) {
            return error(env, ErrorCode.NOT_FOUND, ex.getMessage(), Map.of());
        }
        if (ex instanceof ForbiddenException) {
            return error(env, ErrorCode.FORBIDDEN, ex.getMessage(), Map.of());
        }
        if (ex instanceof ConflictException conflict) {
            return error(env, ErrorCode.CONFLICT, ex.getMessage(), conflict.details());
        }
        if (ex instanceof UnavailableException) {
            return error(env, ErrorCode.UNAVAILABLE, ex.getMessage(), Map.of());
        }
        log.error("Unexpected failure in {}", env.getExecutionStepInfo().getPath(), ex);
        return error(env, ErrorCode.INTERNAL, "Internal error; it has been logged.", Map.of());
    }

    private static GraphQLError error(
            DataFetchingEnvironment env, ErrorCode code, String message, Map<String, Object> details) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        extensions.putAll(details);
        return GraphqlErrorBuilder.newError(env)
                .message(message)
                .extensions(extensions)
                .build();
    }
}
