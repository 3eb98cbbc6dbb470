package cn.linli.resource;

import static cn.linli.seed.Column.Type.TEXT;
import static cn.linli.seed.Column.oneOf;
import static cn.linli.seed.Column.optional;
import static cn.linli.seed.Column.required;

import cn.linli.api.GlobalId;
import cn.linli.api.Provenance;
import cn.linli.api.Timestamps;
import cn.linli.provider.ServiceCategory;
import cn.linli.seed.Edge;
import cn.linli.seed.Properties;
import cn.linli.seed.Property;
import cn.linli.seed.SeedFile.Reference;
import org.neo4j.driver.Value;

/** A project or resource of the resources/projects lists, owned by a department or organisation. */
public record Resource(
        String key,
        String name,
        String type,
        String category,
        String description,
        String status,
        Provenance provenance,
        String ownerKey,
        String createdAt,
        String updatedAt) {

    /** What a resource node stores beside its {@code id} and provenance: resources.csv's columns, and upsertResource's SET. */
    static final Properties PROPERTIES = Properties.of(
            Property.of(required("name", TEXT)), Property.of(oneOf("type", true, ResourceType.class)),
            Property.of(oneOf("category", true, ServiceCategory.class)),
                    Property.of("ownerId", required("owner_id", TEXT)),
            Property.of(optional("description", TEXT)), Property.of(oneOf("status", true, ResourceStatus.class)));

    /** The one provider that OWNS a resource is the one its {@code ownerId} names. */
    static final Edge OWNED_BY = Edge.from("OWNS", new Reference("owner_id", "Provider", "id"));

    public String id() {
        return GlobalId.of("Resource", key);
    }

    /**
     * Map projection of a {@code :Resource} node with what {@link #from} reads (not the search keys derived at
     * import). Use as {@code r{.id, ...}}.
     */
    static final String FIELDS =
            "{.id, .name, .type, .category, .description, .status, .provenance, .ownerId, .createdAt, .updatedAt}";

    /** Maps a {@code :Resource} node value, or its {@link #FIELDS} projection. */
    public static Resource from(Value node) {
        return new Resource(
                node.get("id").asString(),
                node.get("name").asString(),
                node.get("type").asString(),
                node.get("category").asString(),
                node.get("description").asString(null),
                node.get("status").asString(),
                Provenance.fromStored(node.get("provenance").asString(null)),
                node.get("ownerId").asString(),
                Timestamps.iso(node.get("createdAt")),
                Timestamps.iso(node.get("updatedAt")));
    }
}
