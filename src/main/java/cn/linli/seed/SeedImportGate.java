package cn.linli.seed;

import cn.linli.api.errors.ErrorCode;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Until the graph records the seed import DONE, every operation is refused whole with UNAVAILABLE, the step the import
 * is at and {@code extensions.retryAfterSeconds} (over HTTP: 503 with Retry-After): a client gets no answer rather than
 * a partial one (a city with towns but no communities yet). Ordered before the query limits, so a refused request
 * spends no rate budget.
 */
@Component
@Order(0)
class SeedImportGate extends SimplePerformantInstrumentation {

    private final SeedImportStatus status;
    private final SeedSettings settings;

    SeedImportGate(SeedImportStatus status, SeedSettings settings) {
        this.status = status;
        this.settings = settings;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        SeedImportStatus.Progress progress = status.current();
        if (progress.phase() != SeedImportStatus.Phase.READY) {
            throw new AbortExecutionException(List.of(refusal(progress)));
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private GraphQLError refusal(SeedImportStatus.Progress progress) {
        long seconds = settings.retryAfterSeconds();
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", ErrorCode.UNAVAILABLE.name());
        extensions.put("retryAfterSeconds", seconds);
        return GraphqlErrorBuilder.newError()
                .message(progress.refusal(seconds))
                .extensions(extensions)
                .build();
    }
}
