package cn.linli.need;

import cn.linli.api.paging.Connection;
import cn.linli.api.paging.PageRequest;
import cn.linli.graph.Cypher;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The Cypher that reads needs (the writes are in {@link NeedWrites}). */
@Component
class NeedQueries {

    /** Which needs match the filters. */
    private static final String MATCHED = """
            MATCH (n:Need)
            WHERE ($prefix IS NULL OR n.gridCode STARTS WITH $prefix)
              AND ($category IS NULL OR n.category = $category)
              AND ($statuses IS NULL OR n.status IN $statuses)
              AND ($claimedBy IS NULL OR EXISTS { (n)-[:CLAIMED_BY]->(:Provider {id: $claimedBy}) })
              AND ($from IS NULL OR date(n.raisedAt) >= $from) AND ($to IS NULL OR date(n.raisedAt) <= $to)""";

    /**
     * The needs list in a {@link NeedSort}. The claimant is read by a subquery of its own: written as in
     * {@link Need#PROJECTION}, its pattern beside a cursor's condition fails Neo4j 5.26's planner ("Conditions started
     * failing after running these phases: insertCachedProperties").
     */
    static final String LIST = """
            CALL () {
                %1$s
                  AND {keyset}
                WITH n ORDER BY {orderBy} LIMIT $fetch
                CALL (n) {
                    OPTIONAL MATCH (n)-[:CLAIMED_BY]->(c:Provider)
                    RETURN c.id AS claimedBy LIMIT 1
                }
                RETURN collect(n {.*, claimedBy: claimedBy}) AS page, collect({sortKey}) AS keys
            }
            CALL () {
                %1$s
                RETURN count(n) AS total
            }
            RETURN total, page, keys""".formatted(MATCHED.indent(4).strip());

    static final String BY_KEYS = "MATCH (n:Need) WHERE n.id IN $keys RETURN " + Need.PROJECTION + " AS need";

    private final Cypher cypher;

    NeedQueries(Cypher cypher) {
        this.cypher = cypher;
    }

    Connection<Need> list(NeedFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>(page.parameters());
        params.put("prefix", filter.prefix());
        params.put("category", filter.category());
        params.put("statuses", filter.statuses());
        params.put("claimedBy", filter.claimedBy());
        params.put("from", filter.from());
        params.put("to", filter.to());
        return page.connection(cypher.read(page.cypher(LIST), params).get(0), Need::from);
    }

    List<Need> byKeys(List<String> keys) {
        return cypher.read(BY_KEYS, Map.of("keys", keys)).stream()
                .map(r -> Need.from(r.get("need")))
                .toList();
    }
}
