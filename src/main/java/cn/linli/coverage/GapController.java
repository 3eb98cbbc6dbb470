package cn.linli.coverage;

import cn.linli.api.Dates;
import cn.linli.api.errors.BadInputException;
import cn.linli.api.paging.Connection;
import cn.linli.api.paging.ListOrder;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.PagingSettings;
import cn.linli.hours.WeekMinute;
import cn.linli.place.Place;
import cn.linli.place.PlaceArgument;
import cn.linli.place.PlaceQueries;
import cn.linli.resource.Resource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The planners' gap lists of a place. */
@Controller
class GapController {

    /** Needs are raised and counted in local time. */
    static final ZoneId ZONE = WeekMinute.ZONE;

    private static final int MAX_DAYS = 3650;

    private final GapQueries queries;
    private final PlaceArgument placeArgument;
    private final PlaceQueries places;
    private final PagingSettings paging;

    GapController(GapQueries queries, PlaceArgument placeArgument, PlaceQueries places, PagingSettings paging) {
        this.queries = queries;
        this.placeArgument = placeArgument;
        this.places = places;
        this.paging = paging;
    }

    @QueryMapping
    Gaps gaps(@Argument String place) {
        String code = placeArgument.check(place).code();
        return new Gaps(code, Place.subtreePrefix(code));
    }

    @SchemaMapping(typeName = "Gaps")
    Place place(Gaps gaps) {
        return places.byCode(gaps.placeCode()).orElseThrow();
    }

    @SchemaMapping(typeName = "Gaps")
    Connection<Place> gridsWithoutCenter(Gaps gaps, @Argument Integer first, @Argument String after) {
        return queries.gridsWithoutCenter(gaps.prefix(), page(GapQueries.GRIDS_WITHOUT_CENTER_ORDER, first, after));
    }

    @SchemaMapping(typeName = "Gaps")
    Connection<Place> communitiesLacking(
            Gaps gaps, @Argument String kind, @Argument Integer first, @Argument String after) {
        return queries.communitiesLacking(
                gaps.prefix(), kind, page(GapQueries.COMMUNITIES_LACKING_ORDER, first, after));
    }

    @SchemaMapping(typeName = "Gaps")
    Connection<ProviderLoad> overloadedProviders(
            Gaps gaps,
            @Argument int above,
            @Argument List<String> kinds,
            @Argument Integer first,
            @Argument String after) {
        if (above < 0) {
            throw new BadInputException("above", "must not be negative (got " + above + ")");
        }
        return queries.overloadedProviders(
                gaps.prefix(), above, kinds, page(GapQueries.OVERLOADED_PROVIDERS_ORDER, first, after));
    }

    @SchemaMapping(typeName = "Gaps")
    Connection<Resource> undeployedResources(Gaps gaps, @Argument Integer first, @Argument String after) {
        return queries.undeployedResources(gaps.prefix(), page(GapQueries.UNDEPLOYED_RESOURCES_ORDER, first, after));
    }

    @SchemaMapping(typeName = "Gaps")
    Connection<OverdueNeed> overdueNeeds(
            Gaps gaps, @Argument int days, @Argument String asOf, @Argument Integer first, @Argument String after) {
        if (days < 0 || days > MAX_DAYS) {
            throw new BadInputException("days", "must be between 0 and " + MAX_DAYS + " (got " + days + ")");
        }
        LocalDate day = asOf(asOf);
        // open more than `days` whole days on `day`: raised before the start of day − days; still open at its end
        return queries.overdueNeeds(
                gaps.prefix(),
                day.minusDays(days).atStartOfDay(ZONE),
                day.plusDays(1).atStartOfDay(ZONE),
                page(GapQueries.OVERDUE_NEEDS_ORDER, first, after),
                row -> OverdueNeed.from(row, day, ZONE));
    }

    private static LocalDate asOf(String asOf) {
        return asOf == null ? LocalDate.now(ZONE) : Dates.day(asOf, "asOf");
    }

    private PageRequest page(ListOrder order, Integer first, String after) {
        return PageRequest.forward(order, first, after, paging);
    }
}
