package cn.linli.opendata;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One column of an exported table, described as a Frictionless Table Schema field
 * (https://specs.frictionlessdata.io/table-schema/): {@code type} is one of Table Schema's types (string, integer,
 * number, date, datetime, time, array, boolean), {@code format} its format where it has one (uuid, uri, ...).
 */
public record Field(String name, String type, String format, String description) {

    public static Field string(String name, String description) {
        return new Field(name, "string", null, description);
    }

    public static Field of(String name, String type, String description) {
        return new Field(name, type, null, description);
    }

    public static Field formatted(String name, String type, String format, String description) {
        return new Field(name, type, format, description);
    }

    /** The field as datapackage.json lists it. */
    Map<String, Object> descriptor() {
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("name", name);
        descriptor.put("type", type);
        if (format != null) {
            descriptor.put("format", format);
        }
        descriptor.put("description", description);
        return descriptor;
    }
}
