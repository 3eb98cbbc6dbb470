package cn.linli.event;

import cn.linli.api.DateRange;
import cn.linli.place.PlaceArgument;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The planners' figures (规划、督办). Not cached: whether an event is overdue changes with the clock, and the figures are
 * one bounded query.
 */
@Controller
class EventStatisticsController {

    private final EventStatisticsQueries queries;
    private final PlaceArgument placeArgument;

    EventStatisticsController(EventStatisticsQueries queries, PlaceArgument placeArgument) {
        this.queries = queries;
        this.placeArgument = placeArgument;
    }

    @QueryMapping
    EventStatistics eventStatistics(@Argument String place, @Argument DateRange reported) {
        DateRange.Days days = DateRange.check(reported, "reported");
        return queries.figures(placeArgument.check(place), days.from(), days.to());
    }
}
