package cn.linli.api.errors;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.introspection.GoodFaithIntrospection;
import graphql.introspection.IntrospectionDisabledError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/**
 * The last word on every error a client sees, whichever layer raised it: each carries a stable
 * {@code extensions.code} (docs/ERRORS.md). Errors of the GraphQL engine itself (syntax, validation,
 * variable coercion) become BAD_USER_INPUT, with their messages rewritten for people ({@link EngineMessages}):
 * values printed as GraphQL, the argument or variable at fault in {@code extensions.field}, and no "Did you
 * mean" suggestions, which would otherwise spell out parts of the schema a client did not ask for. The
 * engine's guard against abusive introspection answers LIMIT_EXCEEDED ({@code limit: introspection}).
 */
@Component
class ErrorCodes extends SimplePerformantInstrumentation {

    /** No message is longer: an error must not echo a long argument back in full. */
    static final int MAX_MESSAGE_LENGTH = 1000;

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors =
                result.getErrors().stream().map(ErrorCodes::withCode).toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    static GraphQLError withCode(GraphQLError error) {
        ErrorCode code = codeOf(error);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        String message = error.getMessage() == null ? "" : error.getMessage();
        if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            extensions.put("limit", "introspection");
            message = EngineMessages.introspection(message);
        } else if (code == ErrorCode.BAD_USER_INPUT && error.getErrorType() instanceof graphql.ErrorType) {
            EngineMessages.Rewritten rewritten = EngineMessages.rewrite(message);
            message = rewritten.message();
            if (rewritten.field() != null) {
                extensions.put("field", rewritten.field());
            }
        }
        if (error.getExtensions() != null) {
            error.getExtensions().forEach(extensions::putIfAbsent);
        }
        if (message.length() > MAX_MESSAGE_LENGTH) {
            message = message.substring(0, MAX_MESSAGE_LENGTH) + "…";
        }
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(extensions)
                .build();
    }

    private static ErrorCode codeOf(GraphQLError error) {
        Object code =
                error.getExtensions() == null ? null : error.getExtensions().get("code");
        for (ErrorCode known : ErrorCode.values()) {
            if (known.name().equals(code)) {
                return known;
            }
        }
        if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            return ErrorCode.LIMIT_EXCEEDED;
        }
        if (error instanceof IntrospectionDisabledError) {
            return ErrorCode
                    .BAD_USER_INPUT; // as when the schema hides introspection: a field the client may not ask for
        }
        ErrorClassification type = error.getErrorType();
        if (type instanceof graphql.ErrorType engine) {
            return switch (engine) {
                case InvalidSyntax, ValidationError, OperationNotSupported -> ErrorCode.BAD_USER_INPUT;
                // graphql-java's own guards (instrumentations bounding depth or complexity) abort the request
                case ExecutionAborted -> ErrorCode.LIMIT_EXCEEDED;
                case DataFetchingException, NullValueInNonNullableField -> ErrorCode.INTERNAL;
            };
        }
        if (type instanceof org.springframework.graphql.execution.ErrorType spring) {
            return switch (spring) {
                case BAD_REQUEST -> ErrorCode.BAD_USER_INPUT;
                case UNAUTHORIZED, FORBIDDEN -> ErrorCode.FORBIDDEN;
                case NOT_FOUND -> ErrorCode.NOT_FOUND;
                case INTERNAL_ERROR -> ErrorCode.INTERNAL;
            };
        }
        if (type != null && type.toSpecification(error).toString().startsWith("PersistedQuery")) {
            return ErrorCode.NOT_FOUND; // the operation is not registered (yet): the client sends its text once
        }
        return ErrorCode.INTERNAL;
    }
}
