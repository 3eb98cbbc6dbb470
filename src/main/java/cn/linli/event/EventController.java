package cn.linli.event;

import cn.linli.api.DateRange;
import cn.linli.api.GlobalId;
import cn.linli.api.NodeLookup;
import cn.linli.api.errors.BadInputException;
import cn.linli.api.errors.NotFoundException;
import cn.linli.api.paging.Connection;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.PagingSettings;
import cn.linli.event.EventQueries.Route;
import cn.linli.place.Place;
import cn.linli.place.PlaceArgument;
import cn.linli.place.PlaceQueries;
import cn.linli.provider.Provider;
import cn.linli.provider.ProviderQueries;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The events lists, a department's queue, a resident's view by reference, and what an event links to. */
@Controller
class EventController implements NodeLookup {

    /** What a department's queue holds: routed to it and not yet resolved. */
    private static final List<String> QUEUED = List.of(EventStatus.ROUTED.name(), EventStatus.IN_PROGRESS.name());

    /** A resident's reference number: district, year, number ({@code 511402-2024-000123}). */
    private static final Pattern REFERENCE = Pattern.compile("\\d{6}-\\d{4}-\\d{6}");

    private final EventQueries queries;
    private final PlaceQueries places;
    private final PlaceArgument placeArgument;
    private final ProviderQueries providers;
    private final PagingSettings paging;

    EventController(
            EventQueries queries,
            PlaceQueries places,
            PlaceArgument placeArgument,
            ProviderQueries providers,
            PagingSettings paging) {
        this.queries = queries;
        this.places = places;
        this.placeArgument = placeArgument;
        this.providers = providers;
        this.paging = paging;
    }

    @QueryMapping
    Connection<Event> events(
            @Argument String within,
            @Argument List<String> status,
            @Argument String category,
            @Argument String department,
            @Argument Boolean overdue,
            @Argument DateRange reported,
            @Argument EventSort sort,
            @Argument Integer first,
            @Argument String after,
            @Argument Integer last,
            @Argument String before) {
        DateRange.Days days = DateRange.check(reported, "reported");
        EventFilter filter = new EventFilter(
                within == null
                        ? null
                        : Place.subtreePrefix(
                                placeArgument.check(within, "within").code()),
                status,
                category == null ? null : category(category),
                department == null ? null : department(department),
                overdue,
                days.from(),
                days.to());
        return queries.list(
                filter, PageRequest.of(EventSort.orDefault(sort).order, first, after, last, before, paging));
    }

    @QueryMapping
    Connection<Event> departmentQueue(
            @Argument String department,
            @Argument Integer first,
            @Argument String after,
            @Argument Integer last,
            @Argument String before) {
        EventFilter filter = new EventFilter(null, QUEUED, null, department(department), null, null, null);
        return queries.list(filter, PageRequest.of(EventSort.QUEUE, first, after, last, before, paging));
    }

    @QueryMapping
    Optional<EventProgress> eventProgress(@Argument String reference) {
        String key = reference.strip();
        if (!REFERENCE.matcher(key).matches()) {
            throw new BadInputException(
                    "reference", "'" + key + "' is no reference number; they look like 511402-2024-000123");
        }
        return queries.byKeys(List.of(key)).stream()
                .findFirst()
                .map(event ->
                        EventProgress.of(event, queries.timelines(List.of(key)).getOrDefault(key, List.of())));
    }

    /** A category argument: the code of an event category, else BAD_USER_INPUT. */
    private String category(String category) {
        String code = category.strip();
        if (queries.categories(List.of(code)).isEmpty()) {
            throw new BadInputException(
                    "category", "'" + code + "' is no event category (see eventCategories, e.g. SANITATION)");
        }
        return code;
    }

    /**
     * A department argument: a provider id with or without {@code Provider:} ({@code dept-08} or {@code
     * Provider:dept-08}, as the mutations take it); NOT_FOUND when no provider has it, BAD_USER_INPUT when it is no
     * department. A mistyped id would otherwise list nothing, as an empty queue does.
     */
    private String department(String department) {
        String id = department.strip();
        String key = id.startsWith("Provider:") ? id.substring("Provider:".length()) : id;
        if (key.isEmpty()) {
            throw new BadInputException("department", "must be a department's provider id, e.g. dept-08");
        }
        Provider provider = providers.byKeys(List.of(key)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No provider has the id '" + id + "' (argument department)"));
        if (!provider.kind().equals("DEPARTMENT")) {
            throw new BadInputException(
                    "department", "'" + id + "' is a " + provider.kind() + ", not a department (kind DEPARTMENT)");
        }
        return key;
    }

    @QueryMapping
    List<EventCategory> eventCategories() {
        return queries.categories(null);
    }

    @BatchMapping(typeName = "Event")
    Map<Event, EventCategory> category(List<Event> events) {
        return byKey(events, Event::category, queries::categories, EventCategory::code);
    }

    @BatchMapping(typeName = "Event")
    Map<Event, Place> grid(List<Event> events) {
        return byKey(events, Event::gridCode, places::byCodes, Place::code);
    }

    @BatchMapping(typeName = "Event")
    Map<Event, Provider> department(List<Event> events) {
        return byKey(events, Event::departmentKey, providers::byKeys, Provider::key);
    }

    @BatchMapping(typeName = "Event")
    Map<Event, List<EventStep>> timeline(List<Event> events) {
        Map<String, List<EventStep>> timelines =
                queries.timelines(events.stream().map(Event::key).distinct().toList());
        Map<Event, List<EventStep>> result = new LinkedHashMap<>();
        events.forEach(e -> result.put(e, timelines.getOrDefault(e.key(), List.of())));
        return result;
    }

    @BatchMapping(typeName = "EventStep")
    Map<EventStep, Place> place(List<EventStep> steps) {
        return byKey(steps, EventStep::placeCode, places::byCodes, Place::code);
    }

    @BatchMapping(typeName = "EventStep", field = "department")
    Map<EventStep, Provider> stepDepartment(List<EventStep> steps) {
        return byKey(steps, EventStep::departmentKey, providers::byKeys, Provider::key);
    }

    @BatchMapping(typeName = "EventCategory")
    Map<EventCategory, List<Route>> routes(List<EventCategory> categories) {
        Map<String, List<Route>> routes = queries.routes(
                categories.stream().map(EventCategory::code).distinct().toList());
        Map<EventCategory, List<Route>> result = new LinkedHashMap<>();
        categories.forEach(c -> result.put(c, routes.getOrDefault(c.code(), List.of())));
        return result;
    }

    @BatchMapping(typeName = "EventProgress", field = "category")
    Map<EventProgress, EventCategory> progressCategory(List<EventProgress> progress) {
        return byKey(progress, EventProgress::category, queries::categories, EventCategory::code);
    }

    @BatchMapping(typeName = "EventProgress")
    Map<EventProgress, Place> community(List<EventProgress> progress) {
        return byKey(progress, EventProgress::communityCode, places::byCodes, Place::code);
    }

    @Override
    public Set<String> types() {
        return Set.of("Event");
    }

    @Override
    public Optional<Event> find(GlobalId id) {
        return queries.byKeys(List.of(id.key())).stream().findFirst();
    }

    /**
     * Each item's record, named by {@code key} (null: none), all loaded by one call of {@code load} with the distinct
     * keys: a level of the answer costs one query, however many items it has.
     */
    private static <T, V> Map<T, V> byKey(
            List<T> items, Function<T, String> key, Function<List<String>, List<V>> load, Function<V, String> keyOf) {
        Map<String, V> found = new HashMap<>();
        load.apply(items.stream().map(key).filter(Objects::nonNull).distinct().toList())
                .forEach(v -> found.put(keyOf.apply(v), v));
        Map<T, V> result = new LinkedHashMap<>();
        items.forEach(item -> result.put(item, key.apply(item) == null ? null : found.get(key.apply(item))));
        return result;
    }
}
