package cn.linli.graph;

import cn.linli.api.errors.BadInputException;
import cn.linli.api.errors.UnavailableException;
import cn.linli.api.paging.BatchedPages;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.SummaryCounters;
import org.springframework.stereotype.Component;

/**
 * The one door to Neo4j: every query of the API goes through here, parameterised, inside a
 * transaction bounded by {@code linli.neo4j.query-timeout}, and counted (metric {@code linli.cypher.queries}).
 *
 * <p>Every session shares the driver's bookmark manager, so a read issued after a write has committed sees it
 * even when Neo4j is a cluster reached over {@code neo4j://} (the read may go to a follower, which waits for the
 * bookmark); a request may add bookmarks of its own from another instance ({@link RequestBookmarks}). Retries are ours, not the driver's, so that their total is bounded by
 * {@code linli.neo4j.retry-budget} (docs/OPERATIONS.md) and an outage is logged once, not once per retry.
 */
@Component
public class Cypher implements BatchedPages.Reader {

    public static final String QUERY_COUNTER = "linli.cypher.queries";
    /** Queries the service sends by itself, on a timer, not for a request (e.g. cache generation polls). */
    public static final String HOUSEKEEPING_COUNTER = "linli.cypher.housekeeping-queries";

    private static final Duration FIRST_RETRY_DELAY = Duration.ofMillis(100);

    private final Driver driver;
    private final BookmarkManager bookmarkManager;
    private final SessionConfig readSessions;
    private final SessionConfig writeSessions;
    private final TransactionConfig txConfig;
    private final Duration retryBudget;
    private final Counter queries;
    private final Counter housekeeping;
    private final Reachability reachability = new Reachability();

    public Cypher(Driver driver, Neo4jSettings settings, MeterRegistry meters) {
        this.driver = driver;
        this.bookmarkManager = driver.executableQueryBookmarkManager();
        this.readSessions = SessionConfig.builder()
                .withBookmarkManager(bookmarkManager)
                .withDefaultAccessMode(AccessMode.READ)
                .build();
        this.writeSessions = SessionConfig.builder()
                .withBookmarkManager(bookmarkManager)
                .withDefaultAccessMode(AccessMode.WRITE)
                .build();
        this.txConfig =
                TransactionConfig.builder().withTimeout(settings.queryTimeout()).build();
        this.retryBudget = settings.retryBudget();
        this.queries = Counter.builder(QUERY_COUNTER)
                .description("Cypher queries sent to Neo4j")
                .register(meters);
        this.housekeeping = Counter.builder(HOUSEKEEPING_COUNTER)
                .description("Cypher queries sent on a timer, for no request")
                .register(meters);
    }

    /** Runs one read query and returns all its records. */
    @Override
    public List<Record> read(String query, Map<String, Object> params) {
        return read(query, params, queries);
    }

    /** Like {@link #read} for work on a timer, counted apart so that per-request query counts stay exact. */
    public List<Record> readOnTimer(String query, Map<String, Object> params) {
        return read(query, params, housekeeping);
    }

    /**
     * One query in a read session, as an auto-commit transaction: RUN and PULL in one round trip, where a managed
     * transaction ({@code executeRead}) adds BEGIN and COMMIT. That was about a third of a small query's CPU, on the
     * database's side and the driver's (docs/PERFORMANCE.md, "Closing the gap to the floor"). The guarantees are the
     * same: the session's access mode is READ (the database refuses a write; a cluster routes it to a reader), it
     * starts from the same bookmarks, it is bounded by the same timeout, and retried by {@link #inSession} alike.
     */
    private List<Record> read(String query, Map<String, Object> params, Counter counter) {
        return inSession(AccessMode.READ, session -> {
            counter.increment();
            return session.run(query, params, txConfig).list();
        });
    }

    /**
     * Runs one read query and hands its records to {@code each} one at a time, as the driver fetches them (in
     * batches): for the open-data exports, which read every record of a kind, more than a list should hold at once.
     * One read transaction bounded by {@code timeout}, since a whole export outlasts the API's query timeout.
     * Not retried: records already handed on cannot be taken back. Returns how many were handed on.
     */
    public long stream(String query, Map<String, Object> params, Duration timeout, Consumer<Record> each) {
        TransactionConfig config =
                TransactionConfig.builder().withTimeout(timeout).build();
        try (Session session = driver.session(sessionConfig(AccessMode.READ))) {
            long count = session.executeRead(
                    tx -> {
                        queries.increment();
                        Result result = tx.run(query, params);
                        long handed = 0;
                        while (result.hasNext()) {
                            each.accept(result.next());
                            handed++;
                        }
                        return handed;
                    },
                    config);
            reachability.answered();
            return count;
        } catch (Neo4jException e) {
            throw translate(e);
        }
    }

    /** The plan Neo4j would run for {@code query} (EXPLAIN: nothing is executed). */
    public Plan explain(String query, Map<String, Object> params) {
        return inSession(
                AccessMode.READ,
                session -> session.executeRead(
                        tx -> {
                            queries.increment();
                            return tx.run("EXPLAIN " + query, params).consume().plan();
                        },
                        txConfig));
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
        return inSession(AccessMode.WRITE, session -> {
            T result = session.executeWrite(tx -> work.apply(new Transaction(tx)), config);
            RequestBookmarks request = RequestBookmarks.current();
            if (request != null) {
                request.committed(session.lastBookmarks());
            }
            return result;
        });
    }

    /** Whether the database answered the last call (false during an outage, until a call succeeds again). */
    public boolean reachable() {
        return reachability.up();
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

    /**
     * Runs {@code work} in a session, again after a retryable failure (a lost connection, a leader switch, a
     * deadlock) with doubling delays for as long as the next attempt would still start within the retry budget.
     * The driver's own retries are off ({@code spring.neo4j.max-transaction-retry-time: 0}).
     */
    private <T> T inSession(AccessMode mode, Function<Session, T> work) {
        long deadline = System.nanoTime() + retryBudget.toNanos();
        long delay = FIRST_RETRY_DELAY.toNanos();
        while (true) {
            try (Session session = driver.session(sessionConfig(mode))) {
                T result = work.apply(session);
                reachability.answered();
                return result;
            } catch (Neo4jException e) {
                long jittered = (long) (delay * ThreadLocalRandom.current().nextDouble(0.8, 1.2));
                if (!(e instanceof RetryableException) || timedOut(e) || System.nanoTime() + jittered > deadline) {
                    throw translate(e);
                }
                sleep(jittered);
                delay *= 2;
            }
        }
    }

    /**
     * The instance's bookmarks, and those the client sent with this request ({@link RequestBookmarks}): kept apart
     * from the shared manager, so that one client's bookmark delays only its own request.
     */
    private SessionConfig sessionConfig(AccessMode mode) {
        RequestBookmarks request = RequestBookmarks.current();
        if (request == null || request.given().isEmpty()) {
            return mode == AccessMode.READ ? readSessions : writeSessions;
        }
        return SessionConfig.builder()
                .withBookmarkManager(bookmarkManager)
                .withBookmarks(request.given())
                .withDefaultAccessMode(mode)
                .build();
    }

    private RuntimeException translate(Neo4jException e) {
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
            reachability.unreachable(e);
            return new UnavailableException("The graph database is not reachable right now; retry shortly.", e);
        }
        reachability.answered();
        if (e.code() != null && e.code().endsWith("InvalidBookmark")) {
            return new BadInputException(
                    ClientBookmarks.HEADER,
                    "holds a bookmark this database did not issue; "
                            + "send back the values of extensions.bookmarks from an earlier answer.");
        }
        if (e.code() != null && e.code().endsWith("BookmarkTimeout")) {
            return new UnavailableException(
                    "The database has not yet caught up with the transactions named in " + ClientBookmarks.HEADER
                            + "; retry shortly.",
                    e);
        }
        if (timedOut(e)) {
            return new UnavailableException("The query took longer than the server allows and was stopped.", e);
        }
        if (e.getCause() instanceof TimeoutException) {
            // no pooled connection became free or reachable within connection-acquisition-timeout
            return new UnavailableException("The graph database is busy or not reachable right now; retry shortly.", e);
        }
        if (e instanceof TransientException) {
            return new UnavailableException(
                    "The graph database could not complete this now (" + e.code() + "); retry shortly.", e);
        }
        return e;
    }

    /** A query stopped by its own time bound: retrying would only double the wait. */
    private static boolean timedOut(Neo4jException e) {
        return e.code() != null && e.code().contains("TransactionTimedOut");
    }

    private static void sleep(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("Interrupted while waiting to retry the database.", interrupted);
        }
    }
}
