package cn.linli.event;

import cn.linli.api.paging.BatchedPages;
import cn.linli.api.paging.Connection;
import cn.linli.api.paging.KeyType;
import cn.linli.api.paging.ListOrder;
import cn.linli.api.paging.ListQuery;
import cn.linli.api.paging.PageKey;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.SortKey;
import cn.linli.graph.Cypher;
import cn.linli.place.Place;
import cn.linli.provider.Provider;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/** The Cypher that reads events, their steps and categories, and the departments' registrations (the writes are in {@link EventWrites}). */
@Component
class EventQueries {

    /** Which events match the filters: a prefix of the grid code (index event_grid), the rest on each event. */
    private static final String MATCHED = """
            MATCH (n:Event)
            WHERE ($prefix IS NULL OR n.gridCode STARTS WITH $prefix)
              AND ($statuses IS NULL OR n.status IN $statuses)
              AND ($category IS NULL OR n.category = $category)
              AND ($department IS NULL OR n.departmentId = $department)
              AND ($overdue IS NULL OR (%s) = $overdue)
              AND ($from IS NULL OR date(n.reportedAt) >= $from) AND ($to IS NULL OR date(n.reportedAt) <= $to)""".formatted(Event.OVERDUE);

    static final String LIST = ListQuery.of(MATCHED, "n", Event.PROJECTION, "n");

    static final String BY_KEYS = "MATCH (n:Event) WHERE n.id IN $keys RETURN " + Event.PROJECTION + " AS event";

    /** The timelines of several events, each in order. */
    static final String TIMELINES = """
            UNWIND $keys AS key
            MATCH (:Event {id: key})-[:STEP]->(s:EventStep)
            WITH key, s ORDER BY s.position
            RETURN key, collect(s) AS steps""";

    /** Categories by code: the given ones, or all. */
    static final String CATEGORIES =
            "MATCH (c:EventCategory) WHERE $codes IS NULL OR c.code IN $codes RETURN c ORDER BY c.code";

    /** The routing rules of several categories, each by place code. */
    static final String ROUTES = """
            UNWIND $codes AS code
            MATCH (:EventCategory {code: code})-[r:ROUTED_TO]->(d:Provider)
            MATCH (x:Place {code: r.placeCode})
            WITH code, x, d ORDER BY x.code, d.id
            RETURN code, collect({place: x%s, department: d}) AS routes""".formatted(Place.FIELDS);

    /** Departments registered (REPORTS_FOR) for places ($parents are codes): a grid's include its community's. */
    static final String REPORTING_DEPARTMENTS = """
            UNWIND $parents AS parent
            MATCH (x:Place {code: parent})
            CALL (x) {
                UNWIND [x] + [(x)-[:PART_OF]->(c:Community) WHERE x:Grid | c] AS target
                MATCH (p:Provider)-[:REPORTS_FOR]->(target)
                WITH DISTINCT p WHERE {keyset}
                WITH p ORDER BY {orderBy} LIMIT $fetch
                RETURN collect(p) AS page, collect({sortKey}) AS keys
            }
            CALL (x) {
                UNWIND [x] + [(x)-[:PART_OF]->(c:Community) WHERE x:Grid | c] AS target
                MATCH (p:Provider)-[:REPORTS_FOR]->(target)
                RETURN count(DISTINCT p) AS total
            }
            RETURN parent, total, page, keys""";

    /** The places departments ($parents are provider ids) are registered for, by code. */
    static final String REGISTERED_PLACES = """
            UNWIND $parents AS parent
            CALL (parent) {
                MATCH (:Provider {id: parent})-[:REPORTS_FOR]->(x:Place)
                WHERE {keyset}
                WITH x ORDER BY {orderBy} LIMIT $fetch
                RETURN collect(x%1$s) AS page, collect({sortKey}) AS keys
            }
            CALL (parent) {
                MATCH (:Provider {id: parent})-[:REPORTS_FOR]->(x:Place)
                RETURN count(x) AS total
            }
            RETURN parent, total, page, keys""".formatted(Place.FIELDS);

    /** One registration (部门报到) by its department and place. */
    static final String REGISTRATION = """
            MATCH (d:Provider {id: $department})-[r:REPORTS_FOR]->(x:Place {code: $place})
            RETURN %s AS registration""".formatted(DutyRegistration.PROJECTION);

    static final ListOrder REPORTING =
            ListOrder.of("Place.reportingDepartments", "ID", SortKey.ascending("p.id", KeyType.STRING));
    static final ListOrder REGISTERED =
            ListOrder.of("Provider.reportsFor", "CODE", SortKey.ascending("x.code", KeyType.STRING));

    /** A routing rule as read: the place it covers and its department. */
    record Route(Place place, Provider department) {}

    private final Cypher cypher;
    private final BatchedPages<Provider> reportingDepartments;
    private final BatchedPages<Place> registeredPlaces;

    EventQueries(Cypher cypher, BatchLoaderRegistry registry) {
        this.cypher = cypher;
        this.reportingDepartments = BatchedPages.register(
                registry, "Place.reportingDepartments", cypher::read, REPORTING_DEPARTMENTS, Provider::from);
        this.registeredPlaces =
                BatchedPages.register(registry, "Provider.reportsFor", cypher::read, REGISTERED_PLACES, Place::from);
    }

    Connection<Event> list(EventFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>(page.parameters());
        params.put("prefix", filter.prefix());
        params.put("statuses", filter.statuses());
        params.put("category", filter.category());
        params.put("department", filter.department());
        params.put("overdue", filter.overdue());
        params.put("from", filter.from());
        params.put("to", filter.to());
        return page.connection(cypher.read(page.cypher(LIST), params).get(0), Event::from);
    }

    List<Event> byKeys(List<String> keys) {
        return cypher.read(BY_KEYS, Map.of("keys", keys)).stream()
                .map(r -> Event.from(r.get("event")))
                .toList();
    }

    Map<String, List<EventStep>> timelines(List<String> keys) {
        Map<String, List<EventStep>> timelines = new HashMap<>();
        cypher.read(TIMELINES, Map.of("keys", keys))
                .forEach(r ->
                        timelines.put(r.get("key").asString(), r.get("steps").asList(EventStep::from)));
        return timelines;
    }

    /** The categories of {@code codes}, or all of them when null. */
    List<EventCategory> categories(List<String> codes) {
        Map<String, Object> params = new HashMap<>();
        params.put("codes", codes);
        return cypher.read(CATEGORIES, params).stream()
                .map(r -> EventCategory.from(r.get("c")))
                .toList();
    }

    Map<String, List<Route>> routes(List<String> codes) {
        Map<String, List<Route>> routes = new HashMap<>();
        cypher.read(ROUTES, Map.of("codes", codes))
                .forEach(r -> routes.put(
                        r.get("code").asString(),
                        r.get("routes")
                                .asList(v ->
                                        new Route(Place.from(v.get("place")), Provider.from(v.get("department"))))));
        return routes;
    }

    /** Departments registered for a place (for a grid, also those of its community). */
    /** The registration of {@code key} ({@link DutyRegistration#key}: department id / place code), if there is one. */
    Optional<DutyRegistration> registration(String key) {
        int slash = key.lastIndexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        return cypher
                .read(REGISTRATION, Map.of("department", key.substring(0, slash), "place", key.substring(slash + 1)))
                .stream()
                .findFirst()
                .map(row -> DutyRegistration.from(row.get("registration")));
    }

    CompletableFuture<Connection<Provider>> reportingDepartments(DataFetchingEnvironment env, PageKey key) {
        return reportingDepartments.load(env, key);
    }

    /** The places a department is registered for. */
    CompletableFuture<Connection<Place>> registeredPlaces(DataFetchingEnvironment env, PageKey key) {
        return registeredPlaces.load(env, key);
    }
}
