package cn.linli.event;

import static cn.linli.seed.Column.Type.INT;
import static cn.linli.seed.Column.Type.TEXT;
import static cn.linli.seed.Column.optional;
import static cn.linli.seed.Column.required;

import cn.linli.seed.Properties;
import cn.linli.seed.Property;
import org.neo4j.driver.Value;

/**
 * A kind of event and its time limit (Open311's service: {@code service_code}, {@code service_name}), kept as data in
 * event_categories.csv: a new kind of matter is a row, not a release.
 */
public record EventCategory(String code, String name, String description, int timeLimitHours) {

    /** What a category node stores beside its {@code code} and provenance: event_categories.csv's columns. */
    static final Properties PROPERTIES = Properties.of(
            Property.of(required("name", TEXT)),
            Property.of(optional("description", TEXT)),
            Property.of("timeLimitHours", required("time_limit_hours", INT)));

    static EventCategory from(Value c) {
        return new EventCategory(
                c.get("code").asString(),
                c.get("name").asString(),
                c.get("description").asString(null),
                c.get("timeLimitHours").asInt());
    }
}
