package cn.linli.api.errors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/**
 * The last word on every error a client sees, whichever layer raised it: each carries a stable
 * {@code extensions.code} (docs/ERRORS.md). Errors of the GraphQL engine itself (syntax, validation,
 * variable coercion) become BAD_USER_INPUT, and their messages lose any "Did you mean" suggestions,
 * which would otherwise spell out parts of the schema a client did not ask for.
 */
@Component
class ErrorCodes extends SimplePerformantInstrumentation {

    private static final Pattern SUGGESTION = Pattern.compile("\\s*Did you mean [^?]*\\?");

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors().stream().map(ErrorCodes::withCode).toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    static GraphQLError withCode(GraphQLError error) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", codeOf(error).name());
        if (error.getExtensions() != null) {
            error.getExtensions().forEach(extensions::putIfAbsent);
        }
        String message = error.getMessage() == null ? "" : SUGGESTION.matcher(error.getMessage()).replaceAll("");
        return GraphqlErrorBuilder.newError().message(message).locations(error.getLocations()).path(error.getPath())
                .errorType(error.getErrorType()).extensions(extensions).build();
    }

    private static ErrorCode codeOf(GraphQLError error) {
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        for (ErrorCode known : ErrorCode.values()) {
            if (known.name().equals(code)) {
                return known;
            }
        }
        ErrorClassification type = error.getErrorType();
        if (type instanceof graphql.ErrorType engine) {
            return switch (engine) {
                case InvalidSyntax, ValidationError, OperationNotSupported -> ErrorCode.BAD_USER_INPUT;
                // graphql-java's own guards (e.g. against abusive introspection) abort the request
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
