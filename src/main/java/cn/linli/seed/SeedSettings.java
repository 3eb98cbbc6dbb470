package cn.linli.seed;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dir        folder holding the seed CSV files
 * @param onStart    import the seed at start-up when the graph holds no places yet
 * @param batchSize  rows per UNWIND batch
 * @param transactionTimeout upper bound of one file's transaction (larger graphs take minutes per file)
 */
@ConfigurationProperties("linli.seed")
public record SeedSettings(
        @DefaultValue("seed") String dir,
        @DefaultValue("true") boolean onStart,
        @DefaultValue("1000") int batchSize,
        @DefaultValue("30m") Duration transactionTimeout) {
}
