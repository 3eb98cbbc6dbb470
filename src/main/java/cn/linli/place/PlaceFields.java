package cn.linli.place;

import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.PagingSettings;
import cn.linli.api.translate.FieldCypher.All;
import cn.linli.api.translate.FieldCypher.Constant;
import cn.linli.api.translate.FieldCypher.Found;
import cn.linli.api.translate.FieldCypher.Listed;
import cn.linli.api.translate.FieldCypher.Self;
import cn.linli.api.translate.FieldCypher.Single;
import cn.linli.api.translate.FieldCypher.Value;
import cn.linli.api.translate.FieldTable;
import cn.linli.api.translate.ListPlan;
import cn.linli.api.translate.TranslatedFields;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The place hierarchy's fields in Cypher, for documents answered by one query: what {@link PlaceController} answers
 * field by field from {@link Place} records and {@link PlaceQueries}' batch queries, read the same way.
 */
@Component
class PlaceFields implements TranslatedFields {

    private final PagingSettings paging;

    PlaceFields(PagingSettings paging) {
        this.paging = paging;
    }

    @Override
    public void describe(FieldTable table) {
        table.discriminator(
                        "Place",
                        "node.level",
                        level -> PlaceLevel.valueOf((String) level).typeName())
                .field(
                        "Query",
                        "place",
                        new Single(args -> new Found(
                                "MATCH (node:Place {code: $code})",
                                Map.of("code", ((String) args.get("code")).strip()))))
                .field("Place", "code", new Value("node.code"))
                .field("Place", "name", new Value("node.name"))
                .field("Place", "level", new Value("node.level"))
                .field("Place", "kind", new Value("node.kind"))
                .field("City", "districts", children("City.districts"))
                .field("District", "towns", children("District.towns"))
                .field("Town", "communities", children("Town.communities"))
                .field("Community", "grids", children("Community.grids"))
                .field("Place", "ancestors", new All(args -> new Found("""
                        MATCH path = (parent)-[:PART_OF*]->(node:Place)
                        WITH node ORDER BY length(path)""", Map.of())))
                .field("Grid", "baseData", new Self(null))
                .field("GridBaseData", "households", new Value("coalesce(node.households, 0)"))
                .field("GridBaseData", "population", new Value("coalesce(node.population, 0)"))
                .field("GridBaseData", "partyMembers", new Value("coalesce(node.partyMembers, 0)"))
                .field("GridBaseData", "elderly", new Value("coalesce(node.elderly, 0)"))
                .field("GridBaseData", "children", new Value("coalesce(node.children, 0)"))
                .field("Grid", "dutyContact", new Self("node.dutyPhone IS NOT NULL"))
                .field("DutyContact", "role", new Constant(Place.DUTY_ROLE))
                .field("DutyContact", "phone", new Value("node.dutyPhone"))
                .field(
                        "Place",
                        "counts",
                        new Single(args -> new Found(
                                "WITH {code: parent.code, prefix: " + Place.subtreePrefixInCypher("parent.code")
                                        + "} AS node",
                                Map.of())));
        PlaceQueries.FIGURES.forEach((figure, cypher) -> table.field("PlaceCounts", figure, new Value(cypher)));
    }

    /** A page of a place's children by code, as {@link PlaceController} asks {@link PlaceQueries#CHILDREN} for it. */
    private Listed children(String list) {
        return new Listed(args -> {
            Map<String, Object> filter = new HashMap<>();
            filter.put("kind", args.get("kind"));
            return new ListPlan(
                    "parentPlace",
                    PlaceQueries.CHILDREN_OF,
                    "child",
                    "child",
                    PageRequest.forward(
                            PlaceQueries.childrenByCode(list),
                            (Integer) args.get("first"),
                            (String) args.get("after"),
                            paging),
                    filter);
        });
    }
}
