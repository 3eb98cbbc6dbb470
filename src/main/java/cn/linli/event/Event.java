package cn.linli.event;

import static cn.linli.seed.Column.Type.BOOLEAN;
import static cn.linli.seed.Column.Type.DATETIME;
import static cn.linli.seed.Column.Type.TEXT;
import static cn.linli.seed.Column.oneOf;
import static cn.linli.seed.Column.optional;
import static cn.linli.seed.Column.required;

import cn.linli.api.GlobalId;
import cn.linli.api.Provenance;
import cn.linli.api.Timestamps;
import cn.linli.seed.Properties;
import cn.linli.seed.Property;
import java.util.List;
import org.neo4j.driver.Value;

/**
 * 事件: a matter a grid worker reported (Open311's service request), where it stands in the five-step flow, who holds
 * it and when each stage was reached. Its key is its reference number, {@code <district>-<year>-<nnnnnn>}.
 */
public record Event(
        String key,
        String description,
        String category,
        EventStatus status,
        EventLevel level,
        String gridCode,
        String address,
        String departmentKey,
        String reportedAt,
        String expectedAt,
        String routedAt,
        String acceptedAt,
        String resolvedAt,
        String closedAt,
        Boolean satisfied,
        boolean overdue,
        Provenance provenance,
        String createdAt,
        String updatedAt) {

    /**
     * What an event node stores beside its {@code id} and provenance: events.csv's columns, and reportEvent's SET. The
     * steps change {@code status}, {@code level}, {@code departmentId}, the stage times and {@code satisfied}.
     */
    static final Properties PROPERTIES = Properties.of(
            Property.of(required("description", TEXT)),
            Property.of(required("category", TEXT)),
            Property.of("gridCode", required("grid_code", TEXT)),
            Property.of(optional("address", TEXT)),
            Property.of(oneOf("status", true, EventStatus.class)),
            Property.of(oneOf("level", true, EventLevel.class)),
            Property.of("departmentId", optional("department_id", TEXT)),
            Property.of("reportedAt", required("reported_at", DATETIME)),
            Property.of("expectedAt", required("expected_at", DATETIME)),
            Property.of("routedAt", optional("routed_at", DATETIME)),
            Property.of("acceptedAt", optional("accepted_at", DATETIME)),
            Property.of("resolvedAt", optional("resolved_at", DATETIME)),
            Property.of("closedAt", optional("closed_at", DATETIME)),
            Property.of(optional("satisfied", BOOLEAN)));

    /**
     * The one ASSIGNED_TO edge of event {@code n} follows {@code row.department_id}: to that department, or none. The seed's
     * import and the steps that route an event write it alike.
     */
    static final String ASSIGNED_TO = """

            WITH n, row
            CALL (n, row) {
                OPTIONAL MATCH (n)-[old:ASSIGNED_TO]->(previous)
                WHERE row.department_id IS NULL OR previous.id <> row.department_id
                DELETE old
            }
            CALL (n, row) {
                MATCH (department:Provider {id: row.department_id})
                MERGE (n)-[:ASSIGNED_TO]->(department)
            }""";

    /**
     * Whether event {@code n} is past its time limit: resolved after {@code expectedAt}, or still unresolved now. The one
     * definition, which the projection, the {@code overdue} filter and the figures share.
     */
    static final String OVERDUE = "coalesce(n.resolvedAt, datetime()) > n.expectedAt";

    /** Cypher projection of an event node {@code n}: what {@link #from} reads. */
    public static final String PROJECTION = "n {.*, overdue: " + OVERDUE + "}";

    public String id() {
        return GlobalId.of("Event", key);
    }

    /** The reference number a resident is given (Open311 {@code service_request_id}). */
    public String reference() {
        return key;
    }

    public Open311Status open311Status() {
        return status.open311();
    }

    public String statusLabel() {
        return status.label();
    }

    /** The steps that may come next, in the flow's order; none once closed. */
    public List<EventAction> nextActions() {
        return EventAction.after(status, level);
    }

    /** Maps a {@link #PROJECTION} value. */
    public static Event from(Value n) {
        return new Event(
                n.get("id").asString(),
                n.get("description").asString(),
                n.get("category").asString(),
                EventStatus.valueOf(n.get("status").asString()),
                EventLevel.valueOf(n.get("level").asString()),
                n.get("gridCode").asString(),
                n.get("address").asString(null),
                n.get("departmentId").asString(null),
                Timestamps.iso(n.get("reportedAt")),
                Timestamps.iso(n.get("expectedAt")),
                Timestamps.iso(n.get("routedAt")),
                Timestamps.iso(n.get("acceptedAt")),
                Timestamps.iso(n.get("resolvedAt")),
                Timestamps.iso(n.get("closedAt")),
                n.get("satisfied").isNull() ? null : n.get("satisfied").asBoolean(),
                n.get("overdue").asBoolean(),
                Provenance.fromStored(n.get("provenance").asString(null)),
                Timestamps.iso(n.get("createdAt")),
                Timestamps.iso(n.get("updatedAt")));
    }
}
