package cn.linli.opendata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Record;

/**
 * A table of an export: its fields and keys (for datapackage.json) and the read queries whose records make its rows.
 * A record may make no row or several (an opening-hours text becomes one schedule row per weekly slot).
 *
 * @param name        resource name in datapackage.json and the URL ({@code /opendata/<name>.ndjson})
 * @param path        the CSV file's name in the data package
 * @param parts       queries streamed one after the other into the table, each with how its records become rows
 */
public record Table(
        String name,
        String path,
        String description,
        List<Field> fields,
        List<String> primaryKey,
        List<ForeignKey> foreignKeys,
        List<Part> parts) {

    /** {@code fields} of this table name the {@code referenced} fields of table {@code resource}. */
    public record ForeignKey(List<String> fields, String resource, List<String> referenced) {

        public static ForeignKey of(String field, String resource, String referenced) {
            return new ForeignKey(List.of(field), resource, List.of(referenced));
        }
    }

    /** A read query, its parameters, and how each of its records becomes rows (field name to value; missing: no value). */
    public record Part(String query, Map<String, Object> params, Function<Record, List<Map<String, Object>>> rows) {

        public Part(String query, Function<Record, List<Map<String, Object>>> rows) {
            this(query, Map.of(), rows);
        }
    }

    /** The table as a tabular-data-resource of datapackage.json. */
    Map<String, Object> resource() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", fields.stream().map(Field::descriptor).toList());
        if (!primaryKey.isEmpty()) {
            schema.put("primaryKey", primaryKey);
        }
        if (!foreignKeys.isEmpty()) {
            schema.put(
                    "foreignKeys",
                    foreignKeys.stream()
                            .map(key -> Map.of(
                                    "fields",
                                    key.fields(),
                                    "reference",
                                    Map.of("resource", key.resource(), "fields", key.referenced())))
                            .toList());
        }
        schema.put("missingValues", List.of(""));
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("name", name);
        resource.put("path", path);
        resource.put("profile", "tabular-data-resource");
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.put("description", description);
        resource.put("schema", schema);
        return resource;
    }
}
