package cn.linli.seed;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dir           folder holding the seed CSV files
 * @param onStart       at start-up, import the seed unless the graph records it imported (DONE), resuming an import
 *                      that was cut short; false: start on whatever the graph holds
 * @param batchSize     rows per UNWIND batch
 * @param timeout       bound of one file's import transaction (a whole file is written at once, so it may take
 *                      longer than {@code linli.neo4j.query-timeout} on a busy machine)
 * @param takeoverAfter with an external database shared by several instances: how old another instance's import
 *                      heartbeat must be before this one presumes it dead and takes the import over (the heartbeat is
 *                      renewed every sixth of this); with the embedded database an unfinished import is taken over at once
 * @param retryAfter    the retry hint given to clients refused while the import runs
 */
@ConfigurationProperties("linli.seed")
public record SeedSettings(
        @DefaultValue("seed") String dir,
        @DefaultValue("true") boolean onStart,
        @DefaultValue("1000") int batchSize,
        @DefaultValue("30m") Duration timeout,
        @DefaultValue("60s") Duration takeoverAfter,
        @DefaultValue("10s") Duration retryAfter) {

    /** The retry hint in whole seconds, at least 1 (HTTP Retry-After has no fractions). */
    long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }
}
