package cn.linli.resource;

import org.neo4j.driver.Value;

import cn.linli.api.GlobalId;
import cn.linli.api.Provenance;

/** A project or resource of the resources/projects lists, owned by a department or organisation. */
public record Resource(String key, String name, String type, String category, String description, String status,
        Provenance provenance, String ownerKey) {

    public String id() {
        return GlobalId.of("Resource", key);
    }

    public static Resource from(Value node) {
        return new Resource(node.get("id").asString(), node.get("name").asString(), node.get("type").asString(),
                node.get("category").asString(), node.get("description").asString(null), node.get("status").asString(),
                Provenance.fromStored(node.get("provenance").asString(null)), node.get("ownerId").asString());
    }
}
