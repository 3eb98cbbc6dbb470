package cn.linli.graph;

import java.net.URI;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Points Boot's standard driver (the one {@link Cypher} uses) at either the external server named by
 * {@code linli.neo4j.uri} or, when that is blank, at a Neo4j started in-process.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jConnectionConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(NoExternalServer.class)
    EmbeddedNeo4j embeddedNeo4j(Neo4jSettings settings) {
        EmbeddedNeo4j neo4j = new EmbeddedNeo4j(settings.embedded());
        neo4j.start();
        return neo4j;
    }

    @Bean
    Neo4jConnectionDetails neo4jConnectionDetails(Neo4jSettings settings, ObjectProvider<EmbeddedNeo4j> embedded) {
        if (settings.external()) {
            AuthToken auth = settings.password().isBlank()
                    ? AuthTokens.none()
                    : AuthTokens.basic(settings.username(), settings.password());
            return new Details(URI.create(settings.uri()), auth);
        }
        return new Details(URI.create(embedded.getObject().boltUri()), AuthTokens.none());
    }

    private record Details(URI getUri, AuthToken getAuthToken) implements Neo4jConnectionDetails {}

    static class NoExternalServer implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return context.getEnvironment().getProperty("linli.neo4j.uri", "").isBlank();
        }
    }
}
