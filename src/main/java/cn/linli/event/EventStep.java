package cn.linli.event;

import static cn.linli.seed.Column.Type.BOOLEAN;
import static cn.linli.seed.Column.Type.DATETIME;
import static cn.linli.seed.Column.Type.INT;
import static cn.linli.seed.Column.Type.TEXT;
import static cn.linli.seed.Column.oneOf;
import static cn.linli.seed.Column.optional;
import static cn.linli.seed.Column.required;

import cn.linli.api.Timestamps;
import cn.linli.seed.Edge;
import cn.linli.seed.Properties;
import cn.linli.seed.Property;
import cn.linli.seed.SeedFile.Reference;
import org.neo4j.driver.Value;

/**
 * One step of an event's timeline: what was done, by which role for which place or department, when, and the
 * status and level it left the event in. Its key is the event's and its position, {@code <event>/<n>}.
 */
public record EventStep(
        String key,
        String eventKey,
        int position,
        EventAction action,
        EventStatus status,
        EventLevel level,
        EventRole role,
        String placeCode,
        String departmentKey,
        String at,
        String note,
        Boolean satisfied) {

    /** What a step node stores beside its {@code id} and provenance: event_steps.csv's columns, and every step's SET. */
    static final Properties PROPERTIES = Properties.of(
            Property.of("eventId", required("event_id", TEXT)),
            Property.of(required("position", INT)),
            Property.of(oneOf("action", true, EventAction.class)),
            Property.of(oneOf("status", true, EventStatus.class)),
            Property.of(oneOf("level", true, EventLevel.class)),
            Property.of(oneOf("role", true, EventRole.class)),
            Property.of("placeCode", optional("place_code", TEXT)),
            Property.of("departmentId", optional("department_id", TEXT)),
            Property.of(required("at", DATETIME)),
            Property.of(optional("note", TEXT)),
            Property.of(optional("satisfied", BOOLEAN)));

    /** A step hangs from its event: {@code (event)-[:STEP]->(step)}. */
    static final Edge OF_EVENT = Edge.from("STEP", new Reference("event_id", "Event", "id"));

    public String actionLabel() {
        return action.label();
    }

    /** Maps a step node. */
    static EventStep from(Value s) {
        return new EventStep(
                s.get("id").asString(),
                s.get("eventId").asString(),
                s.get("position").asInt(),
                EventAction.valueOf(s.get("action").asString()),
                EventStatus.valueOf(s.get("status").asString()),
                EventLevel.valueOf(s.get("level").asString()),
                EventRole.valueOf(s.get("role").asString()),
                s.get("placeCode").asString(null),
                s.get("departmentId").asString(null),
                Timestamps.iso(s.get("at")),
                s.get("note").asString(null),
                s.get("satisfied").isNull() ? null : s.get("satisfied").asBoolean());
    }
}
