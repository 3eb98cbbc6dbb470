package cn.linli.resource;

import cn.linli.api.DateRange;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.PagingSettings;
import cn.linli.api.translate.FieldCypher.Found;
import cn.linli.api.translate.FieldCypher.Listed;
import cn.linli.api.translate.FieldCypher.Single;
import cn.linli.api.translate.FieldCypher.Value;
import cn.linli.api.translate.FieldTable;
import cn.linli.api.translate.ListPlan;
import cn.linli.api.translate.TranslatedFields;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The resources list, owners and deployments in Cypher, for documents answered by one query: what {@link
 * ResourceController} answers field by field from {@link ResourceQueries}, read the same way. A deployment's node
 * is the map {@code {resource, deployment, grid}} of its resource, relationship and grid.
 */
@Component
class ResourceFields implements TranslatedFields {

    private final PagingSettings paging;

    ResourceFields(PagingSettings paging) {
        this.paging = paging;
    }

    @Override
    public void describe(FieldTable table) {
        table.field("Query", "resources", new Listed(args -> list("RESOURCE", "Query.resources", args)))
                .field("Query", "projects", new Listed(args -> list("PROJECT", "Query.projects", args)))
                .field("Resource", "id", new Value("'Resource:' + node.id"))
                .field("Resource", "name", new Value("node.name"))
                .field("Resource", "type", new Value("node.type"))
                .field("Resource", "category", new Value("node.category"))
                .field("Resource", "description", new Value("node.description"))
                .field("Resource", "status", new Value("node.status"))
                .field(
                        "Resource",
                        "owner",
                        new Single(args -> new Found("MATCH (node:Provider {id: parent.ownerId})", Map.of())))
                .field(
                        "Resource",
                        "deployments",
                        new Listed(args -> new ListPlan(
                                "r",
                                ResourceQueries.DEPLOYED,
                                "r, d, g",
                                "{resource: r, deployment: d, grid: g}",
                                PageRequest.forward(
                                        ResourceQueries.RESOURCE_DEPLOYMENTS,
                                        (Integer) args.get("first"),
                                        (String) args.get("after"),
                                        paging),
                                Map.of())))
                .field("Deployment", "id", new Value("'Deployment:' + node.resource.id + '/' + node.grid.code"))
                .field("Deployment", "since", new Value("toString(node.deployment.since)"))
                .field("Deployment", "until", new Value("toString(node.deployment.until)"))
                .field(
                        "Deployment",
                        "resource",
                        new Single(args -> new Found("WITH parent.resource AS node", Map.of())))
                .field("Deployment", "grid", new Single(args -> new Found("WITH parent.grid AS node", Map.of())));
    }

    /** A page of resources or projects ({@code type}), as {@link ResourceController} asks {@link ResourceQueries#list}. */
    private ListPlan list(String type, String list, Map<String, Object> args) {
        @SuppressWarnings("unchecked")
        Map<String, Object> deployed = (Map<String, Object>) args.get("deployed");
        ResourceFilter filter = ResourceFilter.of(
                type,
                (String) args.get("within"),
                (String) args.get("category"),
                (String) args.get("owner"),
                (String) args.get("status"),
                deployed == null ? null : new DateRange((String) deployed.get("from"), (String) deployed.get("to")));
        String asked = (String) args.get("sort");
        ResourceSort sort = ResourceSort.orDefault(asked == null ? null : ResourceSort.valueOf(asked));
        return new ListPlan(
                null,
                ResourceQueries.listed(sort),
                sort.carried(),
                "r",
                PageRequest.of(
                        sort.of(list),
                        (Integer) args.get("first"),
                        (String) args.get("after"),
                        (Integer) args.get("last"),
                        (String) args.get("before"),
                        paging),
                filter.parameters());
    }
}
