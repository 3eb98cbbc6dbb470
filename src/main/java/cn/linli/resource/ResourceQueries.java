package cn.linli.resource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

import cn.linli.api.paging.BatchedPages;
import cn.linli.api.paging.Connection;
import cn.linli.api.paging.PageKey;
import cn.linli.api.paging.PageRequest;
import cn.linli.graph.Cypher;
import cn.linli.place.Place;
import graphql.schema.DataFetchingEnvironment;

/** The Cypher of resources and their deployments; deployments are batch loaders ({@link BatchedPages}). */
@Component
public class ResourceQueries {

    /** Deployments to grids, newest first. */
    static final String DEPLOYMENTS_TO_GRID = """
            UNWIND $parents AS parent
            MATCH (g:Place:Grid {code: parent})
            CALL (g) {
                MATCH (r:Resource)-[d:DEPLOYED_TO]->(g)
                WITH r, d ORDER BY d.since DESC, r.id SKIP $offset LIMIT $fetch
                RETURN collect({resource: r, grid: g%1$s, since: d.since, until: d.until, createdAt: d.createdAt, updatedAt: d.updatedAt}) AS page
            }
            CALL (g) {
                MATCH (r:Resource)-[:DEPLOYED_TO]->(g)
                RETURN count(r) AS total
            }
            RETURN parent, total, page""".formatted(Place.FIELDS);

    /** Deployments of resources to grids, latest since first. */
    static final String DEPLOYMENTS_OF_RESOURCE = """
            UNWIND $parents AS parent
            MATCH (r:Resource {id: parent})
            CALL (r) {
                MATCH (r)-[d:DEPLOYED_TO]->(g:Grid)
                WITH g, d ORDER BY d.since DESC, g.code SKIP $offset LIMIT $fetch
                RETURN collect({resource: r, grid: g%1$s, since: d.since, until: d.until, createdAt: d.createdAt, updatedAt: d.updatedAt}) AS page
            }
            CALL (r) {
                MATCH (r)-[:DEPLOYED_TO]->(g:Grid)
                RETURN count(g) AS total
            }
            RETURN parent, total, page""".formatted(Place.FIELDS);

    /** The resources or projects list; %s is the ORDER BY of a {@link ResourceSort}. */
    static final String LIST = """
            MATCH (r:Resource)
            WHERE r.type = $type AND ($category IS NULL OR r.category = $category)
              AND ($owner IS NULL OR r.ownerId = $owner) AND ($status IS NULL OR r.status = $status)
              AND (($prefix IS NULL AND $from IS NULL AND $to IS NULL) OR EXISTS {
                    MATCH (r)-[d:DEPLOYED_TO]->(g:Grid)
                    WHERE ($prefix IS NULL OR g.code STARTS WITH $prefix)
                      AND ($from IS NULL OR d.since >= $from) AND ($to IS NULL OR d.since <= $to) })
            CALL (r) {
                OPTIONAL MATCH (r)-[d:DEPLOYED_TO]->(:Grid)
                RETURN min(d.since) AS firstSince, max(d.since) AS lastSince
            }
            WITH r, firstSince, lastSince ORDER BY %s
            WITH collect(r) AS matched
            RETURN size(matched) AS total, matched[$offset..($offset + $fetch)] AS page""";

    static final String BY_KEYS = "MATCH (r:Resource) WHERE r.id IN $keys RETURN r";

    private final Cypher cypher;
    private final BatchedPages<Deployment> deploymentsToGrid;
    private final BatchedPages<Deployment> deploymentsOfResource;

    ResourceQueries(Cypher cypher, BatchLoaderRegistry registry) {
        this.cypher = cypher;
        this.deploymentsToGrid = BatchedPages.register(registry, "Grid.deployments", cypher::read,
                DEPLOYMENTS_TO_GRID, Deployment::from);
        this.deploymentsOfResource = BatchedPages.register(registry, "Resource.deployments", cypher::read,
                DEPLOYMENTS_OF_RESOURCE, Deployment::from);
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
        Map<String, Object> params = new HashMap<>();
        params.put("type", filter.type());
        params.put("prefix", filter.prefix());
        params.put("category", filter.category());
        params.put("owner", filter.owner());
        params.put("status", filter.status());
        params.put("from", filter.from());
        params.put("to", filter.to());
        params.put("offset", page.offset());
        params.put("fetch", page.fetchSize());
        var row = cypher.read(LIST.formatted(filter.sort().orderBy), params).get(0);
        return Connection.of(row.get("page").asList(Resource::from), page, row.get("total").asLong());
    }

    public List<Resource> byKeys(List<String> keys) {
        return cypher.read(BY_KEYS, Map.of("keys", keys)).stream().map(r -> Resource.from(r.get("r"))).toList();
    }
}
