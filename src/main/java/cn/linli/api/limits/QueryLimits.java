package cn.linli.api.limits;

import cn.linli.api.errors.LimitExceeded;
import cn.linli.api.paging.PagingSettings;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Measures each operation after validation and before its first field runs: aliases, depth and cost
 * against {@link LimitSettings}, then the cost against the client's rate budget. Anything over a limit
 * aborts the request whole, so a rejected request reaches no data fetcher and no database.
 */
@Component
@Order(1)
class QueryLimits extends SimplePerformantInstrumentation {

    private final LimitSettings limits;
    private final PagingSettings paging;
    private final RateLimiter rateLimiter;

    QueryLimits(LimitSettings limits, PagingSettings paging, RateLimiter rateLimiter) {
        this.limits = limits;
        this.paging = paging;
        this.rateLimiter = rateLimiter;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        QueryShape shape = QueryShape.of(execution, limits, paging);
        List<GraphQLError> errors = new ArrayList<>();
        int aliases = QueryShape.aliases(execution.getDocument());
        if (aliases > limits.maxAliases()) {
            errors.add(new LimitExceeded(
                            "aliases", aliases, limits.maxAliases(), "Ask for each field once, or split the request.")
                    .toError());
        }
        if (shape.depth() > limits.maxDepth()) {
            errors.add(new LimitExceeded(
                            "depth",
                            shape.depth(),
                            limits.maxDepth(),
                            "Nest fewer levels; fetch deeper records with a second query (Query.node or Query.place).")
                    .toError());
        }
        if (shape.cost() > limits.maxCost()) {
            errors.add(new LimitExceeded(
                            "cost",
                            shape.cost(),
                            limits.maxCost(),
                            "Ask for smaller pages (first) in nested lists, fewer nested lists, or a smaller radius.")
                    .toError());
        }
        if (errors.isEmpty()) {
            spendRateBudget(execution.getGraphQLContext(), shape.cost(), errors);
        }
        if (!errors.isEmpty()) {
            throw new AbortExecutionException(errors);
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private void spendRateBudget(GraphQLContext context, long cost, List<GraphQLError> errors) {
        String client = context.get(RateLimiter.CLIENT);
        if (client == null || !rateLimiter.enabled()) {
            return;
        }
        RateLimiter.Outcome outcome = rateLimiter.spend(client, cost);
        context.put(RateLimiter.BUDGET, outcome.budget());
        if (!outcome.allowed()) {
            errors.add(new LimitExceeded(
                            "rate",
                            cost,
                            outcome.budget().remaining(),
                            "The budget refills over time; retry in a few seconds, or ask for less per request.")
                    .toError(Map.of("rateLimit", outcome.budget().toMap())));
        }
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        RateLimiter.Budget budget =
                parameters.getExecutionInput().getGraphQLContext().get(RateLimiter.BUDGET);
        return CompletableFuture.completedFuture(
                budget == null
                        ? result
                        : result.transform(builder -> builder.addExtension("rateLimit", budget.toMap())));
    }
}
