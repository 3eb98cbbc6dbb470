package cn.linli.opendata;

import cn.linli.api.Timestamps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Neo4j values as the JSON and CSV of the exports write them, by the Table Schema type of their field. */
public final class Rows {

    private Rows() {}

    /** One row per record: each field read from the record's column of the same name. */
    public static Function<Record, List<Map<String, Object>>> byFields(List<Field> fields) {
        return record -> {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Field field : fields) {
                row.put(field.name(), value(record.get(field.name()), field.type()));
            }
            return List.of(row);
        };
    }

    /** {@code value} as a JSON value of Table Schema type {@code type}; null for a missing value. */
    public static Object value(Value value, String type) {
        if (value == null || value.isNull()) {
            return null;
        }
        return switch (type) {
            case "integer" -> value.asLong();
            case "number" -> value.asDouble();
            case "boolean" -> value.asBoolean();
            case "date" -> value.asLocalDate().toString();
            // the API's own form (stored with their offset, +08:00 for Linli's times): the same strings as GraphQL
            case "datetime" -> Timestamps.iso(value);
            case "array" -> value.asList(Value::asString);
            default -> value.asString();
        };
    }
}
