package cn.linli.api.http;

import cn.linli.api.errors.ErrorCode;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A GET must not change anything (GraphQL over HTTP): an operation other than a query sent over GET is
 * refused before it runs. Checked on the operation actually selected, so it holds for persisted queries too.
 */
@Component
// before the limits: a refused GET spends no rate budget
@Order(0)
class QueriesOnlyOverGet extends SimplePerformantInstrumentation {

    /** {@code extensions.field} of the refusal: the HTTP method is the input at fault. */
    static final String FIELD = "method";

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        boolean overGet = Boolean.TRUE.equals(execution.getGraphQLContext().get(GraphQlOverGet.ATTRIBUTE));
        OperationDefinition.Operation operation =
                execution.getOperationDefinition().getOperation();
        if (overGet && operation != OperationDefinition.Operation.QUERY) {
            throw new AbortExecutionException(java.util.List.of(GraphqlErrorBuilder.newError()
                    .message("A " + operation.name().toLowerCase() + " must be sent with POST; GET only runs queries.")
                    .extensions(Map.of("code", ErrorCode.BAD_USER_INPUT.name(), "field", FIELD))
                    .build()));
        }
        return super.beginExecuteOperation(parameters, state);
    }
}
