package cn.linli.need;

import cn.linli.api.DateRange;
import cn.linli.api.GlobalId;
import cn.linli.api.NodeLookup;
import cn.linli.api.paging.Connection;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.PagingSettings;
import cn.linli.cache.CacheRegion;
import cn.linli.cache.ReadCaches;
import cn.linli.place.Place;
import cn.linli.place.PlaceQueries;
import cn.linli.provider.Provider;
import cn.linli.provider.ProviderQueries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The needs list (需求清单) and what a need links to. */
@Controller
class NeedController implements NodeLookup {

    private final NeedQueries queries;
    private final PlaceQueries places;
    private final ProviderQueries providers;
    private final PagingSettings paging;
    private final ReadCaches caches;

    NeedController(
            NeedQueries queries,
            PlaceQueries places,
            ProviderQueries providers,
            PagingSettings paging,
            ReadCaches caches) {
        this.queries = queries;
        this.places = places;
        this.providers = providers;
        this.paging = paging;
        this.caches = caches;
    }

    @QueryMapping
    Connection<Need> needs(
            @Argument String within,
            @Argument String category,
            @Argument List<String> status,
            @Argument String claimedBy,
            @Argument DateRange raised,
            @Argument NeedSort sort,
            @Argument Integer first,
            @Argument String after,
            @Argument Integer last,
            @Argument String before) {
        DateRange.Days days = DateRange.check(raised, "raised");
        NeedFilter filter = new NeedFilter(
                within == null ? null : Place.subtreePrefix(within.strip()),
                category,
                status,
                claimedBy,
                days.from(),
                days.to());
        PageRequest page = PageRequest.of(NeedSort.orDefault(sort).order, first, after, last, before, paging);
        if (after != null || before != null) {
            return queries.list(filter, page);
        }
        return caches.get(CacheRegion.NEEDS, "needs", List.of(filter, page), () -> queries.list(filter, page));
    }

    @BatchMapping(typeName = "Need")
    Map<Need, Place> grid(List<Need> needs) {
        Map<String, Place> byCode = places
                .byCodes(needs.stream().map(Need::gridCode).distinct().toList())
                .stream()
                .collect(Collectors.toMap(Place::code, Function.identity()));
        return needs.stream()
                .collect(Collectors.toMap(
                        Function.identity(), n -> byCode.get(n.gridCode()), (a, b) -> a, LinkedHashMap::new));
    }

    @BatchMapping(typeName = "Need")
    Map<Need, Provider> claimedBy(List<Need> needs) {
        Map<String, Provider> byKey =
                providers
                        .byKeys(needs.stream()
                                .map(Need::claimedByKey)
                                .filter(k -> k != null)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Provider::key, Function.identity()));
        Map<Need, Provider> result = new LinkedHashMap<>();
        needs.forEach(n -> result.put(n, n.claimedByKey() == null ? null : byKey.get(n.claimedByKey())));
        return result;
    }

    @Override
    public Set<String> types() {
        return Set.of("Need");
    }

    @Override
    public Optional<Need> find(GlobalId id) {
        return queries.byKeys(List.of(id.key())).stream().findFirst();
    }
}
