package cn.linli.provider;

import java.util.List;

import org.neo4j.driver.Value;

import cn.linli.api.GlobalId;
import cn.linli.api.Provenance;
import cn.linli.hours.WithHours;

/** 服务事项: something a provider offers, with the HSDS-like fields. */
public record ServiceItem(String key, String name, String category, String description, String hours,
        String eligibility, String fee, List<String> documents, List<String> languages, Provenance provenance,
        String providerKey) implements WithHours {

    public String id() {
        return GlobalId.of("ServiceItem", key);
    }

    public static ServiceItem from(Value node) {
        return new ServiceItem(node.get("id").asString(), node.get("name").asString(), node.get("category").asString(),
                node.get("description").asString(null), node.get("hours").asString(null),
                node.get("eligibility").asString(null), node.get("fee").asString(null),
                node.get("documents").asList(Value::asString, List.of()),
                node.get("languages").asList(Value::asString, List.of()),
                Provenance.fromStored(node.get("provenance").asString(null)), node.get("providerId").asString());
    }
}
