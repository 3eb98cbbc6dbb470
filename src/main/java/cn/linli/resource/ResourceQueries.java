package cn.linli.resource;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.linli.graph.Cypher;

/** The Cypher of resources and their deployments. */
@Component
public class ResourceQueries {

    /** Deployments to grids, newest first. */
    static final String DEPLOYMENTS_TO_GRID = """
            UNWIND $parents AS parent
            MATCH (g:Place:Grid {code: parent})
            CALL (g) {
                MATCH (r:Resource)-[d:DEPLOYED_TO]->(g)
                WITH r, d ORDER BY d.since DESC, r.id SKIP $offset LIMIT $fetch
                RETURN collect({resource: r, grid: g, since: d.since, until: d.until}) AS page
            }
            CALL (g) {
                MATCH (r:Resource)-[:DEPLOYED_TO]->(g)
                RETURN count(r) AS total
            }
            RETURN parent, total, page""";

    static final String BY_KEYS = "MATCH (r:Resource) WHERE r.id IN $keys RETURN r";

    private final Cypher cypher;

    public ResourceQueries(Cypher cypher) {
        this.cypher = cypher;
    }

    public List<Resource> byKeys(List<String> keys) {
        return cypher.read(BY_KEYS, Map.of("keys", keys)).stream().map(r -> Resource.from(r.get("r"))).toList();
    }
}
