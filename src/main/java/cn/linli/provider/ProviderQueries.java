package cn.linli.provider;

import cn.linli.api.paging.BatchedPages;
import cn.linli.api.paging.Connection;
import cn.linli.api.paging.KeyType;
import cn.linli.api.paging.ListOrder;
import cn.linli.api.paging.ListQuery;
import cn.linli.api.paging.PageKey;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.SortKey;
import cn.linli.graph.Cypher;
import cn.linli.place.Place;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * The Cypher of who serves whom. Batched queries take $parents and return parent, total, page, keys; each is registered
 * as a batch loader ({@link BatchedPages}), so one query answers a whole level of a GraphQL answer.
 */
@Component
public class ProviderQueries {

    /** Providers located under the subtree prefix {@code parent} ($kinds): the batch query's and the translation's. */
    static final String LOCATED_UNDER_PREFIX = """
            MATCH (p:Provider)
            WHERE p.placeCode STARTS WITH parent AND ($kinds IS NULL OR p.kind IN $kinds)""";

    /** Providers located under places ($parents are subtree prefixes), by name ({@link #PROVIDERS}). */
    static final String LOCATED_UNDER =
            ListQuery.collectedPerParent("CALL (parent) {", LOCATED_UNDER_PREFIX, "p", "p" + Provider.FIELDS);

    /** Providers serving the grid {@code g} directly ($kinds), with their distance to it. */
    static final String SERVING_THE_GRID = """
            MATCH (p:Provider)-[:SERVES]->(g) WHERE $kinds IS NULL OR p.kind IN $kinds
            WITH p, point.distance(p.location, g.location) AS distance""";

    /** Providers serving grids directly, nearest to the grid first ({@link #GRID_SERVED_BY}). */
    static final String SERVING_GRID =
            ListQuery.collectedPerParent("""
            MATCH (g:Place:Grid {code: parent})
            CALL (g) {""", SERVING_THE_GRID, "p, distance", "p" + Provider.FIELDS);

    /** Providers serving the community {@code c} or any of its grids ($kinds), with their distance to it. */
    static final String SERVING_THE_COMMUNITY = """
            UNWIND [c] + [(grid:Grid)-[:PART_OF]->(c) | grid] AS target
            MATCH (p:Provider)-[:SERVES]->(target)
            WHERE $kinds IS NULL OR p.kind IN $kinds
            WITH DISTINCT p, point.distance(p.location, c.location) AS distance""";

    /** Providers serving a community or any of its grids, nearest to the community first ({@link #COMMUNITY_SERVED_BY}). */
    static final String SERVING_COMMUNITY =
            ListQuery.collectedPerParent("""
            MATCH (c:Place:Community {code: parent})
            CALL (c) {""", SERVING_THE_COMMUNITY, "p, distance", "p" + Provider.FIELDS);

    /** Places a provider serves, by code. */
    static final String SERVED_PLACES = ListQuery.collectedPerParent("CALL (parent) {", """
            MATCH (:Provider {id: parent})-[:SERVES]->(x:Place)
            WHERE $level IS NULL OR x.level = $level""", "x", "x" + Place.FIELDS);

    /** Service items the provider {@code provider} offers ($category). */
    static final String OFFERED_BY = """
            MATCH (provider)-[:OFFERS]->(s:ServiceItem)
            WHERE $category IS NULL OR s.category = $category""";

    /** Service items a provider offers, by id. */
    static final String SERVICE_ITEMS = ListQuery.collectedPerParent("""
            MATCH (provider:Provider {id: parent})
            CALL (provider) {""", OFFERED_BY, "s", "s" + ServiceItem.FIELDS);

    /** Providers by name, the id deciding between namesakes. */
    static final ListOrder PROVIDERS = byName("Query.providers");

    static final ListOrder PLACE_PROVIDERS = byName("Place.providers");
    /** Providers by their distance to the place served, the id deciding between equals. */
    static final ListOrder GRID_SERVED_BY = nearest("Grid.servedBy");

    static final ListOrder COMMUNITY_SERVED_BY = nearest("Community.servedBy");
    static final ListOrder SERVES =
            ListOrder.of("Provider.serves", "CODE", SortKey.ascending("x.code", KeyType.STRING));
    static final ListOrder OFFERED_ITEMS =
            ListOrder.of("Provider.serviceItems", "ID", SortKey.ascending("s.id", KeyType.STRING));

    private static ListOrder byName(String list) {
        return ListOrder.of(
                list, "NAME", SortKey.ascending("p.name", KeyType.STRING), SortKey.ascending("p.id", KeyType.STRING));
    }

    private static ListOrder nearest(String list) {
        return ListOrder.of(
                list,
                "DISTANCE",
                SortKey.ascending("distance", KeyType.FLOAT),
                SortKey.ascending("p.id", KeyType.STRING));
    }

    static final String BY_KEYS = "MATCH (p:Provider) WHERE p.id IN $keys RETURN p" + Provider.FIELDS + " AS p";

    static final String ITEM_BY_KEY = "MATCH (s:ServiceItem {id: $key}) RETURN s" + ServiceItem.FIELDS + " AS s";

    private final Cypher cypher;
    private final BatchedPages<Provider> locatedUnder;
    private final BatchedPages<Provider> servingGrid;
    private final BatchedPages<Provider> servingCommunity;
    private final BatchedPages<Place> servedPlaces;
    private final BatchedPages<ServiceItem> serviceItems;

    ProviderQueries(Cypher cypher, BatchLoaderRegistry registry) {
        this.cypher = cypher;
        this.locatedUnder =
                BatchedPages.register(registry, "Place.providers", cypher::read, LOCATED_UNDER, Provider::from);
        this.servingGrid = BatchedPages.register(registry, "Grid.servedBy", cypher::read, SERVING_GRID, Provider::from);
        this.servingCommunity =
                BatchedPages.register(registry, "Community.servedBy", cypher::read, SERVING_COMMUNITY, Provider::from);
        this.servedPlaces =
                BatchedPages.register(registry, "Provider.serves", cypher::read, SERVED_PLACES, Place::from);
        this.serviceItems = BatchedPages.register(
                registry, "Provider.serviceItems", cypher::read, SERVICE_ITEMS, ServiceItem::from);
    }

    /** Providers located under places; the key's parent is a subtree prefix, its filter {@code kinds}. */
    CompletableFuture<Connection<Provider>> locatedUnder(DataFetchingEnvironment env, PageKey key) {
        return locatedUnder.load(env, key);
    }

    /** Providers serving a grid (filter {@code kinds}). */
    CompletableFuture<Connection<Provider>> servingGrid(DataFetchingEnvironment env, PageKey key) {
        return servingGrid.load(env, key);
    }

    /** Providers serving a community or any of its grids (filter {@code kinds}). */
    CompletableFuture<Connection<Provider>> servingCommunity(DataFetchingEnvironment env, PageKey key) {
        return servingCommunity.load(env, key);
    }

    /** Places a provider serves (filter {@code level}). */
    CompletableFuture<Connection<Place>> servedPlaces(DataFetchingEnvironment env, PageKey key) {
        return servedPlaces.load(env, key);
    }

    /** Service items a provider offers (filter {@code category}). */
    CompletableFuture<Connection<ServiceItem>> serviceItems(DataFetchingEnvironment env, PageKey key) {
        return serviceItems.load(env, key);
    }

    public List<Provider> byKeys(List<String> keys) {
        return cypher.read(BY_KEYS, Map.of("keys", keys)).stream()
                .map(r -> Provider.from(r.get("p")))
                .toList();
    }

    public List<ServiceItem> itemByKey(String key) {
        return cypher.read(ITEM_BY_KEY, Map.of("key", key)).stream()
                .map(r -> ServiceItem.from(r.get("s")))
                .toList();
    }

    /** Top-level list: providers of some kinds under a place (or anywhere). */
    public Connection<Provider> providers(List<String> kinds, String within, PageRequest page) {
        Map<String, Object> params = new HashMap<>(page.parameters());
        params.put("parents", List.of(prefixOf(within)));
        params.put("kinds", kinds);
        return page.connection(cypher.read(page.cypher(LOCATED_UNDER), params).get(0), Provider::from);
    }

    /** The subtree prefix of {@code within} for {@link #LOCATED_UNDER_PREFIX}: every code starts with "" when none. */
    static String prefixOf(String within) {
        return within == null ? "" : Place.subtreePrefix(within);
    }
}
