package cn.linli.api;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * The service's instrumentations (limits, the seed gate, GET's rule, error codes, Spring for GraphQL's observation of
 * the request), chained as graphql-java chains them but called per request only, never per field. Each of them acts
 * before or after the operation; chained, graphql-java would still call every one of them at the start and end of
 * every field, fetch and completion, for nothing (a list of 20 communities with their grids and servers has some
 * 3 000 fields), and the observation would time every data fetcher that is not a plain property
 * ({@code graphql.datafetcher}). Both were some 15 % of the CPU of such a request (docs/PERFORMANCE.md, "Closing
 * the gap to the floor"). The request's observation ({@code graphql.request}) and the DataLoaders'
 * ({@code graphql.dataloader}) stay. An instrumentation added later that needs a field's hooks has to be chained
 * apart ({@code RequestInstrumentationsTest} names the hooks).
 */
@Component
class RequestInstrumentations implements GraphQlSourceBuilderCustomizer {

    private final ObjectProvider<Instrumentation> instrumentations;

    RequestInstrumentations(ObjectProvider<Instrumentation> instrumentations) {
        this.instrumentations = instrumentations;
    }

    /** Replaces the chain Spring for GraphQL made of the same instrumentations, in the same order. */
    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        List<Instrumentation> all = instrumentations.orderedStream().toList();
        builder.configureGraphQl(graphQl -> graphQl.instrumentation(new Chain(all)));
    }

    /** graphql-java's chain, less the hooks of single fields and objects. */
    static final class Chain extends ChainedInstrumentation {

        Chain(List<Instrumentation> instrumentations) {
            super(instrumentations);
        }

        @Override
        public ExecutionStrategyInstrumentationContext beginExecutionStrategy(
                InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
            return ExecutionStrategyInstrumentationContext.NOOP;
        }

        @Override
        public ExecuteObjectInstrumentationContext beginExecuteObject(
                InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
            return ExecuteObjectInstrumentationContext.NOOP;
        }

        @Override
        public InstrumentationContext<Object> beginDeferredField(
                InstrumentationFieldParameters parameters, InstrumentationState state) {
            return SimpleInstrumentationContext.noOp();
        }

        @Override
        public InstrumentationContext<Object> beginFieldExecution(
                InstrumentationFieldParameters parameters, InstrumentationState state) {
            return SimpleInstrumentationContext.noOp();
        }

        @Override
        @SuppressWarnings("deprecation")
        public InstrumentationContext<Object> beginFieldFetch(
                InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
            return SimpleInstrumentationContext.noOp();
        }

        @Override
        public FieldFetchingInstrumentationContext beginFieldFetching(
                InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
            return FieldFetchingInstrumentationContext.NOOP;
        }

        @Override
        public InstrumentationContext<Object> beginFieldCompletion(
                InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
            return SimpleInstrumentationContext.noOp();
        }

        @Override
        public InstrumentationContext<Object> beginFieldListCompletion(
                InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
            return SimpleInstrumentationContext.noOp();
        }

        @Override
        public DataFetcher<?> instrumentDataFetcher(
                DataFetcher<?> dataFetcher,
                InstrumentationFieldFetchParameters parameters,
                InstrumentationState state) {
            return dataFetcher;
        }
    }
}
