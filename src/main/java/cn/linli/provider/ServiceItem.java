package cn.linli.provider;

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

/** 服务事项: something a provider offers, with the HSDS-like fields. */
public record ServiceItem(
        String key,
        String name,
        String category,
        String description,
        String hours,
        String eligibility,
        String fee,
        List<String> documents,
        List<String> languages,
        Provenance provenance,
        String providerKey,
        String createdAt,
        String updatedAt)
        implements WithHours {

    /** What an item node stores beside its {@code id} and provenance: service_items.csv's columns, and upsertServiceItem's SET. */
    static final Properties PROPERTIES = Properties.of(
            Property.of("providerId", required("provider_id", TEXT)),
            Property.of(required("name", TEXT)),
            Property.of(oneOf("category", true, ServiceCategory.class)),
            Property.of(optional("description", TEXT)),
            Property.of(optional("hours", TEXT)),
            Property.of(optional("eligibility", TEXT)),
            Property.of(optional("fee", TEXT)),
            Property.list("documents", optional("documents", LIST)),
            Property.list("languages", optional("languages", LIST)));

    /** The one provider that OFFERS an item is the one its {@code providerId} names. */
    static final Edge OFFERED_BY = Edge.from("OFFERS", new Reference("provider_id", "Provider", "id"));

    public String id() {
        return GlobalId.of("ServiceItem", key);
    }

    /**
     * Map projection of a {@code :ServiceItem} node with what {@link #from} reads (not the search keys and opening
     * index derived at import). Use as {@code s{.id, ...}}.
     */
    static final String FIELDS = "{.id, .name, .category, .description, .hours, .eligibility, .fee, .documents,"
            + " .languages, .provenance, .providerId, .createdAt, .updatedAt}";

    /** Maps a {@code :ServiceItem} node value, or its {@link #FIELDS} projection. */
    public static ServiceItem from(Value node) {
        return new ServiceItem(
                node.get("id").asString(),
                node.get("name").asString(),
                node.get("category").asString(),
                node.get("description").asString(null),
                node.get("hours").asString(null),
                node.get("eligibility").asString(null),
                node.get("fee").asString(null),
                node.get("documents").asList(Value::asString, List.of()),
                node.get("languages").asList(Value::asString, List.of()),
                Provenance.fromStored(node.get("provenance").asString(null)),
                node.get("providerId").asString(),
                Timestamps.iso(node.get("createdAt")),
                Timestamps.iso(node.get("updatedAt")));
    }
}
