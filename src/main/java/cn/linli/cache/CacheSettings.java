package cn.linli.cache;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the read caches (each region separately).
 *
 * @param maxSize    entries kept per region
 * @param expireAfter how long an entry lives after it was written, whatever the writes
 */
@ConfigurationProperties("linli.cache")
public record CacheSettings(
        @DefaultValue("10000") long maxSize,
        @DefaultValue("10m") Duration expireAfter) {}
