package cn.linli.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.SummaryCounters;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.stereotype.Component;

import cn.linli.api.errors.UnavailableException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The one door to Neo4j: every query of the API goes through here, parameterised, inside a
 * transaction bounded by {@code linli.neo4j.query-timeout}, and counted (metric {@code linli.cypher.queries}).
 */
@Component
public class Cypher {

    public static final String QUERY_COUNTER = "linli.cypher.queries";

    private final Driver driver;
    private final TransactionConfig txConfig;
    private final Counter queries;

    public Cypher(Driver driver, Neo4jSettings settings, MeterRegistry meters) {
        this.driver = driver;
        this.txConfig = TransactionConfig.builder().withTimeout(settings.queryTimeout()).build();
        this.queries = Counter.builder(QUERY_COUNTER).description("Cypher queries sent to Neo4j").register(meters);
    }

    /** Runs one read query and returns all its records. */
    public List<Record> read(String query, Map<String, Object> params) {
        return inSession(session -> session.executeRead(tx -> {
            queries.increment();
            return tx.run(query, params).list();
        }, txConfig));
    }

    /** The plan Neo4j would run for {@code query} (EXPLAIN: nothing is executed). */
    public Plan explain(String query, Map<String, Object> params) {
        return inSession(session -> session.executeRead(tx -> {
            queries.increment();
            return tx.run("EXPLAIN " + query, params).consume().plan();
        }, txConfig));
    }

    /** Runs {@code work} in one write transaction: all of it commits, or none of it. */
    public <T> T write(Function<Transaction, T> work) {
        return write(work, txConfig);
    }

    /** Like {@link #write(Function)} with its own bound, for bulk writes (seed import) that outgrow the API's. */
    public <T> T write(Function<Transaction, T> work, Duration timeout) {
        return write(work, TransactionConfig.builder().withTimeout(timeout).build());
    }

    private <T> T write(Function<Transaction, T> work, TransactionConfig config) {
        return inSession(session -> session.executeWrite(tx -> work.apply(new Transaction(tx)), config));
    }

    /** A write transaction whose queries are counted like every other. */
    public final class Transaction {
        private final TransactionContext tx;

        private Transaction(TransactionContext tx) {
            this.tx = tx;
        }

        public List<Record> run(String query, Map<String, Object> params) {
            queries.increment();
            return tx.run(query, params).list();
        }

        /** Runs a write whose records are not needed; returns what it changed. */
        public SummaryCounters update(String query, Map<String, Object> params) {
            queries.increment();
            return tx.run(query, params).consume().counters();
        }
    }

    private <T> T inSession(Function<Session, T> work) {
        try (Session session = driver.session()) {
            return work.apply(session);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw new UnavailableException("The graph database is not reachable right now; retry shortly.", e);
        } catch (ClientException | TransientException e) {
            if (e.code() != null && e.code().contains("TransactionTimedOut")) {
                throw new UnavailableException("The query took longer than the server allows and was stopped.", e);
            }
            if (e.getCause() instanceof TimeoutException) {
                // no pooled connection became free or reachable within connection-acquisition-timeout
                throw new UnavailableException("The graph database is busy or not reachable right now; retry shortly.", e);
            }
            throw e;
        }
    }
}
