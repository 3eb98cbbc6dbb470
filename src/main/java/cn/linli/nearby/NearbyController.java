package cn.linli.nearby;

import cn.linli.api.paging.Connection;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.PagingSettings;
import cn.linli.geo.CoordinateSystem;
import cn.linli.geo.GeoPoint;
import cn.linli.geo.LonLat;
import cn.linli.hours.OpenAt;
import cn.linli.place.Place;
import cn.linli.provider.Provider;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** For portals: what is near a point, and which grid, community, branch and centers serve it. */
@Controller
class NearbyController {

    private final NearbyQueries queries;
    private final Locator locator;
    private final NearbySettings settings;
    private final PagingSettings paging;

    NearbyController(NearbyQueries queries, Locator locator, NearbySettings settings, PagingSettings paging) {
        this.queries = queries;
        this.locator = locator;
        this.settings = settings;
        this.paging = paging;
    }

    @QueryMapping
    Connection<NearbyProvider> nearby(
            @Argument LocationInput location,
            @Argument Integer radius,
            @Argument List<String> kinds,
            @Argument List<String> levels,
            @Argument List<String> categories,
            @Argument String openAt,
            @Argument Integer first,
            @Argument String after,
            @Argument Integer last,
            @Argument String before) {
        LonLat here = location.toWgs84("location");
        return queries.nearby(
                here,
                settings.radius(radius),
                kinds,
                levels,
                categories,
                OpenAt.parse(openAt, "openAt"),
                PageRequest.of(NearbyQueries.nearest("Query.nearby", here), first, after, last, before, paging));
    }

    @QueryMapping
    WhereAmI whereAmI(@Argument LocationInput location) {
        return locator.locate(location.toWgs84("location"));
    }

    @SchemaMapping(typeName = "WhereAmI")
    GeoPoint location(WhereAmI here, @Argument CoordinateSystem crs) {
        return GeoPoint.fromStored(here.point().lon(), here.point().lat(), crs);
    }

    @SchemaMapping(typeName = "WhereAmI")
    Provider partyBranch(WhereAmI here) {
        return here.exact() ? queries.partyBranch(here.grid().code()).orElse(null) : null;
    }

    @SchemaMapping(typeName = "WhereAmI")
    Place.DutyContact dutyContact(WhereAmI here) {
        return here.exact() ? here.grid().dutyContact() : null;
    }

    @SchemaMapping(typeName = "WhereAmI")
    Connection<NearbyProvider> servedBy(
            WhereAmI here, @Argument List<String> kinds, @Argument Integer first, @Argument String after) {
        PageRequest page =
                PageRequest.forward(NearbyQueries.nearest("WhereAmI.servedBy", here.point()), first, after, paging);
        List<String> places = here.servedPlaces();
        return places.isEmpty() ? Connection.empty() : queries.serving(here.point(), places, kinds, page);
    }
}
