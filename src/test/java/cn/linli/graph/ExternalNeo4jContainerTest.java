package cn.linli.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The same service against a real external Neo4j 5 server (the docker-compose set-up).
 * Runs only where a Docker engine is available; skipped otherwise.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "linli.seed.dir=seed")
class ExternalNeo4jContainerTest {

    @Container
    static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26.12").withAdminPassword("linli-test-password");

    @DynamicPropertySource
    static void neo4jProperties(DynamicPropertyRegistry registry) {
        registry.add("linli.neo4j.uri", neo4j::getBoltUrl);
        registry.add("linli.neo4j.username", () -> "neo4j");
        registry.add("linli.neo4j.password", neo4j::getAdminPassword);
    }

    @Autowired
    ExecutionGraphQlService graphQlService;

    @Autowired
    ObjectProvider<EmbeddedNeo4j> embedded;

    @Test
    void servesTheSeedFromTheExternalServerWithoutStartingAnEmbeddedOne() {
        assertThat(embedded.getIfAvailable()).isNull();
        ExecutionGraphQlServiceTester.create(graphQlService)
                .document("{ place(code: \"511402\") { ... on District { towns { totalCount } } } }")
                .execute()
                .path("place.towns.totalCount")
                .entity(Integer.class)
                .isEqualTo(16);
    }
}
