package cn.linli.nearby;

import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.PagingSettings;
import cn.linli.api.translate.FieldCypher.Found;
import cn.linli.api.translate.FieldCypher.Listed;
import cn.linli.api.translate.FieldCypher.Single;
import cn.linli.api.translate.FieldCypher.Value;
import cn.linli.api.translate.FieldTable;
import cn.linli.api.translate.ListPlan;
import cn.linli.api.translate.TranslatedFields;
import cn.linli.geo.CoordinateSystem;
import cn.linli.geo.LonLat;
import cn.linli.hours.OpenAt;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code nearby} in Cypher, for documents answered by one query: what {@link NearbyController} answers field by
 * field from {@link NearbyQueries#NEARBY}, read the same way. A node of the list is the map {@code {provider,
 * distance}}.
 */
@Component
class NearbyFields implements TranslatedFields {

    private final NearbySettings settings;
    private final PagingSettings paging;

    NearbyFields(NearbySettings settings, PagingSettings paging) {
        this.settings = settings;
        this.paging = paging;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void describe(FieldTable table) {
        table.field("Query", "nearby", new Listed(args -> {
                    Map<String, Object> location = (Map<String, Object>) args.get("location");
                    Object crs = location.get("crs");
                    LonLat here = new LocationInput(
                                    ((Number) location.get("lon")).doubleValue(),
                                    ((Number) location.get("lat")).doubleValue(),
                                    crs == null ? null : CoordinateSystem.valueOf((String) crs))
                            .toWgs84("location");
                    return new ListPlan(
                            null,
                            NearbyQueries.NEAR,
                            "p, distance",
                            "{provider: p, distance: distance}",
                            PageRequest.of(
                                    NearbyQueries.nearest("Query.nearby", here),
                                    (Integer) args.get("first"),
                                    (String) args.get("after"),
                                    (Integer) args.get("last"),
                                    (String) args.get("before"),
                                    paging),
                            NearbyQueries.near(
                                    here,
                                    settings.radius((Integer) args.get("radius")),
                                    (List<String>) args.get("kinds"),
                                    (List<String>) args.get("levels"),
                                    (List<String>) args.get("categories"),
                                    OpenAt.parse((String) args.get("openAt"), "openAt")));
                }))
                // NearbyQueries.nearbyProvider rounds as Math.round does: half up, as Cypher's round()
                .field("NearbyProvider", "distanceMeters", new Value("toInteger(round(node.distance))"))
                .field(
                        "NearbyProvider",
                        "provider",
                        new Single(args -> new Found("WITH parent.provider AS node", Map.of())));
    }
}
