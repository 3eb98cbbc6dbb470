package cn.linli.audit;

import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Point;
import tools.jackson.databind.json.JsonMapper;

/** A record's properties as a JSON object string, keys sorted so that two states compare line by line. */
final class AuditJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditJson() {}

    /** Null for a missing record (before a create). */
    static String of(Value properties) {
        return properties == null || properties.isNull() ? null : JSON.writeValueAsString(plain(properties.asObject()));
    }

    /** Dates and times as ISO-8601 text, points as {lon, lat} (WGS-84), maps sorted by key. */
    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), plain(v)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(AuditJson::plain).toList();
        }
        if (value instanceof Point point) {
            return Map.of("lon", point.x(), "lat", point.y());
        }
        if (value instanceof TemporalAccessor temporal) {
            return temporal.toString();
        }
        return value;
    }
}
