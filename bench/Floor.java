import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import tools.jackson.databind.json.JsonMapper;

/**
 * The floor of docs/PERFORMANCE.md ("Against a floor of our own"): what any API over this database could at best
 * reach. An HTTP server that answers the POST bodies of bench/floor-workload.tsv with exactly the {@code data} the
 * service answers, each operation by one hand-written parameterised Cypher query that shapes the answer itself,
 * in one session and one read transaction per request, serialised with the Jackson the service uses. No GraphQL,
 * no validation, no cache, no limits: a body is recognised by its document, and its variables are the query's
 * parameters. Where the service computes in Java, the floor does the same minimal work: the nearest provider of
 * coverage (an STR-tree per request, as the service does) and the point-in-polygon of whereAmI (Neo4j has no
 * polygons), which is why whereAmI alone takes two queries. Run by bench/floor.sh, which checks every answer
 * against the service's:
 *
 * <pre>java -cp "$LIB/*" bench/Floor.java PORT BOLT_URI WORKLOAD [THREADS]</pre>
 *
 * Threads: 200, Tomcat's default number of workers (the service sets none). Java 17 has no virtual threads.
 */
public class Floor {

    private static final JsonMapper JSON = new JsonMapper();

    /** One operation answered by hand: the {@code data} of its answer, read in the request's transaction. */
    interface Answer {
        Object data(TransactionContext tx, Map<String, Object> variables);
    }

    /** Providers within $radius of a point, nearest first, the id deciding between equals (point index). */
    static final String NEARBY = """
            WITH point({longitude: $lon, latitude: $lat}) AS here
            MATCH (p:Provider)
            WHERE point.distance(p.location, here) <= $radius AND p.kind IN $kinds
            WITH p, point.distance(p.location, here) AS distance
            ORDER BY distance, p.id LIMIT 20
            RETURN {nearby: {edges: collect({node: {distanceMeters: toInteger(round(distance)),
                    provider: p {.name, .level, .address, .phone, .hours}}})}} AS data""";

    /** A town's communities by code, their grids by code, who serves each grid nearest first. */
    static final String TOWN_DIRECTORY = """
            MATCH (t:Place {code: $code})
            CALL (t) {
                MATCH (c:Place)-[:PART_OF]->(t)
                WITH c ORDER BY c.code LIMIT 20
                CALL (c) {
                    MATCH (g:Place)-[:PART_OF]->(c)
                    WITH g ORDER BY g.code LIMIT 20
                    CALL (g) {
                        MATCH (p:Provider)-[:SERVES]->(g)
                        WITH p ORDER BY point.distance(p.location, g.location), p.id LIMIT 10
                        RETURN collect({node: p {.name, .kind}}) AS servedBy
                    }
                    RETURN collect({node: {code: g.code, name: g.name, servedBy: {edges: servedBy}}}) AS grids
                }
                RETURN collect({node: {code: c.code, name: c.name, grids: {edges: grids}}}) AS communities
            }
            RETURN {place: {code: t.code, name: t.name, communities: {edges: communities}}} AS data""";

    /** A grid with its ancestors (nearest first), base data, duty contact and who serves it (nearest first). */
    static final String GRID_DETAIL = """
            MATCH (g:Place {code: $code})
            CALL (g) {
                MATCH path = (g)-[:PART_OF*]->(a:Place)
                WITH a ORDER BY length(path)
                RETURN collect(a {.code, .name, .level}) AS ancestors
            }
            CALL (g) {
                MATCH (p:Provider)-[:SERVES]->(g)
                WITH p ORDER BY point.distance(p.location, g.location), p.id LIMIT 10
                RETURN collect({node: p {.name, .kind, .phone, .hours}}) AS servedBy
            }
            RETURN {place: {code: g.code, name: g.name, level: g.level, ancestors: ancestors,
                    baseData: {households: coalesce(g.households, 0), population: coalesce(g.population, 0),
                               partyMembers: coalesce(g.partyMembers, 0), elderly: coalesce(g.elderly, 0),
                               children: coalesce(g.children, 0)},
                    dutyContact: CASE WHEN g.dutyPhone IS NULL THEN null ELSE {role: $dutyRole, phone: g.dutyPhone} END,
                    servedBy: {edges: servedBy}}} AS data""";

    /** The resource list by name, each with its owner and its deployments (latest first) with their grids. */
    static final String RESOURCES = """
            MATCH (r:Resource) WHERE r.type = 'RESOURCE'
            WITH r ORDER BY r.name, r.id LIMIT 50
            MATCH (owner:Provider)-[:OWNS]->(r)
            CALL (r) {
                MATCH (r)-[d:DEPLOYED_TO]->(g:Grid)
                WITH d, g ORDER BY d.since DESC, g.code LIMIT 30
                RETURN collect({node: {since: toString(d.since), until: toString(d.until), grid: g {.code, .name}}})
                       AS deployments
            }
            RETURN {resources: {edges: collect({node: {id: 'Resource:' + r.id, name: r.name, category: r.category,
                    status: r.status, owner: owner {.name}, deployments: {edges: deployments}}})}} AS data""";

    /** Providers of some kinds located under a place, by name, with their service items of a category, by id. */
    static final String PROVIDERS_WITH_ITEMS = """
            MATCH (p:Provider)
            WHERE p.placeCode STARTS WITH $prefix AND p.kind IN $kinds
            WITH p ORDER BY p.name, p.id LIMIT 20
            CALL (p) {
                MATCH (p)-[:OFFERS]->(s:ServiceItem) WHERE s.category = $category
                WITH s ORDER BY s.id LIMIT 20
                RETURN collect({node: s {.name, .category, .fee}}) AS items
            }
            RETURN {providers: {edges: collect({node: {id: 'Provider:' + p.id, name: p.name, address: p.address,
                    hours: p.hours, serviceItems: {edges: items}}})}} AS data""";

    /**
     * Grids under a place that no neighborhood center serves, directly or through their community: count and page in
     * one pass.
     */
    static final String GRIDS_WITHOUT_CENTER = """
            MATCH (g:Place)
            WHERE g.level = 'GRID' AND g.code STARTS WITH $prefix
              AND NOT EXISTS { (g)<-[:SERVES]-(:Provider {kind: 'NEIGHBORHOOD_CENTER'}) }
              AND NOT EXISTS { (g)-[:PART_OF]->(:Community)<-[:SERVES]-(:Provider {kind: 'NEIGHBORHOOD_CENTER'}) }
            WITH g ORDER BY g.code
            WITH collect(g {.code, .name}) AS grids
            RETURN {gaps: {gridsWithoutCenter: {totalCount: size(grids),
                    edges: [grid IN grids[0..100] | {node: grid}]}}} AS data""";

    /** A place's descendants by level, each counted from the (level, code) index; its providers from provider_place. */
    static final String COUNTS = """
            CALL () {
                MATCH (n:Place) WHERE n.level = 'COMMUNITY' AND n.code STARTS WITH $prefix AND n.code <> $code
                RETURN count(CASE WHEN n.kind = 'COMMUNITY' THEN 1 END) AS communities,
                       count(CASE WHEN n.kind = 'VILLAGE' THEN 1 END) AS villages
            }
            CALL () {
                MATCH (n:Place) WHERE n.level = 'DISTRICT' AND n.code STARTS WITH $prefix AND n.code <> $code
                RETURN count(n) AS districts
            }
            CALL () {
                MATCH (n:Place) WHERE n.level = 'TOWN' AND n.code STARTS WITH $prefix AND n.code <> $code
                RETURN count(n) AS towns
            }
            CALL () {
                MATCH (n:Place) WHERE n.level = 'GRID' AND n.code STARTS WITH $prefix AND n.code <> $code
                RETURN count(n) AS grids
            }
            CALL () {
                MATCH (p:Provider) WHERE p.placeCode STARTS WITH $prefix
                RETURN count(p) AS providers
            }
            RETURN {place: {counts: {districts: districts, towns: towns, communities: communities, villages: villages,
                    grids: grids, providers: providers}}} AS data""";

    /** whereAmI, step 1: the grids whose point lies nearest, the candidates to contain the point (grid_location). */
    static final String GRIDS_NEAR = """
            WITH point({longitude: $lon, latitude: $lat}) AS here
            MATCH (g:Grid) WHERE point.distance(g.location, here) <= $searchRadius
            WITH g, point.distance(g.location, here) AS distance
            ORDER BY distance, g.code LIMIT $candidates
            RETURN g.code AS code""";

    static final String BOUNDARIES = "MATCH (p:Place) WHERE p.code IN $codes RETURN p.code AS code, p.boundary AS wkt";

    /** whereAmI, step 2: the grid holding the point, its chain, branch, duty contact, who serves grid or community. */
    static final String WHERE_AM_I = """
            MATCH (g:Place {code: $grid})-[:PART_OF]->(c:Place)-[:PART_OF]->(t:Place)-[:PART_OF]->(d:Place)
            CALL (g) {
                OPTIONAL MATCH (b:Provider)-[:SERVES]->(g) WHERE b.kind = 'PARTY_BRANCH'
                WITH b ORDER BY b.id LIMIT 1
                RETURN b {.name} AS partyBranch
            }
            CALL (g, c) {
                UNWIND [g, c] AS x
                MATCH (p:Provider)-[:SERVES]->(x)
                WITH DISTINCT p, point.distance(p.location, point({longitude: $lon, latitude: $lat})) AS distance
                ORDER BY distance, p.id
                WITH collect({node: {distanceMeters: toInteger(round(distance)), provider: p {.name, .kind}}}) AS served
                RETURN {totalCount: size(served), edges: served[0..10]} AS servedBy
            }
            RETURN {whereAmI: {exact: true, grid: g {.code, .name}, community: c {.code, .name}, town: t {.name},
                    district: d {.name}, partyBranch: partyBranch,
                    dutyContact: CASE WHEN g.dutyPhone IS NULL THEN null ELSE {role: $dutyRole, phone: g.dutyPhone} END,
                    servedBy: servedBy}} AS data""";

    /**
     * Both full-text indexes, each record once at its best score, best first (the shorter name, then name and id
     * between equals); {@code %s} is the place filter, when the request names one.
     */
    static final String SEARCH = """
            CALL () {
                CALL db.index.fulltext.queryNodes('search_text', $text, {limit: 2000}) YIELD node, score
                RETURN node, score
                UNION ALL
                WITH $pinyin AS q WHERE q IS NOT NULL
                CALL db.index.fulltext.queryNodes('search_pinyin', q, {limit: 2000}) YIELD node, score
                RETURN node, score
            }
            WITH node, max(score) AS score
            %s
            WITH node, score ORDER BY score DESC, size(node.name), node.name, node.id
            WITH collect({node: node, score: score}) AS hits
            RETURN {search: {totalCount: size(hits), edges: [hit IN hits[0..10] | {node: {score: hit.score,
                    record: CASE WHEN hit.node:Provider THEN {id: 'Provider:' + hit.node.id, name: hit.node.name,
                                                              kind: hit.node.kind}
                                 WHEN hit.node:ServiceItem THEN {id: 'ServiceItem:' + hit.node.id, name: hit.node.name,
                                                                 category: hit.node.category}
                                 ELSE {id: 'Resource:' + hit.node.id, name: hit.node.name} END}}]}} AS data""";

    /** A service item is placed by its provider, a resource by the grids it was deployed to. */
    static final String SEARCH_WITHIN = """
            OPTIONAL MATCH (owner:Provider {id: coalesce(node.providerId, node.ownerId)})
            WITH node, score, coalesce(owner, node) AS provider
            WHERE CASE WHEN node:Resource
                       THEN EXISTS { MATCH (node)-[:DEPLOYED_TO]->(g:Grid) WHERE g.code STARTS WITH $prefix }
                       ELSE provider.placeCode STARTS WITH $prefix END""";

    /** Coverage: the grid points under a place by code, and every provider point of the kind, in one query. */
    static final String COVERAGE_POINTS = """
            CALL () {
                MATCH (g:Place) WHERE g.level = 'GRID' AND g.code STARTS WITH $prefix
                WITH g ORDER BY g.code
                RETURN collect([g.code, g.name, g.location.x, g.location.y, coalesce(g.population, 0)]) AS grids
            }
            CALL () {
                MATCH (p:Provider) WHERE p.kind = $kind AND p.location IS NOT NULL
                RETURN collect([p.id, p.name, p.location.x, p.location.y]) AS providers
            }
            RETURN grids, providers""";

    /** The role the service names beside a grid's duty phone. */
    static final String DUTY_ROLE = "专职网格员";

    static final Map<String, Answer> ANSWERS = Map.ofEntries(
            Map.entry("portal-nearby-centers", (tx, v) -> data(tx, NEARBY, v)),
            Map.entry("portal-town-directory", (tx, v) -> data(tx, TOWN_DIRECTORY, v)),
            Map.entry("portal-grid-detail", (tx, v) -> data(tx, GRID_DETAIL, with(v, "dutyRole", DUTY_ROLE))),
            Map.entry("partner-resources", (tx, v) -> data(tx, RESOURCES, v)),
            Map.entry(
                    "partner-elderly-care",
                    (tx, v) -> data(tx, PROVIDERS_WITH_ITEMS, with(v, "prefix", subtree((String) v.get("within"))))),
            Map.entry(
                    "planner-gaps",
                    (tx, v) -> data(tx, GRIDS_WITHOUT_CENTER, with(v, "prefix", subtree((String) v.get("place"))))),
            Map.entry(
                    "planner-city-counts",
                    (tx, v) -> data(tx, COUNTS, with(v, "prefix", subtree((String) v.get("code"))))),
            Map.entry("portal-where-am-i", Floor::whereAmI),
            Map.entry("portal-search-chinese", Floor::search),
            Map.entry("portal-search-pinyin", Floor::search),
            Map.entry("planner-coverage", Floor::coverage));

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        String uri = args[1];
        Map<String, Answer> byDocument = byDocument(Path.of(args[2]));
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        // Tomcat sets TCP_NODELAY; without it an answer written as headers, then body waits for a delayed ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Driver driver = GraphDatabase.driver(uri, AuthTokens.none());
        driver.verifyConnectivity();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        server.setExecutor(Executors.newFixedThreadPool(threads));
        server.createContext("/graphql", exchange -> answer(exchange, byDocument, driver));
        server.createContext("/health", exchange -> send(exchange, 200, "{}".getBytes()));
        server.start();
        System.out.printf("floor on port %d, %d threads, %s, %d operations%n", port, threads, uri, byDocument.size());
    }

    /** The workload's operations by their GraphQL document; an operation without an answer here stops the start. */
    private static Map<String, Answer> byDocument(Path workload) throws IOException {
        Map<String, Answer> byDocument = new HashMap<>();
        for (String line : Files.readAllLines(workload)) {
            if (line.startsWith("#") || !line.contains("\t")) {
                continue;
            }
            String name = line.substring(0, line.indexOf('\t'));
            Answer answer = ANSWERS.get(name);
            if (answer == null) {
                throw new IllegalArgumentException("no floor for operation " + name + " of " + workload);
            }
            Map<?, ?> body = JSON.readValue(line.substring(line.indexOf('\t') + 1), Map.class);
            byDocument.put((String) body.get("query"), answer);
        }
        return byDocument;
    }

    @SuppressWarnings("unchecked")
    private static void answer(HttpExchange exchange, Map<String, Answer> byDocument, Driver driver)
            throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            Map<String, Object> body = JSON.readValue(in, Map.class);
            Answer answer = byDocument.get((String) body.get("query"));
            if (answer == null) {
                send(exchange, 400, error("not a document of the workload"));
                return;
            }
            Map<String, Object> variables = (Map<String, Object>) body.getOrDefault("variables", Map.of());
            Object data;
            try (Session session = driver.session()) {
                data = session.executeRead(tx -> answer.data(tx, variables));
            }
            send(exchange, 200, JSON.writeValueAsBytes(Collections.singletonMap("data", data)));
        } catch (RuntimeException e) {
            send(exchange, 500, error(String.valueOf(e)));
        }
    }

    private static byte[] error(String message) {
        return JSON.writeValueAsBytes(Map.of("errors", List.of(Map.of("message", message))));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The one row's {@code data} column as plain Java values, for Jackson. */
    private static Object data(TransactionContext tx, String query, Map<String, Object> parameters) {
        List<Record> rows = tx.run(query, parameters).list();
        return rows.isEmpty() ? null : rows.get(0).get("data").asObject();
    }

    private static Map<String, Object> with(Map<String, Object> variables, String name, Object value) {
        Map<String, Object> parameters = new HashMap<>(variables);
        parameters.put(name, value);
        return parameters;
    }

    /** Division codes nest: the prefix of every code under a place (city 511400: 5114, district 511402: itself). */
    static String subtree(String code) {
        if (code.length() == 6 && code.endsWith("00")) {
            return code.substring(0, code.endsWith("0000") ? 2 : 4);
        }
        return code;
    }

    // ---- whereAmI: the point-in-polygon is Java's, against boundaries parsed once (as the service keeps them)

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final PreparedGeometry NO_BOUNDARY = PreparedGeometryFactory.prepare(GEOMETRY.createPolygon());
    private static final Map<String, PreparedGeometry> BOUNDARIES_BY_CODE = new ConcurrentHashMap<>();

    private static Object whereAmI(TransactionContext tx, Map<String, Object> variables) {
        Map<String, Object> parameters = with(variables, "searchRadius", 6000);
        parameters.put("candidates", 64);
        List<String> candidates = tx.run(GRIDS_NEAR, parameters).list(r -> r.get("code").asString());
        List<String> unknown = candidates.stream()
                .filter(c -> !BOUNDARIES_BY_CODE.containsKey(c))
                .toList();
        if (!unknown.isEmpty()) {
            Map<String, PreparedGeometry> loaded = new HashMap<>();
            unknown.forEach(c -> loaded.put(c, NO_BOUNDARY));
            tx.run(BOUNDARIES, Map.of("codes", unknown))
                    .forEachRemaining(r -> loaded.put(r.get("code").asString(), polygon(r.get("wkt"))));
            BOUNDARIES_BY_CODE.putAll(loaded);
        }
        var point = GEOMETRY.createPoint(new Coordinate(number(variables, "lon"), number(variables, "lat")));
        String grid = candidates.stream()
                .filter(c -> BOUNDARIES_BY_CODE.get(c).contains(point))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the floor answers whereAmI only in a grid"));
        return data(tx, WHERE_AM_I, with(with(variables, "grid", grid), "dutyRole", DUTY_ROLE));
    }

    private static PreparedGeometry polygon(Value wkt) {
        try {
            return wkt.isNull()
                    ? NO_BOUNDARY
                    : PreparedGeometryFactory.prepare(new WKTReader(GEOMETRY).read(wkt.asString()));
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- search: the two Lucene queries the service builds (search.SearchText), for plain words only (no
    // punctuation, no mixed scripts). Written again here on purpose: the same scores need the same query text, and
    // the floor loads none of the service's classes, which the work it measures changes.

    private static Object search(TransactionContext tx, Map<String, Object> variables) {
        List<String> words = List.of(((String) variables.get("text")).strip().toLowerCase(Locale.ROOT).split("\\s+"));
        Map<String, Object> parameters = with(variables, "text", textQuery(words));
        parameters.put("pinyin", pinyinQuery(String.join("", words)));
        String within = (String) variables.get("within");
        parameters.put("prefix", within == null ? null : subtree(within));
        return data(tx, SEARCH.formatted(within == null ? "" : SEARCH_WITHIN), parameters);
    }

    /** Every word in the name (×3), an alias (×2) or the description; a lone Chinese character as a prefix. */
    private static String textQuery(List<String> words) {
        List<String> clauses = new ArrayList<>();
        for (String word : words) {
            boolean oneHan = word.codePointCount(0, word.length()) == 1
                    && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.HAN;
            String term = oneHan ? word + "*" : "\"" + word + "\"";
            clauses.add("(name:%1$s^3 OR aliases:%1$s^2 OR description:%1$s)".formatted(term));
        }
        return String.join(" AND ", clauses);
    }

    /** Latin letters and digits only: the spelling whole, its beginning, any part, one slip from four letters on. */
    private static String pinyinQuery(String q) {
        if (!q.matches("[a-z0-9]*[a-z][a-z0-9]*") || q.length() < 2) {
            return null;
        }
        List<String> clauses = new ArrayList<>();
        for (String field : List.of("pinyin", "initials", "aliasPinyin", "aliasInitials")) {
            double weight = field.startsWith("alias") ? 1 : 2;
            clauses.add("%s:%s^%s".formatted(field, q, 4 * weight));
            clauses.add("%s:%s*^%s".formatted(field, q, 3 * weight));
            clauses.add("%s:*%s*^%s".formatted(field, q, weight));
            if (q.length() >= 4) {
                clauses.add("%s:%s~1^%s".formatted(field, q, 0.5 * weight));
            }
        }
        return String.join(" OR ", clauses);
    }

    // ---- coverage: the nearest provider of each grid by great-circle distance, as the service measures it

    /** Neo4j's Earth radius for point.distance, so that distances agree with the service's to the last bit. */
    private static final double EARTH_RADIUS = 6_378_140.0;

    private static final double METERS_PER_DEGREE = Math.toRadians(1) * EARTH_RADIUS;

    private record Site(String key, String name, double lon, double lat) {}

    private record Nearest(Site site, double meters) {}

    private static Object coverage(TransactionContext tx, Map<String, Object> variables) {
        Record points = tx.run(COVERAGE_POINTS, with(variables, "prefix", subtree((String) variables.get("place"))))
                .single();
        STRtree tree = new STRtree();
        for (Value p : points.get("providers").values()) {
            Site site = new Site(p.get(0).asString(), p.get(1).asString(), p.get(2).asDouble(), p.get(3).asDouble());
            tree.insert(new Envelope(site.lon(), site.lon(), site.lat(), site.lat()), site);
        }
        tree.build();
        int radius = ((Number) variables.get("radius")).intValue();
        List<Object> edges = new ArrayList<>();
        long grids = 0, coveredGrids = 0, population = 0, coveredPopulation = 0;
        for (Value g : points.get("grids").values()) {
            Nearest nearest = nearest(tree, g.get(2).asDouble(), g.get(3).asDouble(), radius);
            boolean covered = nearest != null && nearest.meters() <= radius;
            grids++;
            population += g.get(4).asLong();
            coveredGrids += covered ? 1 : 0;
            coveredPopulation += covered ? g.get(4).asLong() : 0;
            if (edges.size() < 50) {
                edges.add(map("node", map(
                        "grid", map("code", g.get(0).asString(), "name", g.get(1).asString()),
                        "covered", covered,
                        "distance", nearest == null ? null : Math.round(nearest.meters() * 10) / 10.0,
                        "nearest", nearest == null ? null : map("name", nearest.site().name()))));
            }
        }
        return map("coverage", map(
                "totals",
                map("grids", figure(grids, coveredGrids), "population", figure(population, coveredPopulation)),
                "grids", map("totalCount", grids, "edges", edges)));
    }

    private static Map<String, Object> figure(long total, long covered) {
        double percent = total == 0 ? 0.0 : Math.round(10_000.0 * covered / total) / 100.0;
        return map("total", total, "covered", covered, "percent", percent);
    }

    /** A box that doubles until it holds a provider, then widened to that provider's distance: none nearer escapes. */
    private static Nearest nearest(STRtree tree, double lon, double lat, double radius) {
        if (tree.size() == 0) {
            return null;
        }
        double meters = Math.max(1, radius);
        Nearest best = closestWithin(tree, lon, lat, meters);
        while (best == null && meters < Math.PI * EARTH_RADIUS) {
            meters *= 2;
            best = closestWithin(tree, lon, lat, meters);
        }
        return best != null && best.meters() > meters ? closestWithin(tree, lon, lat, best.meters()) : best;
    }

    private static Nearest closestWithin(STRtree tree, double lon, double lat, double meters) {
        double dLat = meters / METERS_PER_DEGREE;
        double poleward = Math.toRadians(Math.min(89, Math.abs(lat) + dLat));
        double dLon = Math.min(180, meters / (METERS_PER_DEGREE * Math.cos(poleward)));
        // a little wider: on the sphere the shortest path bulges towards the pole
        Envelope box = new Envelope(lon - dLon * 1.01, lon + dLon * 1.01, lat - dLat * 1.01, lat + dLat * 1.01);
        Nearest best = null;
        for (Object item : tree.query(box)) {
            Site site = (Site) item;
            double d = haversine(lon, lat, site.lon(), site.lat());
            boolean nearer = best == null || d < best.meters();
            if (nearer || (d == best.meters() && site.key().compareTo(best.site().key()) < 0)) {
                best = new Nearest(site, d);
            }
        }
        return best;
    }

    private static double haversine(double lon1, double lat1, double lon2, double lat2) {
        double sinLat = Math.sin(Math.toRadians(lat2 - lat1) / 2);
        double sinLon = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        double a = sinLat * sinLat + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * sinLon * sinLon;
        return 2 * EARTH_RADIUS * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    private static double number(Map<String, Object> variables, String name) {
        return ((Number) variables.get(name)).doubleValue();
    }

    /** A JSON object whose values may be null (Map.of refuses them). */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
