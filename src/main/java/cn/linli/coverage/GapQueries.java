package cn.linli.coverage;

import cn.linli.api.paging.Connection;
import cn.linli.api.paging.KeyType;
import cn.linli.api.paging.ListOrder;
import cn.linli.api.paging.ListQuery;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.SortKey;
import cn.linli.graph.Cypher;
import cn.linli.place.Place;
import cn.linli.provider.Provider;
import cn.linli.resource.Resource;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * The Cypher of the gap lists. Each query takes a subtree ($gaps, {@link #subtree}: a prefix of the codes in it,
 * or [prefix, beyond) as a range of the code index) and a page ({@link PageRequest#cypher}), and returns
 * the whole list's {@code total} and one {@code page} (ordered, at most $fetch long) with the rows' {@code keys}.
 */
@Component
class GapQueries {

    /** Binds the subtree as {@code gaps}: the map {@code {prefix, beyond}} of {@link #subtree}. */
    private static final String GAPS = "WITH $gaps AS gaps\n";

    /** The grids of {@code gaps} that no $center serves: the batch query's and the translation's ({@link GapFields}). */
    static final String GRIDS_WITHOUT_CENTER_IN = """
            MATCH (g:Place) WHERE g.level = 'GRID' AND g.code >= gaps.prefix AND g.code < gaps.beyond
              AND NOT EXISTS { (g)<-[:SERVES]-(:Provider {kind: $center}) }
              AND NOT EXISTS { (g)-[:PART_OF]->(:Community)<-[:SERVES]-(:Provider {kind: $center}) }""";

    static final String GRIDS_WITHOUT_CENTER =
            ListQuery.collected(GAPS + GRIDS_WITHOUT_CENTER_IN, "g", "g" + Place.FIELDS);

    /** The communities of {@code gaps} with no provider of $kind: the batch query's and the translation's. */
    static final String COMMUNITIES_LACKING_IN = """
            MATCH (c:Place) WHERE c.level = 'COMMUNITY' AND c.code >= gaps.prefix AND c.code < gaps.beyond
              AND NOT EXISTS { (c)<-[:LOCATED_IN]-(:Provider {kind: $kind}) }
              AND NOT EXISTS { (c)<-[:PART_OF]-(:Grid)<-[:LOCATED_IN]-(:Provider {kind: $kind}) }""";

    static final String COMMUNITIES_LACKING =
            ListQuery.collected(GAPS + COMMUNITIES_LACKING_IN, "c", "c" + Place.FIELDS);

    /**
     * Served grids: those served directly and those of served communities, each once (UNION). The loads are sums
     * over every provider, so they are computed once and the page is taken from them.
     */
    static final String OVERLOADED_PROVIDERS = GAPS + """
            MATCH (p:Provider) WHERE p.placeCode STARTS WITH gaps.prefix AND ($kinds IS NULL OR p.kind IN $kinds)
            CALL (p) {
                MATCH (p)-[:SERVES]->(g:Grid) RETURN g
                UNION
                MATCH (p)-[:SERVES]->(:Community)<-[:PART_OF]-(g:Grid) RETURN g
            }
            WITH p, count(g) AS grids, sum(coalesce(g.households, 0)) AS households, sum(coalesce(g.population, 0)) AS population
            WHERE population > $above
            WITH collect({provider: p, grids: grids, households: households, population: population}) AS listed
            CALL (listed) {
                UNWIND listed AS load
                WITH load WHERE {keyset}
                WITH load ORDER BY {orderBy} LIMIT $fetch
                RETURN collect(load) AS page, collect({sortKey}) AS keys
            }
            RETURN size(listed) AS total, page, keys""";

    static final String UNDEPLOYED_RESOURCES = ListQuery.collected(GAPS + """
            MATCH (owner:Provider)-[:OWNS]->(r:Resource)
            WHERE owner.placeCode STARTS WITH gaps.prefix AND NOT EXISTS { (r)-[:DEPLOYED_TO]->(:Grid) }
            WITH DISTINCT r""", "r", "r");

    /**
     * Needs raised before $cutoff and still open at $clock: open now, or completed/closed only at or after
     * $clock. Their status at $clock follows from the timestamps of the steps taken before it.
     */
    static final String OVERDUE_NEEDS =
            ListQuery.collected(GAPS + """
            MATCH (g:Place) WHERE g.code STARTS WITH gaps.prefix AND g.level = 'GRID'
            MATCH (n:Need)-[:RAISED_IN]->(g)
            WHERE n.raisedAt < $cutoff
              AND (n.status IN $openStatuses OR coalesce(n.completedAt, n.followedUpAt) >= $clock)""", "n, g", """
            {need: n, grid: g%s, statusAsOf: CASE
                    WHEN n.claimedAt < $clock THEN 'CLAIMED'
                    WHEN n.dispatchedAt < $clock THEN 'DISPATCHED'
                    ELSE 'OPEN' END}""".formatted(Place.FIELDS).strip());

    static final ListOrder GRIDS_WITHOUT_CENTER_ORDER = byCode("Gaps.gridsWithoutCenter", "g.code");
    static final ListOrder COMMUNITIES_LACKING_ORDER = byCode("Gaps.communitiesLacking", "c.code");
    /** Largest population first, the provider's id deciding between equals. */
    static final ListOrder OVERLOADED_PROVIDERS_ORDER = ListOrder.of(
            "Gaps.overloadedProviders",
            "POPULATION",
            SortKey.descending("load.population", KeyType.INTEGER),
            SortKey.ascending("load.provider.id", KeyType.STRING));

    static final ListOrder UNDEPLOYED_RESOURCES_ORDER =
            ListOrder.of("Gaps.undeployedResources", "ID", SortKey.ascending("r.id", KeyType.STRING));
    /** Oldest first. */
    static final ListOrder OVERDUE_NEEDS_ORDER = ListOrder.of(
            "Gaps.overdueNeeds",
            "OLDEST",
            SortKey.ascending("n.raisedAt", KeyType.DATETIME),
            SortKey.ascending("n.id", KeyType.STRING));

    /** What {@code gridsWithoutCenter} looks for. */
    static final String CENTER = "NEIGHBORHOOD_CENTER";

    static final List<String> OPEN_STATUSES = List.of("OPEN", "DISPATCHED", "CLAIMED");

    private final Cypher cypher;

    GapQueries(Cypher cypher) {
        this.cypher = cypher;
    }

    Connection<Place> gridsWithoutCenter(String prefix, PageRequest page) {
        return page(GRIDS_WITHOUT_CENTER, params(prefix, "center", CENTER), page, Place::from);
    }

    Connection<Place> communitiesLacking(String prefix, String kind, PageRequest page) {
        return page(COMMUNITIES_LACKING, params(prefix, "kind", kind), page, Place::from);
    }

    Connection<ProviderLoad> overloadedProviders(String prefix, long above, List<String> kinds, PageRequest page) {
        Map<String, Object> params = params(prefix, "above", above);
        params.put("kinds", kinds);
        return page(
                OVERLOADED_PROVIDERS,
                params,
                page,
                v -> new ProviderLoad(
                        Provider.from(v.get("provider")),
                        v.get("grids").asLong(),
                        v.get("households").asLong(),
                        v.get("population").asLong()));
    }

    Connection<Resource> undeployedResources(String prefix, PageRequest page) {
        return page(UNDEPLOYED_RESOURCES, params(prefix), page, Resource::from);
    }

    /** Needs open at {@code clock} that were raised before {@code cutoff}, mapped with {@code mapper}. */
    <T> Connection<T> overdueNeeds(
            String prefix, ZonedDateTime cutoff, ZonedDateTime clock, PageRequest page, Function<Value, T> mapper) {
        Map<String, Object> params = params(prefix, "cutoff", cutoff);
        params.put("clock", clock);
        params.put("openStatuses", OPEN_STATUSES);
        return page(OVERDUE_NEEDS, params, page, mapper);
    }

    /** The subtree of codes starting with {@code prefix}, as the queries read it ({@code gaps}). */
    static Map<String, Object> subtree(String prefix) {
        return Map.of("prefix", prefix, "beyond", Place.subtreeEnd(prefix));
    }

    private static Map<String, Object> params(String prefix, Object... more) {
        Map<String, Object> params = new HashMap<>();
        params.put("gaps", subtree(prefix));
        for (int i = 0; i < more.length; i += 2) {
            params.put((String) more[i], more[i + 1]);
        }
        return params;
    }

    private <T> Connection<T> page(
            String query, Map<String, Object> params, PageRequest page, Function<Value, T> mapper) {
        params.putAll(page.parameters());
        return page.connection(cypher.read(page.cypher(query), params).get(0), mapper);
    }

    private static ListOrder byCode(String list, String code) {
        return ListOrder.of(list, "CODE", SortKey.ascending(code, KeyType.STRING));
    }
}
