package cn.linli.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class NodeController {

    private final Map<String, NodeLookup> lookups = new HashMap<>();

    NodeController(List<NodeLookup> lookups) {
        lookups.forEach(lookup -> lookup.types().forEach(type -> this.lookups.put(type, lookup)));
    }

    @QueryMapping
    Object node(@Argument String id) {
        GlobalId globalId = GlobalId.parse(id);
        NodeLookup lookup = lookups.get(globalId.type());
        return lookup == null ? null : lookup.find(globalId).orElse(null);
    }
}
