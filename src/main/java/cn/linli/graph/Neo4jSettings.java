package cn.linli.graph;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph lives. A blank {@code uri} means: start Neo4j in-process.
 *
 * @param uri        bolt/neo4j URI of an external server (env NEO4J_URI); blank for the embedded database
 * @param username   user for the external server (env NEO4J_USERNAME)
 * @param password   password for the external server (env NEO4J_PASSWORD)
 * @param queryTimeout upper bound for any single transaction the API runs
 * @param retryBudget  how long a failed transaction is retried (lost connection, leader switch, deadlock)
 *                     before the request gets UNAVAILABLE; the outage bound in docs/OPERATIONS.md follows from it
 * @param embedded   settings of the in-process database
 */
@ConfigurationProperties("linli.neo4j")
public record Neo4jSettings(
        @DefaultValue("") String uri,
        @DefaultValue("neo4j") String username,
        @DefaultValue("") String password,
        @DefaultValue("10s") Duration queryTimeout,
        @DefaultValue("1s") Duration retryBudget,
        @DefaultValue Embedded embedded) {

    public boolean external() {
        return !uri.isBlank();
    }

    /**
     * @param storeDir  store directory; persists across restarts
     * @param temporary use a fresh temporary store deleted on shutdown (tests)
     * @param boltPort  Bolt port on 127.0.0.1; 0 picks a free one
     * @param pageCache page cache size, e.g. "256m"
     */
    public record Embedded(
            @DefaultValue("./data/neo4j") String storeDir,
            @DefaultValue("false") boolean temporary,
            @DefaultValue("7687") int boltPort,
            @DefaultValue("256m") String pageCache) {}
}
