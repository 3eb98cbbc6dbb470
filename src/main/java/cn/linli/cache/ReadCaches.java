package cn.linli.cache;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Caffeine caches of hot reads, one per {@link CacheRegion}, bounded in size and age, with hit and miss
 * counts as the Micrometer metrics {@code cache.gets{cache=linli.<region>,result=hit|miss}}.
 *
 * <p>Why a generation per region: a write bumps its regions' generation after it commits, and every key is
 * stored with the generation that was current when its read began. A read that started before the commit
 * can only store its (possibly old) answer under the old generation, which no later read asks for, so a
 * read that begins after a write returns never sees data from before it.
 */
@Component
public class ReadCaches {

    /** {@code name} tells apart the reads that share a region (e.g. resources and projects). */
    private record Key(long generation, String name, Object key) {
    }

    private final Map<CacheRegion, Cache<Key, Object>> caches = new EnumMap<>(CacheRegion.class);
    private final Map<CacheRegion, AtomicLong> generations = new EnumMap<>(CacheRegion.class);

    public ReadCaches(CacheSettings settings, MeterRegistry meters) {
        for (CacheRegion region : CacheRegion.values()) {
            Cache<Key, Object> cache = Caffeine.newBuilder()
                    .maximumSize(settings.maxSize())
                    .expireAfterWrite(settings.expireAfter())
                    .recordStats()
                    .build();
            CaffeineCacheMetrics.monitor(meters, cache, "linli." + region.name().toLowerCase(Locale.ROOT));
            caches.put(region, cache);
            generations.put(region, new AtomicLong());
        }
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

    /** Called after a write has committed: later reads of these regions go to the database. */
    public void evict(Set<CacheRegion> regions) {
        for (CacheRegion region : regions) {
            generations.get(region).incrementAndGet();
            caches.get(region).invalidateAll();
        }
    }

    private long generation(CacheRegion region) {
        return generations.get(region).get();
    }
}
