package cn.linli.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/**
 * A mutation over GET is refused before it runs. Linli's schema has no mutation yet, so this runs the
 * instrumentation on a two-field schema of its own.
 */
class QueriesOnlyOverGetTest {

    private final AtomicInteger writes = new AtomicInteger();
    private final GraphQL graphQl = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse("type Query { ping: String } type Mutation { write: Int }"),
            RuntimeWiring.newRuntimeWiring()
                    .type("Query", t -> t.dataFetcher("ping", env -> "pong"))
                    .type("Mutation", t -> t.dataFetcher("write", env -> writes.incrementAndGet()))
                    .build()))
            .instrumentation(new QueriesOnlyOverGet()).build();

    @Test
    void aMutationOverGetIsRefusedAndNothingIsWritten() {
        ExecutionResult result = run("mutation { write }", true);
        assertThat(writes).hasValue(0);
        assertThat(result.isDataPresent()).isFalse();
        assertThat(result.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "method");
            assertThat(e.getMessage()).contains("POST");
        });
    }

    @Test
    void queriesOverGetAndMutationsOverPostRun() {
        assertThat(run("{ ping }", true).<Map<String, Object>>getData()).containsEntry("ping", "pong");
        assertThat(run("mutation { write }", false).getErrors()).isEmpty();
        assertThat(writes).hasValue(1);
    }

    private ExecutionResult run(String document, boolean overGet) {
        return graphQl.execute(ExecutionInput.newExecutionInput(document)
                .graphQLContext(Map.of(GraphQlOverGet.ATTRIBUTE, overGet)).build());
    }
}
