package cn.linli.opendata;

import static cn.linli.opendata.Field.of;
import static cn.linli.opendata.Field.string;

import cn.linli.opendata.Table.ForeignKey;
import cn.linli.opendata.Table.Part;
import java.util.List;
import java.util.Optional;

/**
 * The tables of the full export and the Cypher that reads each, whole, in key order (docs/OPEN_DATA.md).
 * Each query names its columns after the table's fields. {@code WHERE key IS NOT NULL} lets the planner read the
 * unique index in key order instead of sorting every record (the order makes two exports comparable line by line).
 */
public final class ExportTables {

    static final String PLACES = """
            MATCH (p:Place) WHERE p.code IS NOT NULL
            RETURN p.code AS code, p.level AS level, p.name AS name, p.kind AS kind, p.parentCode AS parent_code,
                   p.location.x AS lon, p.location.y AS lat, p.households AS households, p.population AS population,
                   p.partyMembers AS party_members, p.elderly AS elderly, p.children AS children,
                   p.dutyPhone AS duty_phone, p.boundary AS boundary, p.provenance AS provenance,
                   p.divisionCodeVintage AS division_code_vintage, %s
            ORDER BY p.code""".formatted(dates("p"));

    static final String PROVIDERS = """
            MATCH (p:Provider) WHERE p.id IS NOT NULL
            RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.kind AS kind, p.level AS level,
                   p.placeCode AS place_code, p.location.x AS lon, p.location.y AS lat, p.address AS address,
                   p.phone AS phone, p.hours AS hours, p.capacity AS capacity, p.description AS description,
                   p.provenance AS provenance, %s
            ORDER BY p.id""".formatted(dates("p"));

    static final String SERVICE_ITEMS = """
            MATCH (s:ServiceItem) WHERE s.id IS NOT NULL
            RETURN s.id AS id, s.providerId AS provider_id, s.name AS name, s.category AS category,
                   s.description AS description, s.hours AS hours, s.eligibility AS eligibility, s.fee AS fee,
                   s.documents AS documents, s.languages AS languages, s.provenance AS provenance, %s
            ORDER BY s.id""".formatted(dates("s"));

    static final String SERVES = """
            MATCH (p:Provider)-[r:SERVES]->(place:Place) WHERE p.id IS NOT NULL
            RETURN p.id AS provider_id, place.code AS place_code, r.provenance AS provenance, %s
            ORDER BY p.id, place.code""".formatted(dates("r"));

    static final String RESOURCES = """
            MATCH (r:Resource) WHERE r.id IS NOT NULL
            RETURN r.id AS id, r.name AS name, r.type AS type, r.category AS category, r.ownerId AS owner_id,
                   r.description AS description, r.status AS status, r.provenance AS provenance, %s
            ORDER BY r.id""".formatted(dates("r"));

    static final String DEPLOYMENTS = """
            MATCH (r:Resource)-[d:DEPLOYED_TO]->(g:Grid) WHERE r.id IS NOT NULL
            RETURN r.id AS resource_id, g.code AS grid_code, d.since AS since, d.until AS until,
                   d.provenance AS provenance, %s
            ORDER BY r.id, g.code""".formatted(dates("d"));

    // A need's claimant is its CLAIMED_BY edge; needs hold no personal details (privacy.PersonalDetails screens them).
    static final String NEEDS = """
            MATCH (n:Need) WHERE n.id IS NOT NULL
            OPTIONAL MATCH (n)-[:CLAIMED_BY]->(claimant:Provider)
            RETURN n.id AS id, n.title AS title, n.category AS category, n.status AS status, n.gridCode AS grid_code,
                   n.raisedAt AS raised_at, n.dispatchedAt AS dispatched_at, claimant.id AS claimed_by,
                   n.claimedAt AS claimed_at, n.completedAt AS completed_at, n.followedUpAt AS followed_up_at,
                   n.provenance AS provenance, %s
            ORDER BY n.id""".formatted(dates("n"));

    static final String EVENT_CATEGORIES = """
            MATCH (c:EventCategory) WHERE c.code IS NOT NULL
            RETURN c.code AS code, c.name AS name, c.description AS description, c.timeLimitHours AS time_limit_hours,
                   c.provenance AS provenance
            ORDER BY c.code""";

    static final String ROUTING_RULES = """
            MATCH (c:EventCategory)-[r:ROUTED_TO]->(d:Provider) WHERE c.code IS NOT NULL
            RETURN c.code AS category, d.id AS department_id, r.placeCode AS place_code, r.provenance AS provenance
            ORDER BY c.code, d.id""";

    static final String REPORTS_FOR = """
            MATCH (d:Provider)-[r:REPORTS_FOR]->(place:Place) WHERE d.id IS NOT NULL
            RETURN d.id AS department_id, place.code AS place_code, r.provenance AS provenance, %s
            ORDER BY d.id, place.code""".formatted(dates("r"));

    // Events hold no personal details: who reported is not kept, texts are screened, steps name roles and places.
    static final String EVENTS = """
            MATCH (e:Event) WHERE e.id IS NOT NULL
            RETURN e.id AS id, e.description AS description, e.category AS category, e.gridCode AS grid_code,
                   e.address AS address, e.status AS status, e.level AS level, e.departmentId AS department_id,
                   e.reportedAt AS reported_at, e.expectedAt AS expected_at, e.routedAt AS routed_at,
                   e.acceptedAt AS accepted_at, e.resolvedAt AS resolved_at, e.closedAt AS closed_at,
                   e.satisfied AS satisfied, e.provenance AS provenance, %s
            ORDER BY e.id""".formatted(dates("e"));

    static final String EVENT_STEPS = """
            MATCH (s:EventStep) WHERE s.id IS NOT NULL
            RETURN s.id AS id, s.eventId AS event_id, s.position AS position, s.action AS action, s.status AS status,
                   s.level AS level, s.role AS role, s.placeCode AS place_code, s.departmentId AS department_id,
                   s.at AS at, s.note AS note, s.satisfied AS satisfied, s.provenance AS provenance, %s
            ORDER BY s.id""".formatted(dates("s"));

    private static final Field PROVENANCE = string(
            "provenance",
            "official (division codes and names), article (named in the source article) or synthetic (generated), "
                    + "partner (written through the API)");

    // The dates GraphQL serves as createdAt and updatedAt (docs/CHANGES.md), as the same strings (Rows:
    // Timestamps.iso).
    private static final Field CREATED_AT = of(
            "created_at",
            "datetime",
            "when the record was created (GraphQL createdAt): its source's date for seed records (seed/sources.csv), "
                    + "the time of the write for partners'");
    private static final Field UPDATED_AT = of(
            "updated_at",
            "datetime",
            "when it last changed (GraphQL updatedAt); a write or import that changes nothing leaves it");

    public static final List<Table> ALL = List.of(
            table(
                    "places",
                    "The place hierarchy: city, districts, towns (街道/镇/乡), communities (社区/村) and grids (网格).",
                    List.of(
                            string(
                                    "code",
                                    "official division code (GB/T 2260, NBS 统计用区划代码 2023); a grid: its community's code + '-nn'"),
                            string("level", "CITY, DISTRICT, TOWN, COMMUNITY or GRID"),
                            string("name", "name"),
                            string(
                                    "kind",
                                    "DISTRICT/COUNTY, STREET/TOWN/TOWNSHIP, COMMUNITY/VILLAGE; empty for the city and grids"),
                            string("parent_code", "code of the place it is part of"),
                            of("lon", "number", "WGS-84 longitude of its point, decimal degrees"),
                            of("lat", "number", "WGS-84 latitude of its point, decimal degrees"),
                            of("households", "integer", "grids only: households"),
                            of("population", "integer", "grids only: residents"),
                            of("party_members", "integer", "grids only: party members"),
                            of("elderly", "integer", "grids only: residents aged 60 and over"),
                            of("children", "integer", "grids only: children"),
                            string(
                                    "duty_phone",
                                    "grids only: the grid worker role's duty phone (a role's line, never a person's)"),
                            string("boundary", "WKT polygon or multipolygon, WGS-84"),
                            PROVENANCE,
                            string(
                                    "division_code_vintage",
                                    "the year of the NBS division codes it follows (grids: their community's)"),
                            CREATED_AT,
                            UPDATED_AT),
                    List.of("code"),
                    List.of(ForeignKey.of("parent_code", "places", "code")),
                    PLACES),
            table(
                    "providers",
                    "Who serves: neighborhood centers, care and medical points, departments, organisations, party branches.",
                    List.of(
                            string("id", "stable key"),
                            string("name", "name"),
                            of("aliases", "array", "other names"),
                            string(
                                    "kind",
                                    "NEIGHBORHOOD_CENTER, ELDERLY_CARE, MEDICAL, ... (schema/provider.graphqls ProviderKind)"),
                            string(
                                    "level",
                                    "BLOCK/COMMUNITY/RESIDENTIAL, CENTER/STATION/ROOM or CENTER/INSTITUTE/STATION where it applies"),
                            string("place_code", "code of the place it lies in"),
                            of("lon", "number", "WGS-84 longitude"),
                            of("lat", "number", "WGS-84 latitude"),
                            string("address", "street address"),
                            string("phone", "an organisation's public line(s), separated by 、"),
                            string(
                                    "hours",
                                    "opening hours, OpenStreetMap opening_hours syntax (docs/OPENING_HOURS.md)"),
                            of("capacity", "integer", "places or beds where it applies"),
                            string("description", "description"),
                            PROVENANCE,
                            CREATED_AT,
                            UPDATED_AT),
                    List.of("id"),
                    List.of(ForeignKey.of("place_code", "places", "code")),
                    PROVIDERS),
            table(
                    "service_items",
                    "What providers offer (服务事项).",
                    List.of(
                            string("id", "stable key"),
                            string("provider_id", "the provider offering it"),
                            string("name", "name"),
                            string("category", "ELDERLY_CARE, MEDICAL, ... (schema/service.graphqls ServiceCategory)"),
                            string("description", "description"),
                            string("hours", "its own opening hours (OpenStreetMap syntax); empty: its provider's"),
                            string("eligibility", "who may use it"),
                            string("fee", "what it costs; empty: free"),
                            of("documents", "array", "documents to bring"),
                            of("languages", "array", "languages spoken"),
                            PROVENANCE,
                            CREATED_AT,
                            UPDATED_AT),
                    List.of("id"),
                    List.of(ForeignKey.of("provider_id", "providers", "id")),
                    SERVICE_ITEMS),
            table(
                    "serves",
                    "Which grids and communities each provider serves (the SERVES relation).",
                    List.of(
                            string("provider_id", "the provider"),
                            string("place_code", "a grid or community it serves"),
                            PROVENANCE,
                            CREATED_AT,
                            UPDATED_AT),
                    List.of("provider_id", "place_code"),
                    List.of(
                            ForeignKey.of("provider_id", "providers", "id"),
                            ForeignKey.of("place_code", "places", "code")),
                    SERVES),
            table(
                    "resources",
                    "The resources list (资源清单) and projects list (项目清单).",
                    List.of(
                            string("id", "stable key"),
                            string("name", "name"),
                            string("type", "PROJECT or RESOURCE"),
                            string("category", "ServiceCategory"),
                            string("owner_id", "the provider (department or organisation) owning it"),
                            string("description", "description"),
                            string("status", "ACTIVE or ENDED"),
                            PROVENANCE,
                            CREATED_AT,
                            UPDATED_AT),
                    List.of("id"),
                    List.of(ForeignKey.of("owner_id", "providers", "id")),
                    RESOURCES),
            table(
                    "deployments",
                    "Where resources are deployed (投放): resource to grid, with its dates.",
                    List.of(
                            string("resource_id", "the resource"),
                            string("grid_code", "the grid"),
                            of("since", "date", "first day"),
                            of("until", "date", "last day; empty: ongoing"),
                            PROVENANCE,
                            CREATED_AT,
                            UPDATED_AT),
                    List.of("resource_id", "grid_code"),
                    List.of(
                            ForeignKey.of("resource_id", "resources", "id"),
                            ForeignKey.of("grid_code", "places", "code")),
                    DEPLOYMENTS),
            table(
                    "needs",
                    "The needs list (需求清单, 微心愿) and each need's lifecycle; no personal details.",
                    List.of(
                            string("id", "stable key"),
                            string("title", "what is needed"),
                            string("category", "ServiceCategory"),
                            string("status", "OPEN, DISPATCHED, CLAIMED, COMPLETED or CLOSED"),
                            string("grid_code", "the grid it was raised in"),
                            of("raised_at", "datetime", "when it was raised (with offset)"),
                            of("dispatched_at", "datetime", "when it was dispatched"),
                            string("claimed_by", "the provider (party branch or organisation) that claimed it"),
                            of("claimed_at", "datetime", "when it was claimed"),
                            of("completed_at", "datetime", "when it was completed"),
                            of("followed_up_at", "datetime", "when it was followed up and closed"),
                            PROVENANCE,
                            CREATED_AT,
                            UPDATED_AT),
                    List.of("id"),
                    List.of(
                            ForeignKey.of("grid_code", "places", "code"),
                            ForeignKey.of("claimed_by", "providers", "id")),
                    NEEDS),
            table(
                    "event_categories",
                    "Kinds of events (事件) and their time limits; Open311 services.",
                    List.of(
                            string("code", "Open311 service_code"),
                            string("name", "Open311 service_name"),
                            string("description", "what matters it covers"),
                            of(
                                    "time_limit_hours",
                                    "integer",
                                    "hours from the report within which an event must be resolved"),
                            PROVENANCE),
                    List.of("code"),
                    List.of(),
                    EVENT_CATEGORIES),
            table(
                    "routing_rules",
                    "Which department events of a category under a place are routed to (网上分流移交); the smallest place wins.",
                    List.of(
                            string("category", "the event category's code"),
                            string("department_id", "the department (a provider)"),
                            string("place_code", "the place the rule covers, with its subtree"),
                            PROVENANCE),
                    List.of("category", "department_id"),
                    List.of(
                            ForeignKey.of("category", "event_categories", "code"),
                            ForeignKey.of("department_id", "providers", "id"),
                            ForeignKey.of("place_code", "places", "code")),
                    ROUTING_RULES),
            table(
                    "reports_for",
                    "Which communities and grids each department is registered to answer for (部门报到, REPORTS_FOR): the seed's and those registered through reportForDuty.",
                    List.of(
                            string("department_id", "the department (a provider)"),
                            string("place_code", "a community or grid"),
                            PROVENANCE,
                            CREATED_AT,
                            UPDATED_AT),
                    List.of("department_id", "place_code"),
                    List.of(
                            ForeignKey.of("department_id", "providers", "id"),
                            ForeignKey.of("place_code", "places", "code")),
                    REPORTS_FOR),
            table(
                    "events",
                    "Events (事件) reported in grids and where each stands in the five-step flow; Open311 service requests. No personal details.",
                    List.of(
                            string(
                                    "id",
                                    "the reference number, <district>-<year>-<nnnnnn>; Open311 service_request_id"),
                            string("description", "what is wrong; Open311 description"),
                            string("category", "the event category's code; Open311 service_code"),
                            string("grid_code", "the grid it happened in"),
                            string("address", "a public spot in words; Open311 address"),
                            string("status", "REPORTED, ESCALATED, ROUTED, IN_PROGRESS, RESOLVED or CLOSED"),
                            string("level", "who holds it, or where it was solved: GRID, COMMUNITY or DISTRICT"),
                            string("department_id", "the department it is routed to; Open311 agency_responsible"),
                            of("reported_at", "datetime", "when it was reported; Open311 requested_datetime"),
                            of("expected_at", "datetime", "its time limit; Open311 expected_datetime"),
                            of("routed_at", "datetime", "when it was last routed or reassigned to its department"),
                            of("accepted_at", "datetime", "when its department accepted it"),
                            of("resolved_at", "datetime", "when it was resolved"),
                            of("closed_at", "datetime", "when the callback closed it"),
                            of("satisfied", "boolean", "the callback's result"),
                            PROVENANCE,
                            CREATED_AT,
                            UPDATED_AT),
                    List.of("id"),
                    List.of(
                            ForeignKey.of("category", "event_categories", "code"),
                            ForeignKey.of("grid_code", "places", "code"),
                            ForeignKey.of("department_id", "providers", "id")),
                    EVENTS),
            table(
                    "event_steps",
                    "Every step of every event: who (a role, for a place or a department, never a person) did what, when.",
                    List.of(
                            string("id", "<event id>/<position>"),
                            string("event_id", "the event"),
                            of("position", "integer", "its place in the event's timeline, from 1"),
                            string(
                                    "action",
                                    "REPORT, ESCALATE, ROUTE, ACCEPT, PROGRESS, RESOLVE, REASSIGN or CALLBACK"),
                            string("status", "the event's status after the step"),
                            string("level", "the event's level after the step"),
                            string("role", "GRID_WORKER, COMMUNITY_STAFF, GOVERNANCE_CENTRE or DEPARTMENT"),
                            string("place_code", "the place the role acted for (grid, community or district)"),
                            string("department_id", "the department that acted, or the one routed to"),
                            of("at", "datetime", "when"),
                            string("note", "reason, what was done, or the callback's words"),
                            of("satisfied", "boolean", "the callback's result"),
                            PROVENANCE,
                            CREATED_AT,
                            UPDATED_AT),
                    List.of("id"),
                    List.of(
                            ForeignKey.of("event_id", "events", "id"),
                            ForeignKey.of("department_id", "providers", "id"),
                            ForeignKey.of("place_code", "places", "code")),
                    EVENT_STEPS));

    private ExportTables() {}

    /** The columns {@code created_at} and {@code updated_at} of the node or relationship {@code variable}. */
    private static String dates(String variable) {
        return "%1$s.createdAt AS created_at, %1$s.updatedAt AS updated_at".formatted(variable);
    }

    /** The table of that name, if the export has one. */
    public static Optional<Table> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static Table table(
            String name,
            String description,
            List<Field> fields,
            List<String> primaryKey,
            List<ForeignKey> foreignKeys,
            String query) {
        return new Table(
                name,
                name + ".csv",
                description,
                fields,
                primaryKey,
                foreignKeys,
                List.of(new Part(query, Rows.byFields(fields))));
    }
}
