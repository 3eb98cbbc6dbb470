package cn.linli.provider;

import cn.linli.api.paging.Connection;
import cn.linli.api.paging.ListOrder;
import cn.linli.api.paging.PageKey;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.PagingSettings;
import cn.linli.geo.CoordinateSystem;
import cn.linli.geo.GeoPoint;
import cn.linli.place.Place;
import cn.linli.place.PlaceQueries;
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

/** Who serves whom: providers of a place, providers serving a grid or community, and what a provider serves and offers. */
@Controller
class ProviderController {

    private final ProviderQueries queries;
    private final PlaceQueries places;
    private final PagingSettings paging;

    ProviderController(ProviderQueries queries, PlaceQueries places, PagingSettings paging) {
        this.queries = queries;
        this.places = places;
        this.paging = paging;
    }

    @QueryMapping
    Connection<Provider> providers(
            @Argument List<String> kinds,
            @Argument String within,
            @Argument Integer first,
            @Argument String after,
            @Argument Integer last,
            @Argument String before) {
        return queries.providers(
                kinds, within, PageRequest.of(ProviderQueries.PROVIDERS, first, after, last, before, paging));
    }

    @SchemaMapping(typeName = "Place")
    CompletableFuture<Connection<Provider>> providers(
            Place place,
            @Argument List<String> kinds,
            @Argument Integer first,
            @Argument String after,
            DataFetchingEnvironment env) {
        return queries.locatedUnder(
                env,
                PageKey.of(
                        Place.subtreePrefix(place.code()),
                        page(ProviderQueries.PLACE_PROVIDERS, first, after),
                        "kinds",
                        kinds));
    }

    @SchemaMapping(typeName = "Grid")
    CompletableFuture<Connection<Provider>> servedBy(
            Place grid,
            @Argument List<String> kinds,
            @Argument Integer first,
            @Argument String after,
            DataFetchingEnvironment env) {
        return queries.servingGrid(
                env, PageKey.of(grid.code(), page(ProviderQueries.GRID_SERVED_BY, first, after), "kinds", kinds));
    }

    @SchemaMapping(typeName = "Community", field = "servedBy")
    CompletableFuture<Connection<Provider>> servingCommunity(
            Place community,
            @Argument List<String> kinds,
            @Argument Integer first,
            @Argument String after,
            DataFetchingEnvironment env) {
        return queries.servingCommunity(
                env,
                PageKey.of(community.code(), page(ProviderQueries.COMMUNITY_SERVED_BY, first, after), "kinds", kinds));
    }

    @SchemaMapping(typeName = "Provider")
    GeoPoint location(Provider provider, @Argument CoordinateSystem crs) {
        return GeoPoint.fromStored(provider.lon(), provider.lat(), crs);
    }

    @BatchMapping(typeName = "Provider")
    Map<Provider, Place> locatedIn(List<Provider> providers) {
        Map<String, Place> byCode =
                places
                        .byCodes(providers.stream()
                                .map(Provider::placeCode)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Place::code, Function.identity()));
        return providers.stream()
                .collect(Collectors.toMap(
                        Function.identity(), p -> byCode.get(p.placeCode()), (a, b) -> a, LinkedHashMap::new));
    }

    @SchemaMapping(typeName = "Provider")
    CompletableFuture<Connection<Place>> serves(
            Provider provider,
            @Argument String level,
            @Argument Integer first,
            @Argument String after,
            DataFetchingEnvironment env) {
        return queries.servedPlaces(
                env, PageKey.of(provider.key(), page(ProviderQueries.SERVES, first, after), "level", level));
    }

    @SchemaMapping(typeName = "Provider")
    CompletableFuture<Connection<ServiceItem>> serviceItems(
            Provider provider,
            @Argument String category,
            @Argument Integer first,
            @Argument String after,
            DataFetchingEnvironment env) {
        return queries.serviceItems(
                env,
                PageKey.of(provider.key(), page(ProviderQueries.OFFERED_ITEMS, first, after), "category", category));
    }

    @BatchMapping(typeName = "ServiceItem")
    Map<ServiceItem, Provider> provider(List<ServiceItem> items) {
        Map<String, Provider> byKey =
                queries
                        .byKeys(items.stream()
                                .map(ServiceItem::providerKey)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Provider::key, Function.identity()));
        return items.stream()
                .collect(Collectors.toMap(
                        Function.identity(), i -> byKey.get(i.providerKey()), (a, b) -> a, LinkedHashMap::new));
    }

    private PageRequest page(ListOrder order, Integer first, String after) {
        return PageRequest.forward(order, first, after, paging);
    }
}
