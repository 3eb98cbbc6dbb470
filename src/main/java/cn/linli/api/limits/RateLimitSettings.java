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
 * @param instances       Linli instances sharing the traffic behind one load balancer: each keeps its own buckets
 *                        (no shared state on the hot path) holding {@code capacity / instances} and refilling at
 *                        {@code refillPerSecond / instances}, so that a client spread over all instances gets the
 *                        configured budget in total (docs/OPERATIONS.md, "Several instances")
 */
@ConfigurationProperties("linli.rate-limit")
public record RateLimitSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("200000") long capacity,
        @DefaultValue("5000") long refillPerSecond,
        @DefaultValue("100000") long maxClients,
        @DefaultValue("1") int instances) {

    public RateLimitSettings {
        if (instances < 1) {
            throw new IllegalArgumentException("linli.rate-limit.instances must be at least 1 (got " + instances + ")");
        }
    }

    /** This instance's share of the bucket. */
    public long instanceCapacity() {
        return Math.max(1, capacity / instances);
    }

    /** This instance's share of the refill. */
    public double instanceRefillPerSecond() {
        return (double) refillPerSecond / instances;
    }
}
