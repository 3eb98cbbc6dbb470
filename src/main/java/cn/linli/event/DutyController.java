package cn.linli.event;

import cn.linli.api.paging.Connection;
import cn.linli.api.paging.PageKey;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.PagingSettings;
import cn.linli.place.Place;
import cn.linli.provider.Provider;
import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** 部门报到: which departments answer for a place's whistles, and which places a department answers for. */
@Controller
class DutyController {

    private final EventQueries queries;
    private final PagingSettings paging;

    DutyController(EventQueries queries, PagingSettings paging) {
        this.queries = queries;
        this.paging = paging;
    }

    @SchemaMapping(typeName = "Community", field = "reportingDepartments")
    CompletableFuture<Connection<Provider>> forCommunity(
            Place community, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return reportingDepartments(community, first, after, env);
    }

    @SchemaMapping(typeName = "Grid", field = "reportingDepartments")
    CompletableFuture<Connection<Provider>> forGrid(
            Place grid, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return reportingDepartments(grid, first, after, env);
    }

    @SchemaMapping(typeName = "Provider")
    CompletableFuture<Connection<Place>> reportsFor(
            Provider department, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return queries.registeredPlaces(
                env, PageKey.of(department.key(), PageRequest.forward(EventQueries.REGISTERED, first, after, paging)));
    }

    private CompletableFuture<Connection<Provider>> reportingDepartments(
            Place place, Integer first, String after, DataFetchingEnvironment env) {
        return queries.reportingDepartments(
                env, PageKey.of(place.code(), PageRequest.forward(EventQueries.REPORTING, first, after, paging)));
    }
}
