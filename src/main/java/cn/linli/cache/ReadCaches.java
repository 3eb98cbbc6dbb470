package cn.linli.cache;

import cn.linli.graph.Cypher;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Caffeine caches of hot reads, one per {@link CacheRegion}, bounded in size and age, with hit and miss
 * counts as the Micrometer metrics {@code cache.gets{cache=linli.<region>,result=hit|miss}}.
 *
 * <p>Why a generation per region, kept in the graph: every write that makes a region stale increments the
 * region's {@code (:CacheGeneration {region})} counter <em>inside its own transaction</em>, and every cached
 * read first asks the database for the region's current generation (one tiny index lookup) and keys its entry
 * by it. So any number of Linli instances against one Neo4j agree: a write committed through one instance
 * changes the generation every instance reads next, and no instance serves an entry stored under an older one.
 * A read that began before a commit can only store its (possibly old) answer under the old generation, which
 * no later read asks for.
 */
@Component
public class ReadCaches implements AutoCloseable {

    static final String READ_GENERATION = "MATCH (g:CacheGeneration {region: $region}) RETURN g.n AS n";

    static final String BUMP_GENERATIONS = """
            UNWIND $regions AS region
            MERGE (g:CacheGeneration {region: region})
            SET g.n = coalesce(g.n, 0) + 1""";

    /** {@code name} tells apart the reads that share a region (e.g. resources and projects). */
    private record Key(long generation, String name, Object key) {}

    private final Cypher cypher;
    private final Map<CacheRegion, Cache<Key, Object>> caches = new EnumMap<>(CacheRegion.class);
    /** The newest generation this instance has seen per region: older entries are dropped when it moves. */
    private final Map<CacheRegion, AtomicLong> seen = new EnumMap<>(CacheRegion.class);
    /** Polls the generations of regions that are not asked on every read (see {@link CacheRegion#recheckAfter()}). */
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "linli-cache-generations");
        thread.setDaemon(true);
        return thread;
    });

    public ReadCaches(Cypher cypher, CacheSettings settings, MeterRegistry meters) {
        this.cypher = cypher;
        for (CacheRegion region : CacheRegion.values()) {
            Cache<Key, Object> cache = Caffeine.newBuilder()
                    .maximumSize(settings.maxSize())
                    .expireAfterWrite(settings.expireAfter())
                    .recordStats()
                    .build();
            CaffeineCacheMetrics.monitor(meters, cache, "linli." + region.name().toLowerCase(Locale.ROOT));
            caches.put(region, cache);
            seen.put(region, new AtomicLong(-1));
            if (!region.recheckAfter().isZero()) {
                long every = region.recheckAfter().toMillis();
                poller.scheduleWithFixedDelay(() -> poll(region), every, every, TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Stops polling (Spring calls it on shutdown). */
    @Override
    public void close() {
        poller.shutdownNow();
    }

    /** The cached answer of read {@code name} for {@code key}, or {@code load}'s, stored for the next read. */
    @SuppressWarnings("unchecked")
    public <V> V get(CacheRegion region, String name, Object key, Supplier<V> load) {
        return (V) caches.get(region).get(new Key(generation(region), name, key), k -> load.get());
    }

    /** Cached answers of read {@code name} for {@code keys}; the missing ones are loaded together by {@code load}. */
    @SuppressWarnings("unchecked")
    public <K, V> Map<K, V> getAll(CacheRegion region, String name, Set<K> keys, Function<Set<K>, Map<K, V>> load) {
        long generation = generation(region);
        Cache<Key, Object> cache = caches.get(region);
        Map<K, Key> wrapped = new LinkedHashMap<>();
        keys.forEach(k -> wrapped.put(k, new Key(generation, name, k)));
        Map<Key, Object> present = cache.getAllPresent(wrapped.values());
        Map<K, V> result = new HashMap<>();
        Set<K> missing = new HashSet<>();
        wrapped.forEach((k, w) -> {
            Object value = present.get(w);
            if (value == null) {
                missing.add(k);
            } else {
                result.put(k, (V) value);
            }
        });
        if (!missing.isEmpty()) {
            Map<K, V> loaded = load.apply(missing);
            loaded.forEach((k, v) -> {
                if (v != null) {
                    cache.put(wrapped.get(k), v);
                }
            });
            result.putAll(loaded);
        }
        return result;
    }

    /**
     * Inside a write's transaction: the regions get a new generation when (and only when) the write commits,
     * on every instance at once.
     */
    public void evict(Cypher.Transaction tx, Set<CacheRegion> regions) {
        if (!regions.isEmpty()) {
            tx.update(BUMP_GENERATIONS, Map.of("regions", names(regions)));
        }
    }

    /** In a transaction of its own, for work that is not one transaction (a seed import): after it, nothing older is served. */
    public void evict(Set<CacheRegion> regions) {
        if (!regions.isEmpty()) {
            cypher.write(tx -> {
                evict(tx, regions);
                return null;
            });
            // after the commit this instance reads every region's generation anew, also the polled ones
            regions.forEach(region -> seen.get(region).set(-1));
        }
    }

    private static List<String> names(Set<CacheRegion> regions) {
        return regions.stream().map(CacheRegion::name).sorted().toList();
    }

    private long generation(CacheRegion region) {
        long known = seen.get(region).get();
        if (known >= 0 && !region.recheckAfter().isZero()) {
            return known; // kept current by the poller
        }
        return advance(region, cypher.read(READ_GENERATION, Map.of("region", region.name())));
    }

    private void poll(CacheRegion region) {
        try {
            advance(region, cypher.readOnTimer(READ_GENERATION, Map.of("region", region.name())));
        } catch (RuntimeException unreachable) {
            // graph.Reachability has logged the outage; the next poll tries again
        }
    }

    private long advance(CacheRegion region, List<org.neo4j.driver.Record> found) {
        long current = found.isEmpty() ? 0 : found.get(0).get("n").asLong(0);
        long previous = seen.get(region).getAndAccumulate(current, Math::max);
        if (current > previous && previous >= 0) {
            // Entries of older generations can never be asked for again: free their memory now.
            caches.get(region).invalidateAll();
        }
        return Math.max(current, previous);
    }
}
