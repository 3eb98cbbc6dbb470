package cn.linli.coverage;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import cn.linli.api.paging.Connection;
import cn.linli.api.paging.PageRequest;
import cn.linli.graph.Cypher;
import cn.linli.place.Place;
import cn.linli.provider.Provider;
import cn.linli.resource.Resource;

/**
 * The Cypher of the gap lists. Each query takes a subtree $prefix, $offset and $fetch, and returns the
 * whole list's {@code total} and one {@code page} (ordered, at most $fetch long).
 */
@Component
class GapQueries {

    static final String GRIDS_WITHOUT_CENTER = """
            MATCH (g:Place) WHERE g.code STARTS WITH $prefix AND g.level = 'GRID'
              AND NOT EXISTS { (g)<-[:SERVES]-(:Provider {kind: $center}) }
              AND NOT EXISTS { (g)-[:PART_OF]->(:Community)<-[:SERVES]-(:Provider {kind: $center}) }
            WITH g ORDER BY g.code
            WITH collect(g%1$s) AS listed
            RETURN size(listed) AS total, listed[$offset..($offset + $fetch)] AS page""".formatted(Place.FIELDS);

    static final String COMMUNITIES_LACKING = """
            MATCH (c:Place) WHERE c.code STARTS WITH $prefix AND c.level = 'COMMUNITY'
              AND NOT EXISTS { (c)<-[:LOCATED_IN]-(:Provider {kind: $kind}) }
              AND NOT EXISTS { (c)<-[:PART_OF]-(:Grid)<-[:LOCATED_IN]-(:Provider {kind: $kind}) }
            WITH c ORDER BY c.code
            WITH collect(c%1$s) AS listed
            RETURN size(listed) AS total, listed[$offset..($offset + $fetch)] AS page""".formatted(Place.FIELDS);

    /** Served grids: those served directly and those of served communities, each once (UNION). */
    static final String OVERLOADED_PROVIDERS = """
            MATCH (p:Provider) WHERE p.placeCode STARTS WITH $prefix AND ($kinds IS NULL OR p.kind IN $kinds)
            CALL (p) {
                MATCH (p)-[:SERVES]->(g:Grid) RETURN g
                UNION
                MATCH (p)-[:SERVES]->(:Community)<-[:PART_OF]-(g:Grid) RETURN g
            }
            WITH p, count(g) AS grids, sum(coalesce(g.households, 0)) AS households, sum(coalesce(g.population, 0)) AS population
            WHERE population > $above
            WITH p, grids, households, population ORDER BY population DESC, p.id
            WITH collect({provider: p, grids: grids, households: households, population: population}) AS listed
            RETURN size(listed) AS total, listed[$offset..($offset + $fetch)] AS page""";

    static final String UNDEPLOYED_RESOURCES = """
            MATCH (owner:Provider)-[:OWNS]->(r:Resource)
            WHERE owner.placeCode STARTS WITH $prefix AND NOT EXISTS { (r)-[:DEPLOYED_TO]->(:Grid) }
            WITH DISTINCT r ORDER BY r.id
            WITH collect(r) AS listed
            RETURN size(listed) AS total, listed[$offset..($offset + $fetch)] AS page""";

    /**
     * Needs raised before $cutoff and still open at $clock: open now, or completed/closed only at or after
     * $clock. Their status at $clock follows from the timestamps of the steps taken before it.
     */
    static final String OVERDUE_NEEDS = """
            MATCH (g:Place) WHERE g.code STARTS WITH $prefix AND g.level = 'GRID'
            MATCH (n:Need)-[:RAISED_IN]->(g)
            WHERE n.raisedAt < $cutoff
              AND (n.status IN $openStatuses OR coalesce(n.completedAt, n.followedUpAt) >= $clock)
            WITH n, g ORDER BY n.raisedAt, n.id
            WITH collect({need: n, grid: g%1$s, statusAsOf: CASE
                    WHEN n.claimedAt < $clock THEN 'CLAIMED'
                    WHEN n.dispatchedAt < $clock THEN 'DISPATCHED'
                    ELSE 'OPEN' END}) AS listed
            RETURN size(listed) AS total, listed[$offset..($offset + $fetch)] AS page""".formatted(Place.FIELDS);

    static final List<String> OPEN_STATUSES = List.of("OPEN", "DISPATCHED", "CLAIMED");

    private final Cypher cypher;

    GapQueries(Cypher cypher) {
        this.cypher = cypher;
    }

    Connection<Place> gridsWithoutCenter(String prefix, PageRequest page) {
        return page(GRIDS_WITHOUT_CENTER, params(prefix, "center", "NEIGHBORHOOD_CENTER"), page, Place::from);
    }

    Connection<Place> communitiesLacking(String prefix, String kind, PageRequest page) {
        return page(COMMUNITIES_LACKING, params(prefix, "kind", kind), page, Place::from);
    }

    Connection<ProviderLoad> overloadedProviders(String prefix, long above, List<String> kinds, PageRequest page) {
        Map<String, Object> params = params(prefix, "above", above);
        params.put("kinds", kinds);
        return page(OVERLOADED_PROVIDERS, params, page, v -> new ProviderLoad(Provider.from(v.get("provider")),
                v.get("grids").asLong(), v.get("households").asLong(), v.get("population").asLong()));
    }

    Connection<Resource> undeployedResources(String prefix, PageRequest page) {
        return page(UNDEPLOYED_RESOURCES, params(prefix), page, Resource::from);
    }

    /** Needs open at {@code clock} that were raised before {@code cutoff}, mapped with {@code mapper}. */
    <T> Connection<T> overdueNeeds(String prefix, ZonedDateTime cutoff, ZonedDateTime clock, PageRequest page,
            Function<Value, T> mapper) {
        Map<String, Object> params = params(prefix, "cutoff", cutoff);
        params.put("clock", clock);
        params.put("openStatuses", OPEN_STATUSES);
        return page(OVERDUE_NEEDS, params, page, mapper);
    }

    private static Map<String, Object> params(String prefix, Object... more) {
        Map<String, Object> params = new HashMap<>();
        params.put("prefix", prefix);
        for (int i = 0; i < more.length; i += 2) {
            params.put((String) more[i], more[i + 1]);
        }
        return params;
    }

    private <T> Connection<T> page(String query, Map<String, Object> params, PageRequest page, Function<Value, T> mapper) {
        params.put("offset", page.offset());
        params.put("fetch", page.fetchSize());
        Record row = cypher.read(query, params).get(0);
        return Connection.of(row.get("page").asList(mapper::apply), page, row.get("total").asLong());
    }
}
