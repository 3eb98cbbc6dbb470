package cn.linli.api.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cost budget per client (an API key, else the client address) over HTTP. Each request spends its
 * query cost (see {@link LimitSettings#maxCost()}) from a bucket refilled continuously.
 *
 * @param enabled         off: no budget is kept or reported
 * @param capacity        the full bucket: cost a client may spend in a burst
 * @param refillPerSecond cost given back every second
 * @param maxClients      buckets kept at most (least recently used are dropped; a dropped client starts full)
 */
@ConfigurationProperties("linli.rate-limit")
public record RateLimitSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("200000") long capacity,
        @DefaultValue("5000") long refillPerSecond,
        @DefaultValue("100000") long maxClients) {
}
