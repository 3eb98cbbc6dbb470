package cn.linli.event;

import cn.linli.api.GlobalId;
import cn.linli.api.errors.BadInputException;
import cn.linli.api.errors.ConflictException;
import cn.linli.api.errors.NotFoundException;
import cn.linli.event.EventInputs.ReportEventInput;
import cn.linli.event.EventInputs.StepRequest;
import cn.linli.graph.ChangeLog;
import cn.linli.graph.Cypher;
import cn.linli.partner.ApiKey;
import cn.linli.place.Place;
import cn.linli.privacy.PersonalDetails;
import cn.linli.write.Writes.Change;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** The Cypher and the rules of event writes; each method runs inside the mutation's transaction. */
@Component
class EventWrites {

    static final String GRID = "MATCH (g:Grid {code: $code}) RETURN g.code AS code";

    static final String CATEGORY = "MATCH (c:EventCategory {code: $code}) RETURN c.timeLimitHours AS hours";

    /**
     * The last reference number of a district's year, read under the district's write lock (the dummy property is set
     * and removed at once): two reports in one district are numbered one after the other, never alike.
     */
    static final String LAST_REFERENCE = """
            MATCH (d:District {code: $district})
            SET d._lock = true
            REMOVE d._lock
            WITH d
            OPTIONAL MATCH (e:Event) WHERE e.id STARTS WITH $prefix
            WITH e ORDER BY e.id DESC LIMIT 1
            RETURN e.id AS last""";

    /** The step {@code $step} (event_steps.csv's columns) added to event {@code n}'s timeline, which ends the write. */
    private static final String ADD_STEP =
            """

            WITH n AS event
            CREATE (event)-[:STEP]->(n:EventStep {id: $step.id, provenance: 'partner'})
            WITH event, n, $step AS row
            SET %s%s
            WITH event AS n
            RETURN %s AS after""".formatted(EventStep.PROPERTIES.set(), ChangeLog.stampNow("n", "n", "true"), Event.PROJECTION);

    /** {@code $row} has the columns of an events.csv row (but provenance): the seed's SET writes it. */
    static final String REPORT = """
            WITH $row AS row
            MATCH (g:Grid {code: row.grid_code})
            CREATE (n:Event {id: row.id, provenance: 'partner'})
            SET %s
            CREATE (n)-[:REPORTED_IN]->(g)%s""".formatted(Event.PROPERTIES.set(), ChangeLog.stampNow("n", "n", "true")) + ADD_STEP;

    /**
     * Takes the event's write lock before reading it, so two concurrent steps on one event run one after the other and
     * the second sees the first one's status.
     */
    static final String LOCK = """
            MATCH (n:Event {id: $key})
            SET n._lock = true
            REMOVE n._lock
            RETURN %s AS before, COUNT { (n)-[:STEP]->() } AS steps""".formatted(Event.PROJECTION);

    /** A step always adds to the timeline: the event is stamped as changed. Its ASSIGNED_TO edge follows its department. */
    static final String STEP = """
            MATCH (n:Event {id: $key})
            SET n += $changes
            WITH n, {department_id: n.departmentId} AS row%s%s""".formatted(Event.ASSIGNED_TO, ChangeLog.stampNow("n", "n", "true")) + ADD_STEP;

    static final String DEPARTMENT = "MATCH (d:Provider {id: $key}) RETURN d.kind AS kind, d.placeCode AS placeCode";

    /** The department the category's rules give for a grid: of the rules whose place holds the grid, the smallest place's. */
    static final String ROUTING_RULE = """
            MATCH (:EventCategory {code: $category})-[r:ROUTED_TO]->(d:Provider)
            WHERE $grid STARTS WITH r.placeCode
            RETURN d.id AS department ORDER BY size(r.placeCode) DESC LIMIT 1""";

    /** Steps whose note must say something: why it is escalated or reassigned, what was done. */
    private static final Set<EventAction> NOTE_REQUIRED =
            Set.of(EventAction.ESCALATE, EventAction.PROGRESS, EventAction.RESOLVE, EventAction.REASSIGN);

    Change<Event> report(Cypher.Transaction tx, ApiKey caller, ReportEventInput input) {
        String description = text(input.description(), "input.description", 2, 100);
        String address = input.address() == null || input.address().isBlank()
                ? null
                : text(input.address(), "input.address", 2, 60);
        String grid = input.gridCode() == null ? "" : input.gridCode().strip();
        if (tx.run(GRID, Map.of("code", grid)).isEmpty()) {
            throw new BadInputException(
                    "input.gridCode", "'" + grid + "' names no grid (grid codes look like 511402001001-03)");
        }
        String category = input.category() == null ? "" : input.category().strip();
        List<Record> found = tx.run(CATEGORY, Map.of("code", category));
        if (found.isEmpty()) {
            throw new BadInputException(
                    "input.category", "'" + category + "' is no event category (see eventCategories, e.g. SANITATION)");
        }
        EventRole.GRID_WORKER.authorize(caller, grid, null);
        EventRole reporter = EventRole.GRID_WORKER.actingAs(caller, grid);
        ZonedDateTime now = now(tx);
        String key = nextReference(tx, grid, now);
        Map<String, Object> row = new HashMap<>();
        row.put("id", key);
        row.put("description", description);
        row.put("category", category);
        row.put("grid_code", grid);
        row.put("address", address);
        row.put("status", EventStatus.REPORTED.name());
        row.put("level", EventLevel.GRID.name());
        row.put("reported_at", now);
        row.put("expected_at", now.plusHours(found.get(0).get("hours").asLong()));
        Map<String, Object> step = step(
                key, 1, EventAction.REPORT, reporter, EventLevel.GRID, reporter.place(grid), null, now, null, null);
        Value after = tx.run(REPORT, Map.of("row", row, "step", step)).get(0).get("after");
        return new Change<>(Event.from(after), "Event", key, null, after);
    }

    /** Moves the event one step on, as {@code action} does, for the role that takes it there. */
    Change<Event> step(Cypher.Transaction tx, ApiKey caller, EventAction action, StepRequest request) {
        String note = note(action, request);
        String key = GlobalId.keyOf(request.eventId(), "Event", "input.eventId");
        List<Record> locked = tx.run(LOCK, Map.of("key", key));
        if (locked.isEmpty()) {
            throw new NotFoundException("No event has the id " + request.eventId() + ".");
        }
        Value before = locked.get(0).get("before");
        Event event = Event.from(before);
        if (!action.allowed(event.status(), event.level())) {
            throw conflict(event, action);
        }
        EventRole holder = action.role(event.level());
        holder.authorize(caller, event.gridCode(), event.departmentKey());
        EventRole role = holder.actingAs(caller, event.gridCode());
        ZonedDateTime now = now(tx);
        EventLevel level = action.level(event.level());
        Map<String, Object> changes = new HashMap<>();
        changes.put("status", action.status().name());
        changes.put("level", level.name());
        String department = role == EventRole.DEPARTMENT ? event.departmentKey() : null;
        switch (action) {
            case ROUTE, REASSIGN -> {
                department = department(tx, action, request, event);
                changes.put("departmentId", department);
                changes.put("routedAt", now);
                // a reassigned event waits for its new department to accept it
                changes.put("acceptedAt", null);
            }
            case ACCEPT -> changes.put("acceptedAt", now);
            case RESOLVE -> changes.put("resolvedAt", now);
            case CALLBACK -> {
                changes.put("closedAt", now);
                changes.put("satisfied", request.satisfied());
            }
            default -> {
                // ESCALATE and PROGRESS change the status and level only; REPORT is no step of an existing event
            }
        }
        Map<String, Object> step = step(
                key,
                locked.get(0).get("steps").asInt() + 1,
                action,
                role,
                level,
                role.place(event.gridCode()),
                department,
                now,
                note,
                action == EventAction.CALLBACK ? request.satisfied() : null);
        Value after = tx.run(STEP, Map.of("key", key, "changes", changes, "step", step))
                .get(0)
                .get("after");
        return new Change<>(Event.from(after), "Event", key, before, after);
    }

    /**
     * The department a routing step sends the event to: the one named (a DEPARTMENT, and for a reassignment another
     * than the event's), or for a route without one, the one the category's rules give for the event's grid.
     */
    private static String department(Cypher.Transaction tx, EventAction action, StepRequest request, Event event) {
        if (request.departmentId() == null) {
            if (action == EventAction.REASSIGN) {
                throw new BadInputException("input.departmentId", "is needed: the department to reassign it to");
            }
            List<Record> rule = tx.run(ROUTING_RULE, Map.of("category", event.category(), "grid", event.gridCode()));
            if (rule.isEmpty()) {
                throw new BadInputException(
                        "input.departmentId",
                        "is needed: no routing rule of " + event.category() + " covers grid " + event.gridCode()
                                + " (see eventCategories.routes)");
            }
            return rule.get(0).get("department").asString();
        }
        String key = GlobalId.keyOf(request.departmentId(), "Provider", "input.departmentId");
        List<Record> found = tx.run(DEPARTMENT, Map.of("key", key));
        if (found.isEmpty() || !found.get(0).get("kind").asString().equals("DEPARTMENT")) {
            throw new BadInputException(
                    "input.departmentId",
                    "'" + request.departmentId() + "' is no department (a provider of kind DEPARTMENT)");
        }
        String answersFor = found.get(0).get("placeCode").asString("");
        if (!answersFor(answersFor, event.gridCode())) {
            throw new BadInputException(
                    "input.departmentId",
                    "'" + request.departmentId() + "' is a department of " + answersFor
                            + "; the event happened in grid " + event.gridCode()
                            + ", outside it: route it to a department of its own district");
        }
        if (action == EventAction.REASSIGN && key.equals(event.departmentKey())) {
            throw new BadInputException(
                    "input.departmentId",
                    "is the department the event is routed to already (" + key + "): reassign it to another");
        }
        return key;
    }

    /**
     * Whether a department of place {@code departmentPlace} answers for place {@code code}: it answers for the place it
     * belongs to (a district's bureau for its district's grids, a city's for all), for routing and for 报到 alike.
     */
    static boolean answersFor(String departmentPlace, String code) {
        return code.startsWith(Place.subtreePrefix(departmentPlace));
    }

    /** The step's note, checked: required where the step must say why or what, at most 200 characters. */
    private static String note(EventAction action, StepRequest request) {
        if (request.note() == null || request.note().isBlank()) {
            if (NOTE_REQUIRED.contains(action)) {
                throw new BadInputException(
                        request.noteField(), "is needed to " + action.name().toLowerCase(Locale.ROOT) + " an event");
            }
            return null;
        }
        return text(request.note(), request.noteField(), 2, 200);
    }

    /** A text of the input, stripped: within its length, and without a phone number of any kind (events are public). */
    private static String text(String value, String field, int min, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() < min || text.length() > max) {
            throw new BadInputException(
                    field, "must be " + min + " to " + max + " characters (got " + text.length() + ")");
        }
        PersonalDetails.findAboutResident(text).ifPresent(f -> {
            throw new BadInputException(field, f.problem());
        });
        return text;
    }

    /** The next reference number of the grid's district in {@code now}'s year: {@code 511402-2025-000001} and on. */
    private static String nextReference(Cypher.Transaction tx, String grid, ZonedDateTime now) {
        String district = Place.ancestorCodes(grid).get(2);
        String prefix = district + "-" + now.getYear() + "-";
        String last = tx.run(LAST_REFERENCE, Map.of("district", district, "prefix", prefix))
                .get(0)
                .get("last")
                .asString(null);
        int number = last == null ? 1 : Integer.parseInt(last.substring(prefix.length(), prefix.length() + 6)) + 1;
        return prefix + String.format(Locale.ROOT, "%06d", number);
    }

    /** A step's row, with event_steps.csv's columns. */
    private static Map<String, Object> step(
            String event,
            int position,
            EventAction action,
            EventRole role,
            EventLevel level,
            String place,
            String department,
            ZonedDateTime at,
            String note,
            Boolean satisfied) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", event + "/" + position);
        row.put("event_id", event);
        row.put("position", position);
        row.put("action", action.name());
        row.put("status", action.status().name());
        row.put("level", level.name());
        row.put("role", role.name());
        row.put("place_code", place);
        row.put("department_id", department);
        row.put("at", at);
        row.put("note", note);
        row.put("satisfied", satisfied);
        return row;
    }

    private static ConflictException conflict(Event event, EventAction action) {
        List<EventAction> allowed = event.nextActions();
        String mutations = allowed.stream().map(EventAction::mutation).collect(Collectors.joining(", "));
        Map<String, Object> details = new HashMap<>();
        details.put("status", event.status().name());
        details.put("level", event.level().name());
        details.put("allowed", allowed.isEmpty() ? "none" : mutations);
        String next = allowed.isEmpty() ? "none: the event is closed" : mutations;
        return new ConflictException(
                "Event " + event.id() + " is " + event.status() + " ("
                        + event.status().label() + ") at the "
                        + event.level() + " level; " + action.mutation() + " cannot follow that. Allowed next: "
                        + next + ".",
                details);
    }

    /** Now in China Standard Time, to the second, as the seed's timestamps are. */
    /**
     * The transaction's time, as its records' {@code createdAt}/{@code updatedAt} are stamped ({@link ChangeLog#NOW}):
     * a step's time is its record's, never a second apart.
     */
    private static ZonedDateTime now(Cypher.Transaction tx) {
        return tx.run("RETURN " + ChangeLog.NOW + " AS now", Map.of())
                .get(0)
                .get("now")
                .asZonedDateTime();
    }
}
