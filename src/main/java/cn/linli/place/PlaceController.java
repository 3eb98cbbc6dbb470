package cn.linli.place;

import cn.linli.api.paging.Connection;
import cn.linli.api.paging.ListOrder;
import cn.linli.api.paging.PageKey;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.PagingSettings;
import cn.linli.cache.CacheRegion;
import cn.linli.cache.ReadCaches;
import cn.linli.geo.CoordinateSystem;
import cn.linli.geo.GeoJson;
import cn.linli.geo.GeoPoint;
import cn.linli.place.PlaceQueries.GridSums;
import cn.linli.place.PlaceQueries.PlaceCounts;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The place hierarchy: districts, any place by code, children, parent chain and counts. */
@Controller
class PlaceController {

    private static final String CITY_CODE = "511400";

    private final PlaceQueries queries;
    private final PagingSettings paging;
    private final ReadCaches caches;

    PlaceController(PlaceQueries queries, PagingSettings paging, ReadCaches caches) {
        this.queries = queries;
        this.paging = paging;
        this.caches = caches;
    }

    @QueryMapping
    CompletableFuture<Connection<Place>> districts(
            @Argument Integer first,
            @Argument String after,
            @Argument Integer last,
            @Argument String before,
            DataFetchingEnvironment env) {
        ListOrder order = PlaceQueries.childrenByCode("Query.districts");
        return queries.children(
                env, PageKey.of(CITY_CODE, PageRequest.of(order, first, after, last, before, paging), "kind", null));
    }

    @QueryMapping
    Place place(@Argument String code) {
        return queries.byCode(code.strip()).orElse(null);
    }

    @QueryMapping
    Connection<Place> places(
            @Argument PlaceLevel level,
            @Argument String within,
            @Argument String kind,
            @Argument Integer first,
            @Argument String after,
            @Argument Integer last,
            @Argument String before) {
        return queries.places(
                level, within, kind, PageRequest.of(PlaceQueries.PLACES_BY_CODE, first, after, last, before, paging));
    }

    @SchemaMapping(typeName = "City")
    CompletableFuture<Connection<Place>> districts(
            Place city, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return children("City.districts", city.code(), null, first, after, env);
    }

    @SchemaMapping(typeName = "District")
    CompletableFuture<Connection<Place>> towns(
            Place district,
            @Argument String kind,
            @Argument Integer first,
            @Argument String after,
            DataFetchingEnvironment env) {
        return children("District.towns", district.code(), kind, first, after, env);
    }

    @SchemaMapping(typeName = "Town")
    CompletableFuture<Connection<Place>> communities(
            Place town,
            @Argument String kind,
            @Argument Integer first,
            @Argument String after,
            DataFetchingEnvironment env) {
        return children("Town.communities", town.code(), kind, first, after, env);
    }

    @SchemaMapping(typeName = "Community")
    CompletableFuture<Connection<Place>> grids(
            Place community, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return children("Community.grids", community.code(), null, first, after, env);
    }

    @SchemaMapping(typeName = "Place")
    GeoPoint location(Place place, @Argument CoordinateSystem crs) {
        return GeoPoint.fromStored(place.lon(), place.lat(), crs);
    }

    @SchemaMapping(typeName = "Place")
    CompletableFuture<Map<String, Object>> boundary(
            Place place, @Argument CoordinateSystem crs, DataFetchingEnvironment env) {
        return queries.boundary(env, place.code())
                .thenApply(wkt -> wkt == null ? null : GeoJson.geometry(GeoJson.parseWkt(wkt), crs));
    }

    @BatchMapping(typeName = "Place")
    Map<Place, Place> parent(List<Place> places) {
        Map<String, Place> parents = byCode(places.stream()
                .map(Place::parentCode)
                .filter(c -> c != null)
                .distinct()
                .toList());
        Map<Place, Place> result = new LinkedHashMap<>();
        places.forEach(p -> result.put(p, p.parentCode() == null ? null : parents.get(p.parentCode())));
        return result;
    }

    @BatchMapping(typeName = "Place")
    Map<Place, List<Place>> ancestors(List<Place> places) {
        Map<String, Place> all = byCode(places.stream()
                .flatMap(p -> Place.ancestorCodes(p.code()).stream())
                .distinct()
                .toList());
        return places.stream()
                .collect(Collectors.toMap(
                        Function.identity(),
                        p -> Place.ancestorCodes(p.code()).stream()
                                .map(all::get)
                                .filter(a -> a != null)
                                .toList(),
                        (a, b) -> a,
                        LinkedHashMap::new));
    }

    @BatchMapping(typeName = "Place")
    Map<Place, PlaceCounts> counts(List<Place> places) {
        Map<String, PlaceCounts> counts = caches.getAll(
                CacheRegion.COUNTS,
                "Place.counts",
                places.stream().map(Place::code).collect(Collectors.toSet()),
                queries::counts);
        return places.stream()
                .collect(Collectors.toMap(
                        Function.identity(), p -> counts.get(p.code()), (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * Households and residents are summed when asked for, not with the counts: only they read every grid of the
     * subtree. Both fields share one batch loader (one query per level of the answer).
     */
    @SchemaMapping(typeName = "PlaceCounts")
    CompletableFuture<Long> households(PlaceCounts counts, DataFetchingEnvironment env) {
        return queries.sums(env, counts.code()).thenApply(GridSums::households);
    }

    @SchemaMapping(typeName = "PlaceCounts")
    CompletableFuture<Long> population(PlaceCounts counts, DataFetchingEnvironment env) {
        return queries.sums(env, counts.code()).thenApply(GridSums::population);
    }

    private Map<String, Place> byCode(List<String> codes) {
        return codes.isEmpty()
                ? Map.of()
                : queries.byCodes(codes).stream().collect(Collectors.toMap(Place::code, Function.identity()));
    }

    private CompletableFuture<Connection<Place>> children(
            String list, String parent, String kind, Integer first, String after, DataFetchingEnvironment env) {
        PageRequest page = PageRequest.forward(PlaceQueries.childrenByCode(list), first, after, paging);
        return queries.children(env, PageKey.of(parent, page, "kind", kind));
    }
}
