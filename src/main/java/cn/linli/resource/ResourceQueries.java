package cn.linli.resource;

import cn.linli.api.paging.BatchedPages;
import cn.linli.api.paging.Connection;
import cn.linli.api.paging.KeyType;
import cn.linli.api.paging.ListOrder;
import cn.linli.api.paging.ListQuery;
import cn.linli.api.paging.PageKey;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.SortKey;
import cn.linli.graph.Cypher;
import graphql.schema.DataFetchingEnvironment;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/** The Cypher of resources and their deployments; deployments are batch loaders ({@link BatchedPages}). */
@Component
public class ResourceQueries {

    /** Deployments to grids, newest first ({@link #GRID_DEPLOYMENTS}). */
    static final String DEPLOYMENTS_TO_GRID = ListQuery.collectedPerParent(
            """
            MATCH (g:Place:Grid {code: parent})
            CALL (g) {""", "MATCH (r:Resource)-[d:DEPLOYED_TO]->(g)", "r, d, g", Deployment.PROJECTION);

    /** The deployments of the resource {@code r}: the batch query's and the translation's. */
    static final String DEPLOYED = "MATCH (r)-[d:DEPLOYED_TO]->(g:Grid)";

    /** Deployments of resources to grids, latest since first ({@link #RESOURCE_DEPLOYMENTS}). */
    static final String DEPLOYMENTS_OF_RESOURCE =
            ListQuery.collectedPerParent("""
            MATCH (r:Resource {id: parent})
            CALL (r) {""", DEPLOYED, "r, d, g", Deployment.PROJECTION);

    static final ListOrder GRID_DEPLOYMENTS = ListOrder.of(
            "Grid.deployments",
            "NEWEST",
            SortKey.descending("d.since", KeyType.DATE),
            SortKey.ascending("r.id", KeyType.STRING));

    static final ListOrder RESOURCE_DEPLOYMENTS = ListOrder.of(
            "Resource.deployments",
            "NEWEST",
            SortKey.descending("d.since", KeyType.DATE),
            SortKey.ascending("g.code", KeyType.STRING));

    /** Which resources or projects ($type) match the filters. */
    private static final String MATCHED = """
            MATCH (r:Resource)
            WHERE r.type = $type AND ($category IS NULL OR r.category = $category)
              AND ($owner IS NULL OR r.ownerId = $owner) AND ($status IS NULL OR r.status = $status)
              AND (($prefix IS NULL AND $from IS NULL AND $to IS NULL) OR EXISTS {
                    MATCH (r)-[d:DEPLOYED_TO]->(g:Grid)
                    WHERE ($prefix IS NULL OR g.code STARTS WITH $prefix)
                      AND ($from IS NULL OR d.since >= $from) AND ($to IS NULL OR d.since <= $to) })""";

    /**
     * The resources or projects list in a {@link ResourceSort}. A resource never deployed sorts last: its first and
     * last deployment are taken as 9999-12-31 and 0001-01-01, beyond any date a deployment can have (1900–2999).
     */
    private static final String WITH_DEPLOYMENTS = MATCHED + """

            CALL (r) {
                OPTIONAL MATCH (r)-[d:DEPLOYED_TO]->(:Grid)
                RETURN coalesce(min(d.since), date('9999-12-31')) AS firstSince,
                       coalesce(max(d.since), date('0001-01-01')) AS lastSince
            }
            WITH r, firstSince, lastSince""";

    /** The rows of the list in {@code sort}: the batch query's and the translation's. */
    static String listed(ResourceSort sort) {
        return sort.byDeployments() ? WITH_DEPLOYMENTS : MATCHED;
    }

    /** {@link #listed}, one page and the count, in each sort. */
    private static final Map<ResourceSort, String> LISTS = Arrays.stream(ResourceSort.values())
            .collect(Collectors.toMap(
                    sort -> sort,
                    sort -> ListQuery.collected(listed(sort), sort.carried(), "r" + Resource.FIELDS),
                    (a, b) -> a,
                    () -> new EnumMap<>(ResourceSort.class)));

    static final String BY_KEYS = "MATCH (r:Resource) WHERE r.id IN $keys RETURN r" + Resource.FIELDS + " AS r";

    static final String DEPLOYMENT = """
            MATCH (r:Resource {id: $resource})-[d:DEPLOYED_TO]->(g:Grid {code: $grid})
            RETURN %s AS deployment""".formatted(Deployment.PROJECTION);

    private final Cypher cypher;
    private final BatchedPages<Deployment> deploymentsToGrid;
    private final BatchedPages<Deployment> deploymentsOfResource;

    ResourceQueries(Cypher cypher, BatchLoaderRegistry registry) {
        this.cypher = cypher;
        this.deploymentsToGrid = BatchedPages.register(
                registry, "Grid.deployments", cypher::read, DEPLOYMENTS_TO_GRID, Deployment::from);
        this.deploymentsOfResource = BatchedPages.register(
                registry, "Resource.deployments", cypher::read, DEPLOYMENTS_OF_RESOURCE, Deployment::from);
    }

    /** Deployments to a grid (the key's parent is its code). */
    CompletableFuture<Connection<Deployment>> deploymentsToGrid(DataFetchingEnvironment env, PageKey key) {
        return deploymentsToGrid.load(env, key);
    }

    /** Deployments of a resource (the key's parent is its key). */
    CompletableFuture<Connection<Deployment>> deploymentsOfResource(DataFetchingEnvironment env, PageKey key) {
        return deploymentsOfResource.load(env, key);
    }

    Connection<Resource> list(ResourceFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>(page.parameters());
        params.putAll(filter.parameters());
        String list = LISTS.get(ResourceSort.valueOf(page.order().order()));
        return page.connection(cypher.read(page.cypher(list), params).get(0), Resource::from);
    }

    public List<Resource> byKeys(List<String> keys) {
        return cypher.read(BY_KEYS, Map.of("keys", keys)).stream()
                .map(r -> Resource.from(r.get("r")))
                .toList();
    }

    /** The deployment of resource {@code resourceKey} to grid {@code gridCode}, if it was ever deployed there. */
    Optional<Deployment> deployment(String resourceKey, String gridCode) {
        return cypher.read(DEPLOYMENT, Map.of("resource", resourceKey, "grid", gridCode)).stream()
                .map(r -> Deployment.from(r.get("deployment")))
                .findFirst();
    }
}
