package cn.linli.need;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.linli.api.paging.Connection;
import cn.linli.api.paging.PageRequest;
import cn.linli.graph.Cypher;

/** The Cypher that reads needs (the writes are in {@link NeedWrites}). */
@Component
class NeedQueries {

    /** The needs list; %s is the ORDER BY of a {@link NeedSort}. */
    static final String LIST = """
            MATCH (n:Need)
            WHERE ($prefix IS NULL OR n.gridCode STARTS WITH $prefix)
              AND ($category IS NULL OR n.category = $category)
              AND ($statuses IS NULL OR n.status IN $statuses)
              AND ($claimedBy IS NULL OR EXISTS { (n)-[:CLAIMED_BY]->(:Provider {id: $claimedBy}) })
              AND ($from IS NULL OR date(n.raisedAt) >= $from) AND ($to IS NULL OR date(n.raisedAt) <= $to)
            WITH n ORDER BY %s
            WITH collect(n) AS matched
            RETURN size(matched) AS total, [n IN matched[$offset..($offset + $fetch)] | %s] AS page""";

    static final String BY_KEYS = "MATCH (n:Need) WHERE n.id IN $keys RETURN " + Need.PROJECTION + " AS need";

    private final Cypher cypher;

    NeedQueries(Cypher cypher) {
        this.cypher = cypher;
    }

    Connection<Need> list(NeedFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("prefix", filter.prefix());
        params.put("category", filter.category());
        params.put("statuses", filter.statuses());
        params.put("claimedBy", filter.claimedBy());
        params.put("from", filter.from());
        params.put("to", filter.to());
        params.put("offset", page.offset());
        params.put("fetch", page.fetchSize());
        var row = cypher.read(LIST.formatted(filter.sort().orderBy, Need.PROJECTION), params).get(0);
        return Connection.of(row.get("page").asList(Need::from), page, row.get("total").asLong());
    }

    List<Need> byKeys(List<String> keys) {
        return cypher.read(BY_KEYS, Map.of("keys", keys)).stream().map(r -> Need.from(r.get("need"))).toList();
    }
}
