package cn.linli.coverage;

import cn.linli.api.errors.BadInputException;
import cn.linli.place.Place;
import cn.linli.place.PlaceArgument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Coverage of grids by providers, measured from each grid's center point ({@code Grid.location}) to the
 * provider's point, as the great-circle distance (the same as Neo4j's {@code point.distance}).
 *
 * <p>Two queries per answer (grid points under the place, provider points of the kinds), then an
 * in-memory STR-tree per kind: O(grids × log providers), with no cache to go stale after a write.
 * docs/PERFORMANCE.md ("Coverage") has the figures and the alternatives measured.
 */
@Component
public class CoverageAnalysis {

    private final CoverageQueries queries;
    private final PlaceArgument placeArgument;
    private final CoverageSettings settings;

    CoverageAnalysis(CoverageQueries queries, PlaceArgument placeArgument, CoverageSettings settings) {
        this.queries = queries;
        this.placeArgument = placeArgument;
        this.settings = settings;
    }

    /** Each grid under {@code place} against the nearest provider of {@code kind}. */
    public CoverageReport coverage(String place, String kind, Integer radius) {
        String code = placeArgument.check(place).code();
        int meters = radius(radius);
        List<GridPoint> grids = queries.gridPoints(Place.subtreePrefix(code));
        NearestProviders index = new NearestProviders(queries.providerPoints(List.of(kind)));
        List<GridCoverage> measured = grids.stream()
                .map(g -> GridCoverage.of(g, index.nearest(g.lon(), g.lat(), meters), meters))
                .toList();
        return new CoverageReport(
                code,
                kind,
                meters,
                measured,
                CoverageTotals.of(grids, i -> measured.get(i).covered()));
    }

    /** Providers of the report's kind within its radius of some grid of it (what a map of it shows). */
    public List<String> providersNear(CoverageReport report) {
        NearestProviders index = new NearestProviders(queries.providerPoints(List.of(report.kind())));
        return report.grids().stream()
                .flatMap(g -> index.around(g.point().lon(), g.point().lat(), report.radius()).stream())
                .map(ProviderPoint::key)
                .distinct()
                .sorted()
                .toList();
    }

    /** Kinds × radii of the life circle, and the {@code worst} grids missing most of it. */
    public LifeCircleReport lifeCircle(String place, Integer worst) {
        String code = placeArgument.check(place).code();
        int limit = worst == null ? 10 : worst;
        if (limit < 0 || limit > settings.maxWorstGrids()) {
            throw new BadInputException(
                    "worst", "must be between 0 and " + settings.maxWorstGrids() + " (got " + limit + ")");
        }
        List<Integer> radii = settings.lifeCircleRadii();
        List<String> kinds = settings.lifeCircleKinds();
        int largest = radii.get(radii.size() - 1);
        List<GridPoint> grids = queries.gridPoints(Place.subtreePrefix(code));
        Map<String, List<ProviderPoint>> byKind =
                queries.providerPoints(kinds).stream().collect(Collectors.groupingBy(ProviderPoint::kind));

        // nearest[k][g]: the provider of kind k nearest to grid g, null when the kind has no provider at all
        Nearest[][] nearest = new Nearest[kinds.size()][grids.size()];
        for (int k = 0; k < kinds.size(); k++) {
            NearestProviders index = new NearestProviders(byKind.getOrDefault(kinds.get(k), List.of()));
            for (int g = 0; g < grids.size(); g++) {
                nearest[k][g] = index.nearest(grids.get(g).lon(), grids.get(g).lat(), largest)
                        .orElse(null);
            }
        }
        List<LifeCircleCell> cells = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            Nearest[] toKind = nearest[k];
            for (int radius : radii) {
                cells.add(new LifeCircleCell(
                        kinds.get(k), radius, CoverageTotals.of(grids, g -> within(toKind[g], radius))));
            }
        }
        return new LifeCircleReport(code, radii, kinds, cells, worstGrids(grids, kinds, radii, nearest, limit));
    }

    /**
     * Grids ordered by the number of (kind, radius) cells they miss, then by population (more people
     * left out first), then by code; the first {@code limit} of them.
     */
    private static List<GridLifeCircle> worstGrids(
            List<GridPoint> grids, List<String> kinds, List<Integer> radii, Nearest[][] nearest, int limit) {
        int largest = radii.get(radii.size() - 1);
        int[] missed = new int[grids.size()];
        for (int g = 0; g < grids.size(); g++) {
            for (Nearest[] toKind : nearest) {
                for (int radius : radii) {
                    missed[g] += within(toKind[g], radius) ? 0 : 1;
                }
            }
        }
        return java.util.stream.IntStream.range(0, grids.size())
                .boxed()
                .sorted(Comparator.<Integer>comparingInt(g -> -missed[g])
                        .thenComparingLong(g -> -grids.get(g).population())
                        .thenComparing(g -> grids.get(g).code()))
                .limit(limit)
                .map(g -> {
                    List<String> missing = new ArrayList<>();
                    List<KindDistance> distances = new ArrayList<>();
                    for (int k = 0; k < kinds.size(); k++) {
                        Nearest n = nearest[k][g];
                        if (!within(n, largest)) {
                            missing.add(kinds.get(k));
                        }
                        distances.add(
                                n == null
                                        ? new KindDistance(kinds.get(k), null, null)
                                        : new KindDistance(
                                                kinds.get(k), n.providerKey(), GridCoverage.round(n.meters())));
                    }
                    return new GridLifeCircle(grids.get(g), missed[g], missing, distances);
                })
                .toList();
    }

    private static boolean within(Nearest nearest, int radius) {
        return nearest != null && nearest.meters() <= radius;
    }

    private int radius(Integer radius) {
        int meters = radius == null ? settings.defaultRadius() : radius;
        if (meters < 1 || meters > settings.maxRadius()) {
            throw new BadInputException(
                    "radius", "must be between 1 and " + settings.maxRadius() + " metres (got " + meters + ")");
        }
        return meters;
    }
}
