package cn.linli.nearby;

import cn.linli.api.paging.Connection;
import cn.linli.api.paging.KeyType;
import cn.linli.api.paging.ListOrder;
import cn.linli.api.paging.ListQuery;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.SortKey;
import cn.linli.geo.LonLat;
import cn.linli.graph.Cypher;
import cn.linli.hours.OpenAt;
import cn.linli.provider.Provider;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * The Cypher of "what is around me". Distance filters are written {@code point.distance(n.location, here) <= $radius}
 * so that Neo4j answers them from the point indexes {@code provider_location} and {@code grid_location}.
 */
@Component
class NearbyQueries {

    private static final String NEARBY_FILTER = """
            point.distance(p.location, here) <= $radius
                  AND ($kinds IS NULL OR p.kind IN $kinds) AND ($levels IS NULL OR p.level IN $levels)
                  AND ($categories IS NULL OR EXISTS { MATCH (p)-[:OFFERS]->(s:ServiceItem) WHERE s.category IN $categories })
                  AND """ + OpenAt.FILTER.formatted("p.openDays");

    /** Providers within $radius metres of ($lon, $lat) and their distance: the batch query's and the translation's. */
    static final String NEAR = """
            WITH point({longitude: $lon, latitude: $lat}) AS here
            MATCH (p:Provider)
            WHERE %s
            WITH p, point.distance(p.location, here) AS distance""".formatted(NEARBY_FILTER);

    /** Providers within $radius metres of ($lon, $lat), nearest first ({@link #NEAREST}). */
    static final String NEARBY =
            ListQuery.collected(NEAR, "p, distance", "{provider: p" + Provider.FIELDS + ", distance: distance}");

    /** Grids whose point lies within $radius metres, nearest first: the candidates to contain the point. */
    static final String GRIDS_NEAR = """
            WITH point({longitude: $lon, latitude: $lat}) AS here
            MATCH (g:Grid)
            WHERE point.distance(g.location, here) <= $radius
            RETURN g.code AS code
            ORDER BY point.distance(g.location, here), code
            LIMIT $limit""";

    /** Children of a place that have children of their own (no grids): one level of the descent by boundaries. */
    static final String CHILDREN_ABOVE_GRID = """
            MATCH (c:Place)-[:PART_OF]->(:Place {code: $code})
            WHERE c.level <> 'GRID'
            RETURN c.code AS code ORDER BY code LIMIT 1000""";

    /** Providers serving any of $places (codes), nearest to ($lon, $lat) first ({@link #NEAREST}). */
    static final String SERVING = "WITH point({longitude: $lon, latitude: $lat}) AS here\n"
            + ListQuery.collected("""
            MATCH (p:Provider)-[:SERVES]->(x:Place)
            WHERE x.code IN $places AND ($kinds IS NULL OR p.kind IN $kinds)
            WITH DISTINCT p, point.distance(p.location, here) AS distance""", "p, distance", "{provider: p" + Provider.FIELDS + ", distance: distance}");

    static final String PARTY_BRANCH = """
            MATCH (p:Provider)-[:SERVES]->(:Grid {code: $grid})
            WHERE p.kind = 'PARTY_BRANCH'
            RETURN p ORDER BY p.id LIMIT 1""";

    /**
     * Providers by their distance to the point asked about, the id deciding between equals ({@code list} names the
     * field). The distances depend on the point: a cursor holds for requests about the same point only.
     */
    static ListOrder nearest(String list, LonLat here) {
        return ListOrder.of(
                        list,
                        "DISTANCE",
                        SortKey.ascending("distance", KeyType.FLOAT),
                        SortKey.ascending("p.id", KeyType.STRING))
                .from("location", here.lon(), here.lat());
    }

    private final Cypher cypher;

    NearbyQueries(Cypher cypher) {
        this.cypher = cypher;
    }

    Connection<NearbyProvider> nearby(
            LonLat here,
            int radius,
            List<String> kinds,
            List<String> levels,
            List<String> categories,
            List<Integer> openAt,
            PageRequest page) {
        Map<String, Object> params = new HashMap<>(page.parameters());
        params.putAll(near(here, radius, kinds, levels, categories, openAt));
        return page(NEARBY, params, page);
    }

    /** {@link #NEAR}'s parameters. */
    static Map<String, Object> near(
            LonLat here,
            int radius,
            List<String> kinds,
            List<String> levels,
            List<String> categories,
            List<Integer> openAt) {
        Map<String, Object> params = new HashMap<>();
        params.put("lon", here.lon());
        params.put("lat", here.lat());
        params.put("radius", radius);
        params.put("kinds", kinds);
        params.put("levels", levels);
        params.put("categories", categories);
        params.put("openAt", openAt);
        return params;
    }

    List<String> gridsNear(LonLat here, int radius, int limit) {
        return cypher
                .read(GRIDS_NEAR, Map.of("lon", here.lon(), "lat", here.lat(), "radius", radius, "limit", limit))
                .stream()
                .map(r -> r.get("code").asString())
                .toList();
    }

    List<String> childrenAboveGrid(String code) {
        return cypher.read(CHILDREN_ABOVE_GRID, Map.of("code", code)).stream()
                .map(r -> r.get("code").asString())
                .toList();
    }

    Connection<NearbyProvider> serving(LonLat here, List<String> places, List<String> kinds, PageRequest page) {
        Map<String, Object> params = at(here, page);
        params.put("places", places);
        params.put("kinds", kinds);
        return page(SERVING, params, page);
    }

    Optional<Provider> partyBranch(String grid) {
        return cypher.read(PARTY_BRANCH, Map.of("grid", grid)).stream()
                .map(r -> Provider.from(r.get("p")))
                .findFirst();
    }

    private static Map<String, Object> at(LonLat here, PageRequest page) {
        Map<String, Object> params = new HashMap<>(page.parameters());
        params.put("lon", here.lon());
        params.put("lat", here.lat());
        return params;
    }

    private Connection<NearbyProvider> page(String query, Map<String, Object> params, PageRequest page) {
        return page.connection(cypher.read(page.cypher(query), params).get(0), NearbyQueries::nearbyProvider);
    }

    private static NearbyProvider nearbyProvider(Value value) {
        return new NearbyProvider(
                (int) Math.round(value.get("distance").asDouble()), Provider.from(value.get("provider")));
    }
}
