package cn.linli.coverage;

import cn.linli.api.paging.ListOrder;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.PagingSettings;
import cn.linli.api.translate.FieldCypher.Found;
import cn.linli.api.translate.FieldCypher.Listed;
import cn.linli.api.translate.FieldCypher.Single;
import cn.linli.api.translate.FieldTable;
import cn.linli.api.translate.ListPlan;
import cn.linli.api.translate.TranslatedFields;
import cn.linli.place.Place;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The gap lists of places in Cypher, for documents answered by one query: what {@link GapController} answers field by
 * field from {@link GapQueries}, read the same way. The node of a {@code Gaps} is the map {@code {place, prefix,
 * beyond}} of the place and its subtree ({@link GapQueries#subtree}); a place that does not exist is no node, and the
 * document is then executed field by field, which answers NOT_FOUND (or BAD_USER_INPUT for a blank code).
 */
@Component
class GapFields implements TranslatedFields {

    private final PagingSettings paging;

    GapFields(PagingSettings paging) {
        this.paging = paging;
    }

    @Override
    public void describe(FieldTable table) {
        table.field("Query", "gaps", new Single(args -> {
                    String code = ((String) args.get("place")).strip();
                    Map<String, Object> parameters = new HashMap<>(GapQueries.subtree(Place.subtreePrefix(code)));
                    parameters.put("code", code);
                    return new Found("""
                            MATCH (place:Place {code: $code})
                            WITH {place: place, prefix: $prefix, beyond: $beyond} AS node""", parameters);
                }))
                .field("Gaps", "place", new Single(args -> new Found("WITH parent.place AS node", Map.of())))
                .field(
                        "Gaps",
                        "gridsWithoutCenter",
                        new Listed(args -> list(
                                GapQueries.GRIDS_WITHOUT_CENTER_IN,
                                "g",
                                GapQueries.GRIDS_WITHOUT_CENTER_ORDER,
                                args,
                                Map.of("center", GapQueries.CENTER))))
                .field(
                        "Gaps",
                        "communitiesLacking",
                        new Listed(args -> list(
                                GapQueries.COMMUNITIES_LACKING_IN,
                                "c",
                                GapQueries.COMMUNITIES_LACKING_ORDER,
                                args,
                                Map.of("kind", args.get("kind")))));
    }

    /** A page of one gap list, as {@link GapController} asks for it: forward only, by the list's order. */
    private ListPlan list(
            String matched, String child, ListOrder order, Map<String, Object> args, Map<String, Object> filter) {
        return new ListPlan(
                "gaps",
                matched,
                child,
                child,
                PageRequest.forward(order, (Integer) args.get("first"), (String) args.get("after"), paging),
                filter);
    }
}
