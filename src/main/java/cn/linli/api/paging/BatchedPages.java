package cn.linli.api.paging;

import graphql.schema.DataFetchingEnvironment;
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
import reactor.core.publisher.Mono;

/**
 * Pages of a child list for many parents at once, so that a page of N parents with their children
 * costs one query per distinct (page, filter), not one per parent.
 *
 * <p>The query receives {@code $parents} (keys), the page's parameters ({@code $fetch} and the cursor's key values,
 * {@link PageRequest#parameters}) and the filter's, with the page's condition, order and sort key written into its
 * text ({@link PageRequest#cypher}); it returns one row per parent with columns {@code parent}, {@code total},
 * {@code page} (a list of at most {@code $fetch} values) and {@code keys} (the sort key of each).
 *
 * <p>A feature's query class registers its lists here and passes its way to the database ({@code Cypher::read})
 * as a {@link Reader}: paging is below the features and the database door alike, and depends on neither.
 */
public final class BatchedPages<T> {

    /** Runs one read query with its parameters. */
    @FunctionalInterface
    public interface Reader {
        List<Record> read(String query, Map<String, Object> params);
    }

    private final String name;

    private BatchedPages(String name) {
        this.name = name;
    }

    /** Registers a batch loader named {@code name} that runs {@code query} and maps each page value. */
    public static <T> BatchedPages<T> register(
            BatchLoaderRegistry registry, String name, Reader reader, String query, Function<Value, T> mapper) {
        return register(registry, name, keys -> load(reader, query, mapper, keys));
    }

    /** Registers a batch loader named {@code name} that loads the pages of all keys it is given with {@code loader}. */
    public static <T> BatchedPages<T> register(
            BatchLoaderRegistry registry, String name, Function<Set<PageKey>, Map<PageKey, Connection<T>>> loader) {
        registry.<PageKey, Connection<T>>forName(name)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> loader.apply(keys)));
        return new BatchedPages<>(name);
    }

    /** Queues the key; the page arrives once the whole level of the GraphQL result is batched. */
    public CompletableFuture<Connection<T>> load(DataFetchingEnvironment env, PageKey key) {
        DataLoader<PageKey, Connection<T>> loader = env.getDataLoader(name);
        return loader.load(key);
    }

    /** The pages of {@code keys}: one run of {@code query} per distinct page and filter, for all their parents. */
    public static <T> Map<PageKey, Connection<T>> load(
            Reader reader, String query, Function<Value, T> mapper, Set<PageKey> keys) {
        Map<PageKey, Connection<T>> result = new HashMap<>();
        Map<List<Object>, List<PageKey>> groups = keys.stream()
                .collect(Collectors.groupingBy(
                        k -> List.of(k.page(), k.filter()), LinkedHashMap::new, Collectors.toList()));
        for (List<PageKey> group : groups.values()) {
            PageRequest page = group.get(0).page();
            Map<String, Object> params = new HashMap<>(group.get(0).filter());
            params.putAll(page.parameters());
            params.put("parents", group.stream().map(PageKey::parent).distinct().toList());
            Map<String, Connection<T>> byParent = new HashMap<>();
            for (Record row : reader.read(page.cypher(query), params)) {
                byParent.put(row.get("parent").asString(), page.connection(row, mapper));
            }
            group.forEach(key -> result.put(key, byParent.getOrDefault(key.parent(), Connection.empty())));
        }
        return result;
    }
}
