package cn.linli.api.paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.graphql.execution.BatchLoaderRegistry;

import cn.linli.cache.CacheRegion;
import cn.linli.cache.ReadCaches;
import cn.linli.graph.Cypher;
import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Mono;

/**
 * Pages of a child list for many parents at once, so that a page of N parents with their children
 * costs one query per distinct (page, filter), not one per parent.
 *
 * <p>The query receives {@code $parents} (keys), {@code $offset}, {@code $fetch} and the filter's
 * parameters, and returns one row per parent with columns {@code parent}, {@code total} and
 * {@code page} (a list of at most {@code $fetch} values).
 */
public final class BatchedPages<T> {

    private final String name;

    private BatchedPages(String name) {
        this.name = name;
    }

    /** Registers a batch loader named {@code name} that runs {@code query} and maps each page value. */
    public static <T> BatchedPages<T> register(BatchLoaderRegistry registry, String name, Cypher cypher,
            String query, Function<Value, T> mapper) {
        registry.<PageKey, Connection<T>>forName(name)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(cypher, query, keys, mapper)));
        return new BatchedPages<>(name);
    }

    /**
     * Like {@link #register}, but pages are kept in {@code region} of the read caches: only the keys not
     * cached are loaded (still together).
     */
    public static <T> BatchedPages<T> registerCached(BatchLoaderRegistry registry, String name, Cypher cypher,
            String query, Function<Value, T> mapper, ReadCaches caches, CacheRegion region) {
        registry.<PageKey, Connection<T>>forName(name).registerMappedBatchLoader((keys, env) -> Mono.fromCallable(
                () -> caches.getAll(region, name, keys, missing -> load(cypher, query, missing, mapper))));
        return new BatchedPages<>(name);
    }

    /** Queues the key; the page arrives once the whole level of the GraphQL result is batched. */
    public CompletableFuture<Connection<T>> load(DataFetchingEnvironment env, PageKey key) {
        DataLoader<PageKey, Connection<T>> loader = env.getDataLoader(name);
        return loader.load(key);
    }

    private static <T> Map<PageKey, Connection<T>> load(Cypher cypher, String query, Set<PageKey> keys,
            Function<Value, T> mapper) {
        Map<PageKey, Connection<T>> result = new HashMap<>();
        Map<List<Object>, List<PageKey>> groups = keys.stream().collect(
                Collectors.groupingBy(k -> List.of(k.page(), k.filter()), LinkedHashMap::new, Collectors.toList()));
        for (List<PageKey> group : groups.values()) {
            PageKey first = group.get(0);
            Map<String, Object> params = new HashMap<>(first.filter());
            params.put("parents", group.stream().map(PageKey::parent).distinct().toList());
            params.put("offset", first.page().offset());
            params.put("fetch", first.page().fetchSize());
            Map<String, Connection<T>> byParent = new HashMap<>();
            for (Record row : cypher.read(query, params)) {
                List<T> fetched = new ArrayList<>(row.get("page").asList(mapper::apply));
                byParent.put(row.get("parent").asString(),
                        Connection.of(fetched, first.page(), row.get("total").asLong()));
            }
            group.forEach(key -> result.put(key, byParent.getOrDefault(key.parent(), Connection.empty())));
        }
        return result;
    }
}
