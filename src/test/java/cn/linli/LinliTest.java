package cn.linli;

import cn.linli.api.translate.TranslatedQueries;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;

/**
 * Base of the test suite: every test class extending it shares one Spring context, and so one
 * in-process Neo4j (fresh temporary store, free Bolt port) loaded once with the real seed/ folder.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "linli.neo4j.uri=",
            "linli.neo4j.embedded.temporary=true",
            "linli.neo4j.embedded.bolt-port=0",
            "linli.seed.dir=seed"
        })
public abstract class LinliTest {

    @Autowired
    protected ExecutionGraphQlService graphQlService;

    @Autowired
    protected MeterRegistry meters;

    protected ExecutionGraphQlServiceTester graphQl() {
        return ExecutionGraphQlServiceTester.create(graphQlService);
    }

    /**
     * A tester whose requests graphql-java executes field by field, never as one Cypher query: for what only that
     * path does, such as serving from the read caches (a document answered by one query reads the database).
     */
    protected ExecutionGraphQlServiceTester fieldByField() {
        return ExecutionGraphQlServiceTester.builder(graphQlService)
                .configureExecutionInput((input, builder) -> builder.graphQLContext(
                                java.util.Map.of(TranslatedQueries.FIELD_BY_FIELD, true))
                        .build())
                .build();
    }

    /** Cypher queries sent so far (the counter every query goes through). */
    protected double cypherQueries() {
        return meters.counter(cn.linli.graph.Cypher.QUERY_COUNTER).count();
    }
}
