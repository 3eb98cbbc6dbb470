package cn.linli.provider;

import cn.linli.api.paging.ListOrder;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.PagingSettings;
import cn.linli.api.translate.FieldCypher.Listed;
import cn.linli.api.translate.FieldCypher.Value;
import cn.linli.api.translate.FieldTable;
import cn.linli.api.translate.ListPlan;
import cn.linli.api.translate.TranslatedFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Providers, their service items and who serves a grid or community, in Cypher, for documents answered by one
 * query: what {@link ProviderController} answers field by field from {@link ProviderQueries}' batch queries, read the
 * same way.
 */
@Component
class ProviderFields implements TranslatedFields {

    private final PagingSettings paging;

    ProviderFields(PagingSettings paging) {
        this.paging = paging;
    }

    @Override
    public void describe(FieldTable table) {
        table.field("Query", "providers", new Listed(args -> {
                    String within = (String) args.get("within");
                    return new ListPlan(
                            null,
                            "WITH $prefix AS parent\n" + ProviderQueries.LOCATED_UNDER_PREFIX,
                            "p",
                            "p",
                            PageRequest.of(
                                    ProviderQueries.PROVIDERS,
                                    (Integer) args.get("first"),
                                    (String) args.get("after"),
                                    (Integer) args.get("last"),
                                    (String) args.get("before"),
                                    paging),
                            filter("prefix", ProviderQueries.prefixOf(within), "kinds", args));
                }))
                .field(
                        "Grid",
                        "servedBy",
                        nearest("g", ProviderQueries.SERVING_THE_GRID, ProviderQueries.GRID_SERVED_BY))
                .field(
                        "Community",
                        "servedBy",
                        nearest("c", ProviderQueries.SERVING_THE_COMMUNITY, ProviderQueries.COMMUNITY_SERVED_BY))
                .field("Provider", "id", new Value("'Provider:' + node.id"))
                .field("Provider", "name", new Value("node.name"))
                .field("Provider", "aliases", new Value("coalesce(node.aliases, [])"))
                .field("Provider", "kind", new Value("node.kind"))
                .field("Provider", "level", new Value("node.level"))
                .field("Provider", "address", new Value("node.address"))
                .field("Provider", "phone", new Value("node.phone"))
                .field("Provider", "hours", new Value("node.hours"))
                .field("Provider", "capacity", new Value("node.capacity"))
                .field("Provider", "description", new Value("node.description"))
                .field(
                        "Provider",
                        "serviceItems",
                        new Listed(args -> new ListPlan(
                                "provider",
                                ProviderQueries.OFFERED_BY,
                                "s",
                                "s",
                                page(ProviderQueries.OFFERED_ITEMS, args),
                                filter("category", args.get("category"), null, args))))
                .field("ServiceItem", "id", new Value("'ServiceItem:' + node.id"))
                .field("ServiceItem", "name", new Value("node.name"))
                .field("ServiceItem", "category", new Value("node.category"))
                .field("ServiceItem", "description", new Value("node.description"))
                .field("ServiceItem", "hours", new Value("node.hours"))
                .field("ServiceItem", "eligibility", new Value("node.eligibility"))
                .field("ServiceItem", "fee", new Value("node.fee"))
                .field("ServiceItem", "documents", new Value("coalesce(node.documents, [])"))
                .field("ServiceItem", "languages", new Value("coalesce(node.languages, [])"));
    }

    /** Who serves the place {@code parent}, nearest first, as {@link ProviderController} pages it. */
    private Listed nearest(String parent, String matched, ListOrder order) {
        return new Listed(args -> new ListPlan(
                parent, matched, "p, distance", "p", page(order, args), filter(null, null, "kinds", args)));
    }

    private PageRequest page(ListOrder order, Map<String, Object> args) {
        return PageRequest.forward(order, (Integer) args.get("first"), (String) args.get("after"), paging);
    }

    /** A parameter {@code name} of {@code value} (if named), and argument {@code argument} as a parameter of its name. */
    private static Map<String, Object> filter(String name, Object value, String argument, Map<String, Object> args) {
        Map<String, Object> filter = new HashMap<>();
        if (name != null) {
            filter.put(name, value);
        }
        if (argument != null) {
            filter.put(argument, (List<?>) args.get(argument));
        }
        return filter;
    }
}
