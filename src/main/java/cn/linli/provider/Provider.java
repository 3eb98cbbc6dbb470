package cn.linli.provider;

import static cn.linli.seed.Column.Type.INT;
import static cn.linli.seed.Column.Type.LIST;
import static cn.linli.seed.Column.Type.TEXT;
import static cn.linli.seed.Column.oneOf;
import static cn.linli.seed.Column.optional;
import static cn.linli.seed.Column.required;

import cn.linli.api.GlobalId;
import cn.linli.api.Provenance;
import cn.linli.api.Timestamps;
import cn.linli.hours.WithHours;
import cn.linli.seed.Edge;
import cn.linli.seed.Properties;
import cn.linli.seed.Property;
import cn.linli.seed.SeedFile.Reference;
import java.util.List;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Point;

/** A center, facility, department or organisation, as read from the graph. */
public record Provider(
        String key,
        String name,
        List<String> aliases,
        String kind,
        String level,
        Provenance provenance,
        double lon,
        double lat,
        String address,
        String phone,
        String hours,
        Integer capacity,
        String description,
        String placeCode,
        String createdAt,
        String updatedAt)
        implements WithHours {

    /** What a provider node stores beside its {@code id} and provenance: providers.csv's columns, and upsertProvider's SET. */
    static final Properties PROPERTIES = Properties.of(
            Property.of(required("name", TEXT)),
            Property.list("aliases", optional("alias", LIST)),
            Property.of(oneOf("kind", true, ProviderKind.class)),
            Property.of(oneOf("level", false, ProviderLevel.class)),
            Property.of("placeCode", required("place_code", TEXT)),
            Property.point("location"),
            Property.of(optional("address", TEXT)),
            Property.of(optional("phone", TEXT)),
            Property.of(optional("hours", TEXT)),
            Property.of(optional("capacity", INT)),
            Property.of(optional("description", TEXT)));

    /** A provider is LOCATED_IN the place its {@code placeCode} names, and only there. */
    static final Edge LOCATED_IN = Edge.to("LOCATED_IN", new Reference("place_code", "Place", "code"));

    /**
     * Map projection of a {@code :Provider} node with what {@link #from} reads: not the search keys (pinyin,
     * initials) and opening-week index derived at import, a third of a node's properties, which a node value would
     * carry through the Cypher runtime, Bolt and the driver for nothing. Use as {@code p{.id, ...}}.
     */
    public static final String FIELDS = "{.id, .name, .aliases, .kind, .level, .provenance, .location, .address,"
            + " .phone, .hours, .capacity, .description, .placeCode, .createdAt, .updatedAt}";

    public String id() {
        return GlobalId.of("Provider", key);
    }

    /** Maps a {@code :Provider} node value, or its {@link #FIELDS} projection. */
    public static Provider from(Value node) {
        Point location = node.get("location").asPoint();
        Value capacity = node.get("capacity");
        return new Provider(
                node.get("id").asString(),
                node.get("name").asString(),
                node.get("aliases").asList(Value::asString, List.of()),
                node.get("kind").asString(),
                node.get("level").asString(null),
                Provenance.fromStored(node.get("provenance").asString(null)),
                location.x(),
                location.y(),
                node.get("address").asString(null),
                node.get("phone").asString(null),
                node.get("hours").asString(null),
                capacity.isNull() ? null : capacity.asInt(),
                node.get("description").asString(null),
                node.get("placeCode").asString(),
                Timestamps.iso(node.get("createdAt")),
                Timestamps.iso(node.get("updatedAt")));
    }
}
