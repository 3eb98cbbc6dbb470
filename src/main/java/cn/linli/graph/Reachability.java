package cn.linli.graph;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database answered the last time it was asked, logged once per change of state: an outage of
 * any length writes one line when it begins and one when it ends (with how long it lasted and how many
 * requests were refused meanwhile), never a line per refused request or retry.
 */
final class Reachability {

    private static final Logger log = LoggerFactory.getLogger(Reachability.class);

    /** When the current outage began (System.nanoTime), or null while the database answers. */
    private final AtomicReference<Long> downSince = new AtomicReference<>();

    private final AtomicLong refused = new AtomicLong();

    void answered() {
        Long since = downSince.get();
        if (since != null && downSince.compareAndSet(since, null)) {
            long seconds = Duration.ofNanos(System.nanoTime() - since).toSeconds();
            log.warn(
                    "Neo4j is reachable again after {} s; {} database calls were answered UNAVAILABLE meanwhile",
                    seconds,
                    refused.getAndSet(0));
        }
    }

    void unreachable(Exception cause) {
        refused.incrementAndGet();
        if (downSince.compareAndSet(null, System.nanoTime())) {
            log.warn("Neo4j is not reachable ({}); requests answer UNAVAILABLE until it is back", cause.getMessage());
        }
    }

    boolean up() {
        return downSince.get() == null;
    }
}
