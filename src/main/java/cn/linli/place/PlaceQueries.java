package cn.linli.place;

import cn.linli.api.paging.BatchedPages;
import cn.linli.api.paging.Connection;
import cn.linli.api.paging.KeyType;
import cn.linli.api.paging.ListOrder;
import cn.linli.api.paging.ListQuery;
import cn.linli.api.paging.PageKey;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.SortKey;
import cn.linli.cache.CacheRegion;
import cn.linli.cache.ReadCaches;
import cn.linli.graph.Cypher;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.neo4j.driver.Record;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The Cypher of the place hierarchy, and the batch loaders that run it for a whole level of a GraphQL answer. */
@Component
public class PlaceQueries {

    private static final String CHILDREN_LOADER = "Place.children";

    /** Children by code: {@code list} names the field ({@code District.towns}), whose cursors are its own. */
    static ListOrder childrenByCode(String list) {
        return ListOrder.of(list, "CODE", SortKey.ascending("child.code", KeyType.STRING));
    }

    /** {@code places}: by code within the level. */
    static final ListOrder PLACES_BY_CODE =
            ListOrder.of("Query.places", "CODE", SortKey.ascending("p.code", KeyType.STRING));

    private static final String BOUNDARY_LOADER = "Place.boundary";

    private static final String SUMS_LOADER = "Place.sums";

    /** The children of the place {@code parentPlace} ($kind): the batch query's and the translation's. */
    static final String CHILDREN_OF = """
            MATCH (child:Place)-[:PART_OF]->(parentPlace)
            WHERE $kind IS NULL OR child.kind = $kind""";

    /** Children of many parents, one page each ($parents, $kind; a page of {@link #childrenByCode}). */
    static final String CHILDREN = ListQuery.collectedPerParent("""
            MATCH (parentPlace:Place {code: parent})
            CALL (parentPlace) {""", CHILDREN_OF, "child", "child" + Place.FIELDS);

    static final String BY_CODES = "MATCH (p:Place) WHERE p.code IN $codes RETURN p" + Place.FIELDS + " AS p";

    static final String BOUNDARIES =
            "MATCH (p:Place) WHERE p.code IN $codes AND p.boundary IS NOT NULL RETURN p.code AS code, p.boundary AS wkt";

    /**
     * A page of one level ($level, the subtree [$prefix, $beyond), $kind; {@link #PLACES_BY_CODE}), ordered like the
     * (level, code) index: the cursor's code narrows the index seek, so a page deep in the level reads no more than
     * the first. The level's count comes in the same round trip, from a pass of its own (not {@link
     * ListQuery#collected}: the page stops after {@code $fetch} index entries, and a level may hold 300 000 grids).
     */
    static final String PLACES = """
            CALL () {
                MATCH (p:Place)
                WHERE p.level = $level AND p.code >= $prefix AND p.code < $beyond AND ($kind IS NULL OR p.kind = $kind)
                  AND {keyset}
                WITH p ORDER BY p.level, {orderBy} LIMIT $fetch
                RETURN collect(p%1$s) AS page, collect({sortKey}) AS keys
            }
            CALL () {
                MATCH (p:Place)
                WHERE p.level = $level AND p.code >= $prefix AND p.code < $beyond AND ($kind IS NULL OR p.kind = $kind)
                RETURN count(p) AS total
            }
            RETURN total, page, keys""".formatted(Place.FIELDS);

    /**
     * The figures of {@link PlaceCounts} in Cypher, over {@code node}: the map {@code {code, prefix}} of a place's code
     * and {@link Place#subtreePrefix}. The batch queries' columns and the translation's values ({@link PlaceFields}).
     * Each level is counted from the (level, code) index, a prefix range of it, and communities and villages from the
     * (level, kind, code) index, so that no count reads a node; reading every place of the subtree instead made the
     * city's uncached counts cost 3.7 times the floor's CPU at the seed, 7 times at 20x. Only grids carry base data,
     * so households and residents are the grids' sums (a grid's own included, its prefix being its code), read only
     * when asked.
     */
    static final Map<String, String> FIGURES = Map.of(
            "districts", countUnder("DISTRICT", ""),
            "towns", countUnder("TOWN", ""),
            "communities", countUnder("COMMUNITY", " AND n.kind = 'COMMUNITY'"),
            "villages", countUnder("COMMUNITY", " AND n.kind = 'VILLAGE'"),
            "grids", countUnder("GRID", ""),
            "providers", "COUNT { MATCH (p:Provider) WHERE p.placeCode STARTS WITH node.prefix }",
            "households", gridSum("households"),
            "population", gridSum("population"));

    /** Counts of many subtrees at once ($places: list of {code, prefix}): a place counts its descendants. */
    static final String COUNTS = "UNWIND $places AS node\nRETURN node.code AS code"
            + columns(List.of("districts", "towns", "communities", "villages", "grids", "providers"));

    /** Households and residents of many subtrees ($places as in {@link #COUNTS}). */
    static final String SUMS =
            "UNWIND $places AS node\nRETURN node.code AS code" + columns(List.of("households", "population"));

    private static String countUnder(String level, String condition) {
        return "COUNT { MATCH (n:Place) WHERE n.level = '%s' AND n.code STARTS WITH node.prefix AND n.code <> node.code%s }"
                .formatted(level, condition);
    }

    /** A sum over the grids of the subtree (Cypher's COLLECT subquery cannot aggregate over an outer variable). */
    private static String gridSum(String property) {
        return ("reduce(total = 0, value IN COLLECT { MATCH (n:Place) WHERE n.level = 'GRID' AND n.code STARTS WITH"
                        + " node.prefix RETURN coalesce(n.%s, 0) } | total + value)")
                .formatted(property);
    }

    private static String columns(List<String> figures) {
        return figures.stream()
                .map(figure -> ",\n       " + FIGURES.get(figure) + " AS " + figure)
                .collect(Collectors.joining());
    }

    private final Cypher cypher;
    private final ReadCaches caches;
    private final BatchedPages<Place> children;

    PlaceQueries(Cypher cypher, BatchLoaderRegistry registry, ReadCaches caches) {
        this.cypher = cypher;
        this.caches = caches;
        // The place tree changes only with an import: its pages are kept in the PLACES region.
        this.children = BatchedPages.register(
                registry,
                CHILDREN_LOADER,
                keys -> caches.getAll(
                        CacheRegion.PLACES,
                        CHILDREN_LOADER,
                        keys,
                        missing -> BatchedPages.load(cypher::read, CHILDREN, Place::from, missing)));
        registry.<String, String>forName(BOUNDARY_LOADER)
                .registerMappedBatchLoader((codes, env) -> Mono.fromCallable(() -> boundaries(codes)));
        registry.<String, GridSums>forName(SUMS_LOADER)
                .registerMappedBatchLoader((codes, env) ->
                        Mono.fromCallable(() -> caches.getAll(CacheRegion.COUNTS, SUMS_LOADER, codes, this::sums)));
    }

    /** A page of a place's children (filter {@code kind}), batched with the other parents of the same level. */
    CompletableFuture<Connection<Place>> children(DataFetchingEnvironment env, PageKey key) {
        return children.load(env, key);
    }

    /** A place's boundary (WKT, WGS-84; null without one), batched with the other places of the same level. */
    CompletableFuture<String> boundary(DataFetchingEnvironment env, String code) {
        DataLoader<String, String> boundaries = env.getDataLoader(BOUNDARY_LOADER);
        return boundaries.load(code);
    }

    public Optional<Place> byCode(String code) {
        return byCodes(List.of(code)).stream().findFirst();
    }

    /**
     * The places of {@code codes} that exist, in that order. Kept in the PLACES region like the children pages (places
     * change only with an import): a grid's detail, its ancestors or a place argument cost no round trip once read.
     */
    public List<Place> byCodes(List<String> codes) {
        Map<String, Place> found = caches.getAll(CacheRegion.PLACES, "Place.byCode", Set.copyOf(codes), this::read);
        return codes.stream()
                .distinct()
                .map(found::get)
                .filter(Objects::nonNull)
                .toList();
    }

    private Map<String, Place> read(Set<String> codes) {
        Map<String, Place> found = new HashMap<>();
        for (Record row : cypher.read(BY_CODES, Map.of("codes", List.copyOf(codes)))) {
            Place place = Place.from(row.get("p"));
            found.put(place.code(), place);
        }
        return found;
    }

    /** Boundaries (WKT, WGS-84) of the places that have one. */
    public Map<String, String> boundaries(java.util.Collection<String> codes) {
        Map<String, String> result = new HashMap<>();
        cypher.read(BOUNDARIES, Map.of("codes", List.copyOf(codes)))
                .forEach(r -> result.put(r.get("code").asString(), r.get("wkt").asString()));
        return result;
    }

    public Connection<Place> places(PlaceLevel level, String within, String kind, PageRequest page) {
        Map<String, Object> params = new HashMap<>(page.parameters());
        params.put("level", level.name());
        // Every code starts with "": one query shape, always answered by the (level, code) index.
        String prefix = within == null ? "" : Place.subtreePrefix(within);
        params.put("prefix", prefix);
        params.put("beyond", Place.subtreeEnd(prefix));
        params.put("kind", kind);
        return page.connection(cypher.read(page.cypher(PLACES), params).get(0), Place::from);
    }

    public Map<String, PlaceCounts> counts(java.util.Collection<String> codes) {
        Map<String, PlaceCounts> counts = new HashMap<>();
        for (Record r : cypher.read(COUNTS, subtrees(codes))) {
            String code = r.get("code").asString();
            counts.put(
                    code,
                    new PlaceCounts(
                            code,
                            r.get("districts").asInt(),
                            r.get("towns").asInt(),
                            r.get("communities").asInt(),
                            r.get("villages").asInt(),
                            r.get("grids").asInt(),
                            r.get("providers").asInt()));
        }
        return counts;
    }

    /** The households and residents of a place's subtree, batched with the other places of the same level. */
    CompletableFuture<GridSums> sums(DataFetchingEnvironment env, String code) {
        DataLoader<String, GridSums> sums = env.getDataLoader(SUMS_LOADER);
        return sums.load(code);
    }

    private Map<String, GridSums> sums(Set<String> codes) {
        Map<String, GridSums> sums = new HashMap<>();
        for (Record r : cypher.read(SUMS, subtrees(codes))) {
            sums.put(
                    r.get("code").asString(),
                    new GridSums(
                            r.get("households").asLong(), r.get("population").asLong()));
        }
        return sums;
    }

    private static Map<String, Object> subtrees(java.util.Collection<String> codes) {
        return Map.of(
                "places",
                codes.stream()
                        .map(code -> Map.<String, Object>of("code", code, "prefix", Place.subtreePrefix(code)))
                        .toList());
    }

    /** The counts of a place's subtree ({@code code} is the place's, for the sums asked of it). */
    public record PlaceCounts(
            String code, int districts, int towns, int communities, int villages, int grids, int providers) {}

    /** The grids' base data summed over a subtree. */
    public record GridSums(long households, long population) {}
}
