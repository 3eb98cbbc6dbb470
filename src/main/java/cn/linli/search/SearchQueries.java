package cn.linli.search;

import cn.linli.api.paging.Connection;
import cn.linli.api.paging.KeyType;
import cn.linli.api.paging.ListOrder;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.SortKey;
import cn.linli.graph.Cypher;
import cn.linli.hours.OpenAt;
import cn.linli.place.Place;
import cn.linli.provider.Provider;
import cn.linli.provider.ServiceItem;
import cn.linli.resource.Resource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** The Cypher of search: both full-text indexes, then filters on the record, its provider or owner, then one page. */
@Component
class SearchQueries {

    /**
     * Equal scores (pinyin prefixes score alike) put the shorter name first: the text covers more of it.
     * A service item is filtered through its provider (kind, place), a resource through its owner (kind) and the
     * grids it is or was deployed to (place). An item is open when its own hours say so, or its provider's when it
     * publishes none; a resource publishes no hours. A provider matches {@code $categories} when it offers an item of
     * one, an item or resource when it is of one.
     */
    static final String SEARCH = """
            CALL () {
                CALL db.index.fulltext.queryNodes('search_text', $text, {limit: $candidates}) YIELD node, score
                RETURN node, score
                UNION ALL
                WITH $pinyin AS q WHERE q IS NOT NULL
                CALL db.index.fulltext.queryNodes('search_pinyin', q, {limit: $candidates}) YIELD node, score
                RETURN node, score
            }
            WITH node, max(score) AS score
            OPTIONAL MATCH (owner:Provider {id: coalesce(node.providerId, node.ownerId)})
            WITH node, score, coalesce(owner, node) AS provider
            WITH node, score, provider,
                 CASE WHEN node:Resource THEN []
                      WHEN size(coalesce(node.openDays, [])) > 0 THEN node.openDays ELSE provider.openDays END AS days
            WHERE ($kinds IS NULL OR provider.kind IN $kinds)
              AND ($prefix IS NULL OR
                   CASE WHEN node:Resource
                        THEN EXISTS { MATCH (node)-[:DEPLOYED_TO]->(g:Grid) WHERE g.code STARTS WITH $prefix }
                        ELSE provider.placeCode STARTS WITH $prefix END)
              AND ($categories IS NULL OR
                   CASE WHEN node:Provider
                        THEN EXISTS { MATCH (node)-[:OFFERS]->(s:ServiceItem) WHERE s.category IN $categories }
                        ELSE node.category IN $categories END)
              AND %s
            WITH collect({node: node, score: score}) AS hits
            CALL (hits) {
                UNWIND hits AS hit
                WITH hit WHERE {keyset}
                WITH hit ORDER BY {orderBy} LIMIT $fetch
                RETURN collect(hit) AS page, collect({sortKey}) AS keys
            }
            RETURN size(hits) AS total, page, keys""".formatted(OpenAt.FILTER.formatted("days"));

    /**
     * Highest score first, then the shorter name, then by name and id. Scores are computed from the text, so a
     * cursor holds for requests with the same text only.
     */
    static ListOrder bestFirst(SearchText text) {
        return ListOrder.of(
                        "Query.search",
                        "SCORE",
                        SortKey.descending("hit.score", KeyType.FLOAT),
                        SortKey.ascending("size(hit.node.name)", KeyType.INTEGER),
                        SortKey.ascending("hit.node.name", KeyType.STRING),
                        SortKey.ascending("hit.node.id", KeyType.STRING))
                .from("text", text.text(), text.pinyin());
    }

    private final Cypher cypher;
    private final SearchSettings settings;

    SearchQueries(Cypher cypher, SearchSettings settings) {
        this.cypher = cypher;
        this.settings = settings;
    }

    Connection<SearchHit> search(
            SearchText text,
            List<String> kinds,
            List<String> categories,
            String within,
            List<Integer> openAt,
            PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("text", text.text());
        params.put("pinyin", text.pinyin());
        params.put("candidates", settings.maxCandidates());
        params.put("kinds", kinds);
        params.put("categories", categories);
        params.put("prefix", within == null ? null : Place.subtreePrefix(within.strip()));
        params.put("openAt", openAt);
        params.putAll(page.parameters());
        return page.connection(cypher.read(page.cypher(SEARCH), params).get(0), SearchQueries::hit);
    }

    private static SearchHit hit(Value value) {
        Value node = value.get("node");
        Object record = node.asNode().hasLabel("Provider")
                ? Provider.from(node)
                : node.asNode().hasLabel("Resource") ? Resource.from(node) : ServiceItem.from(node);
        return new SearchHit(value.get("score").asDouble(), record);
    }
}
