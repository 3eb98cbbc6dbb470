package cn.linli.provider;

import java.util.List;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Point;

import cn.linli.api.GlobalId;
import cn.linli.api.Provenance;
import cn.linli.hours.WithHours;

/** A center, facility, department or organisation, as read from the graph. */
public record Provider(String key, String name, List<String> aliases, String kind, String level,
        Provenance provenance, double lon, double lat, String address, String phone, String hours,
        Integer capacity, String description, String placeCode) implements WithHours {

    public String id() {
        return GlobalId.of("Provider", key);
    }

    /** Maps a {@code :Provider} node value. */
    public static Provider from(Value node) {
        Point location = node.get("location").asPoint();
        Value capacity = node.get("capacity");
        return new Provider(node.get("id").asString(), node.get("name").asString(),
                node.get("aliases").asList(Value::asString, List.of()), node.get("kind").asString(),
                node.get("level").asString(null), Provenance.fromStored(node.get("provenance").asString(null)),
                location.x(), location.y(), node.get("address").asString(null), node.get("phone").asString(null),
                node.get("hours").asString(null), capacity.isNull() ? null : capacity.asInt(),
                node.get("description").asString(null), node.get("placeCode").asString());
    }
}
