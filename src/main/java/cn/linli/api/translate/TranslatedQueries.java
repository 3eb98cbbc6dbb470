package cn.linli.api.translate;

import cn.linli.api.errors.ErrorCode;
import cn.linli.api.errors.UnavailableException;
import cn.linli.api.paging.BatchedPages;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.ContextPropagationHelper;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Queries answered by one Cypher query each ({@link Translation}) where every field they select is described in
 * Cypher ({@link TranslatedFields}); graphql-java executes the others field by field, as it executes any that a
 * translation gives up on. Field by field, the per-field work in Java (graphql-java's steps, data fetchers, DataLoader
 * batches, a driver record per row) was about 70 % of the CPU of a town's directory, 4–6 times what one hand-written
 * query costs (docs/PERFORMANCE.md, "Closing the gap to the floor", "One query per operation").
 *
 * <p>What happens before execution is the same either way: the document parsed and validated once, the limits on
 * depth, cost and lists, the rate budget, the key's rights. A translated answer is read in one READ auto-commit
 * transaction, one snapshot, with the request's bookmarks. Metric {@value #COUNTER} counts both ways by {@code way}.
 * A request whose GraphQL context holds {@value #FIELD_BY_FIELD} is executed field by field (the tests compare
 * the two).
 */
@Component
public class TranslatedQueries implements GraphQlSourceBuilderCustomizer {

    /** Query operations by {@code way}: {@code translated} or {@code field-by-field}. */
    public static final String COUNTER = "linli.graphql.operations";

    /**
     * A GraphQL context key (set in Java only: no HTTP header or extension reaches the context) that has a request
     * executed field by field: for tests of what only that path does, the read caches among it.
     */
    public static final String FIELD_BY_FIELD = "linli.fieldByField";

    private static final Logger LOG = LoggerFactory.getLogger(TranslatedQueries.class);

    private final ObjectProvider<DataFetcherExceptionResolver> resolvers;
    private final List<TranslatedFields> features;
    private final BatchedPages.Reader reads;
    private final Counter translated;
    private final Counter fieldByField;
    private volatile FieldTable table;

    TranslatedQueries(
            ObjectProvider<DataFetcherExceptionResolver> resolvers,
            List<TranslatedFields> features,
            BatchedPages.Reader reads,
            MeterRegistry meters) {
        this.resolvers = resolvers;
        this.features = features;
        this.reads = reads;
        this.translated = Counter.builder(COUNTER)
                .tag("way", "translated")
                .description("Query operations answered by one Cypher query, or executed field by field")
                .register(meters);
        this.fieldByField = Counter.builder(COUNTER)
                .tag("way", "field-by-field")
                .description("Query operations answered by one Cypher query, or executed field by field")
                .register(meters);
    }

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        // graphql-java makes its default strategy with Spring's exception handler; one set here must get it too.
        builder.configureGraphQl(graphQl ->
                graphQl.queryExecutionStrategy(new Strategy(DataFetcherExceptionResolver.createExceptionHandler(
                        resolvers.orderedStream().toList()))));
    }

    private FieldTable table(GraphQLSchema schema) {
        FieldTable current = table;
        if (current == null) {
            current = new FieldTable(schema);
            for (TranslatedFields feature : features) {
                feature.describe(current);
            }
            table = current;
        }
        return current;
    }

    /** The answer when the operation translates, else null. */
    private ExecutionResult translated(ExecutionContext context) {
        if (Boolean.TRUE.equals(context.getGraphQLContext().get(FIELD_BY_FIELD))
                || !rootsDescribed(context.getOperationDefinition(), table(context.getGraphQLSchema()))) {
            return null;
        }
        ExecutableNormalizedOperation operation;
        try {
            operation = context.getNormalizedQueryTree().get();
        } catch (RuntimeException e) {
            LOG.debug("executed field by field: {}", e.toString());
            return null;
        }
        List<ExecutableNormalizedField> roots = operation.getTopLevelFields();
        try {
            Translation translation = new Translation(operation, context.getGraphQLSchema(), table);
            List<Record> rows;
            try (ContextSnapshot.Scope scope = ContextPropagationHelper.captureFrom(context.getGraphQLContext())
                    .setThreadLocals()) {
                rows = reads.read(translation.cypher(), translation.parameters());
            }
            return ExecutionResultImpl.newExecutionResult()
                    .data(translation.answer(
                            roots, rows.get(0).get("data"), context.getGraphQLContext(), context.getLocale()))
                    .errors(context.getErrors())
                    .build();
        } catch (UnavailableException e) {
            // The database is down or behind the client's bookmarks, and its retries are spent: executed field by
            // field, each root would wait as long again for the same error.
            return unavailable(context, operation, e);
        } catch (RuntimeException e) {
            // Untranslatable, or an argument a plan refuses: field by field, the request gets the errors its fields
            // give.
            LOG.debug("executed field by field: {}", e.toString());
            return null;
        }
    }

    /** What graphql-java answers when each root field fails with {@code failure}: null, and an error at each. */
    private static ExecutionResult unavailable(
            ExecutionContext context, ExecutableNormalizedOperation operation, UnavailableException failure) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<GraphQLError> errors = new ArrayList<>(context.getErrors());
        boolean nullable = true;
        for (ExecutableNormalizedField root : operation.getTopLevelFields()) {
            if (root.getName().equals("__typename")) {
                data.put(root.getResultKey(), "Query");
                continue;
            }
            data.put(root.getResultKey(), null);
            nullable &= !(root.getType(context.getGraphQLSchema()) instanceof GraphQLNonNull);
            errors.add(GraphqlErrorBuilder.newError()
                    .message(failure.getMessage())
                    .path(List.of(root.getResultKey()))
                    .location(operation.getMergedField(root).getSingleField().getSourceLocation())
                    .extensions(Map.of("code", ErrorCode.UNAVAILABLE.name()))
                    .build());
        }
        return ExecutionResultImpl.newExecutionResult()
                .data(nullable ? data : null)
                .errors(errors)
                .build();
    }

    /** Cheap first look: whether every field at the top is one the features describe (no fragments there). */
    private static boolean rootsDescribed(OperationDefinition operation, FieldTable table) {
        if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
            return false;
        }
        for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
            if (!(selection instanceof Field field)
                    || (!field.getName().equals("__typename") && table.get("Query", field.getName()) == null)) {
                return false;
            }
        }
        return true;
    }

    private final class Strategy extends AsyncExecutionStrategy {

        Strategy(graphql.execution.DataFetcherExceptionHandler handler) {
            super(handler);
        }

        @Override
        public CompletableFuture<ExecutionResult> execute(
                ExecutionContext context, ExecutionStrategyParameters parameters) {
            ExecutionResult result = translated(context);
            if (result == null) {
                fieldByField.increment();
                return super.execute(context, parameters);
            }
            translated.increment();
            return CompletableFuture.completedFuture(result);
        }
    }
}
