package cn.linli.coverage;

import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.PagingSettings;
import cn.linli.place.Place;
import cn.linli.place.PlaceQueries;
import cn.linli.provider.Provider;
import cn.linli.provider.ProviderQueries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Coverage and the life circle; grids and providers of a page are loaded in one query each. */
@Controller
class CoverageController {

    private final CoverageAnalysis analysis;
    private final PlaceQueries places;
    private final ProviderQueries providers;
    private final PagingSettings paging;

    CoverageController(
            CoverageAnalysis analysis, PlaceQueries places, ProviderQueries providers, PagingSettings paging) {
        this.analysis = analysis;
        this.places = places;
        this.providers = providers;
        this.paging = paging;
    }

    @QueryMapping
    Coverage coverage(
            @Argument String place,
            @Argument String kind,
            @Argument Integer radius,
            @Argument Boolean covered,
            @Argument CoverageOrder order,
            @Argument Integer first,
            @Argument String after,
            @Argument Integer last,
            @Argument String before) {
        CoverageOrder sort = order == null ? CoverageOrder.CODE : order;
        PageRequest page = PageRequest.of(sort.order(kind), first, after, last, before, paging);
        CoverageReport report = analysis.coverage(place, kind, radius);
        List<GridCoverage> shown = report.grids().stream()
                .filter(g -> covered == null || g.covered() == covered)
                .sorted(page.comparator(sort::keyOf))
                .toList();
        return new Coverage(
                report.placeCode(), report.kind(), report.radius(), report.totals(), page.slice(shown, sort::keyOf));
    }

    @QueryMapping
    LifeCircleReport lifeCircle(@Argument String place, @Argument Integer worst) {
        return analysis.lifeCircle(place, worst);
    }

    @SchemaMapping(typeName = "Coverage")
    Place place(Coverage coverage) {
        return place(coverage.placeCode());
    }

    @SchemaMapping(typeName = "LifeCircle")
    Place place(LifeCircleReport lifeCircle) {
        return place(lifeCircle.placeCode());
    }

    @BatchMapping(typeName = "GridCoverage")
    Map<GridCoverage, Place> grid(List<GridCoverage> grids) {
        return byKey(grids, g -> g.point().code(), places::byCodes, Place::code);
    }

    @BatchMapping(typeName = "GridLifeCircle", field = "grid")
    Map<GridLifeCircle, Place> lifeCircleGrid(List<GridLifeCircle> grids) {
        return byKey(grids, g -> g.point().code(), places::byCodes, Place::code);
    }

    @BatchMapping(typeName = "GridCoverage")
    Map<GridCoverage, Provider> nearest(List<GridCoverage> grids) {
        return byKey(grids, GridCoverage::nearestKey, providers::byKeys, Provider::key);
    }

    @BatchMapping(typeName = "KindDistance")
    Map<KindDistance, Provider> provider(List<KindDistance> distances) {
        return byKey(distances, KindDistance::nearestKey, providers::byKeys, Provider::key);
    }

    private Place place(String code) {
        return places.byCode(code).orElseThrow();
    }

    /** Resolves each value's key with one load of all distinct keys; values without a key map to null. */
    private static <V, R> Map<V, R> byKey(
            List<V> values, Function<V, String> key, Function<List<String>, List<R>> load, Function<R, String> keyOf) {
        List<String> keys =
                values.stream().map(key).filter(Objects::nonNull).distinct().toList();
        Map<String, R> loaded = keys.isEmpty()
                ? Map.of()
                : load.apply(keys).stream().collect(Collectors.toMap(keyOf, Function.identity()));
        Map<V, R> result = new LinkedHashMap<>();
        values.forEach(v -> result.put(v, key.apply(v) == null ? null : loaded.get(key.apply(v))));
        return result;
    }
}
