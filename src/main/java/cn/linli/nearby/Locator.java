package cn.linli.nearby;

import cn.linli.geo.LonLat;
import cn.linli.place.Place;
import cn.linli.place.PlaceBoundaries;
import cn.linli.place.PlaceLevel;
import cn.linli.place.PlaceQueries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * whereAmI: the grid containing a point, found among the grids nearest to it (point index) by their boundary
 * polygons; its community, town and district follow from its code. A point in no grid is placed by descending
 * district → town → community boundaries (all places carry one), and the grid with the nearest boundary is named.
 */
@Component
class Locator {

    private static final String CITY = "511400";

    private final NearbyQueries queries;
    private final PlaceQueries places;
    private final PlaceBoundaries boundaries;
    private final NearbySettings settings;

    Locator(NearbyQueries queries, PlaceQueries places, PlaceBoundaries boundaries, NearbySettings settings) {
        this.queries = queries;
        this.places = places;
        this.boundaries = boundaries;
        this.settings = settings;
    }

    WhereAmI locate(LonLat point) {
        List<String> candidates = queries.gridsNear(point, settings.gridSearchRadius(), settings.gridCandidates());
        String grid = boundaries.firstContaining(candidates, point);
        if (grid != null) {
            List<String> codes = new ArrayList<>(List.of(grid));
            codes.addAll(Place.ancestorCodes(grid));
            return whereAmI(point, codes, grid, true, 0);
        }
        List<String> codes = containingAboveGrid(point);
        String nearest = null;
        Integer distance = null;
        if (!candidates.isEmpty()) {
            Map<String, Double> meters = candidates.stream()
                    .collect(Collectors.toMap(Function.identity(), code -> boundaries.metersTo(code, point)));
            nearest = candidates.stream()
                    .filter(c -> meters.get(c) != null)
                    .min(Comparator.comparing(meters::get))
                    .orElse(null);
            distance = nearest == null ? null : (int) Math.round(meters.get(nearest));
            if (nearest != null) {
                codes.add(nearest);
            }
        }
        return whereAmI(point, codes, nearest, false, distance);
    }

    /** District, town and community whose boundaries contain the point, as far down as one does. */
    private List<String> containingAboveGrid(LonLat point) {
        List<String> chain = new ArrayList<>();
        String parent = CITY;
        for (int level = 0; level < 3; level++) {
            String child = boundaries.firstContaining(queries.childrenAboveGrid(parent), point);
            if (child == null) {
                break;
            }
            chain.add(child);
            parent = child;
        }
        return chain;
    }

    private WhereAmI whereAmI(LonLat point, List<String> codes, String grid, boolean exact, Integer distance) {
        Map<PlaceLevel, Place> byLevel = codes.isEmpty()
                ? Map.of()
                : places.byCodes(codes).stream()
                        .collect(Collectors.toMap(Place::level, Function.identity(), (a, b) -> a));
        return new WhereAmI(
                point,
                grid == null ? null : byLevel.get(PlaceLevel.GRID),
                exact,
                distance,
                byLevel.get(PlaceLevel.COMMUNITY),
                byLevel.get(PlaceLevel.TOWN),
                byLevel.get(PlaceLevel.DISTRICT));
    }
}
