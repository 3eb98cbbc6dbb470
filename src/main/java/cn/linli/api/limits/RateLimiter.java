package cn.linli.api.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Token buckets of query cost, one per client, in a bounded map: a client that spends its budget is
 * refused until the bucket refills. Clients are opaque keys (a hash of the API key, or the address).
 */
@Component
public class RateLimiter {

    /** GraphQL context key holding the client's key; requests without one are not limited. */
    public static final String CLIENT = "linli.rate-limit.client";
    /** GraphQL context key where the budget after this request is left for the response extensions. */
    static final String BUDGET = "linli.rate-limit.budget";

    private final RateLimitSettings settings;
    private final LongSupplier nanoTime;
    private final Cache<String, Bucket> buckets;

    @Autowired
    public RateLimiter(RateLimitSettings settings) {
        this(settings, System::nanoTime);
    }

    RateLimiter(RateLimitSettings settings, LongSupplier nanoTime) {
        this.settings = settings;
        this.nanoTime = nanoTime;
        // A bucket idle for longer than a full refill is full again: forgetting it changes nothing.
        this.buckets = Caffeine.newBuilder()
                .maximumSize(settings.maxClients())
                .expireAfterAccess(Duration.ofSeconds(secondsToRefill(settings.instanceCapacity()) + 1))
                .build();
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** Spends {@code cost} from the client's bucket if it holds that much; the budget left either way. */
    public Outcome spend(String client, long cost) {
        return buckets.get(client, key -> new Bucket(settings.instanceCapacity(), nanoTime.getAsLong()))
                .spend(cost);
    }

    private long secondsToRefill(double missing) {
        return (long) Math.ceil(missing / settings.instanceRefillPerSecond());
    }

    /** Whether the request may run, and what the client has left afterwards. */
    public record Outcome(boolean allowed, Budget budget) {}

    /** What {@code extensions.rateLimit} reports: cost left, bucket size, seconds until full again. */
    public record Budget(long remaining, long limit, long resetSeconds) {
        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("remaining", remaining);
            map.put("limit", limit);
            map.put("resetSeconds", resetSeconds);
            return map;
        }
    }

    private final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized Outcome spend(long cost) {
            long now = nanoTime.getAsLong();
            tokens = Math.min(
                    settings.instanceCapacity(), tokens + (now - updated) / 1e9 * settings.instanceRefillPerSecond());
            updated = now;
            boolean allowed = cost <= tokens;
            if (allowed) {
                tokens -= cost;
            }
            long remaining = (long) Math.floor(tokens);
            return new Outcome(
                    allowed,
                    new Budget(
                            remaining,
                            settings.instanceCapacity(),
                            secondsToRefill(settings.instanceCapacity() - tokens)));
        }
    }
}
