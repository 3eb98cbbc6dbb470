package cn.linli.event;

import cn.linli.api.GlobalId;
import cn.linli.api.NodeLookup;
import cn.linli.api.errors.NotFoundException;
import cn.linli.api.paging.Connection;
import cn.linli.api.paging.PageKey;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.PagingSettings;
import cn.linli.event.EventInputs.DutyInput;
import cn.linli.event.EventInputs.DutyPayload;
import cn.linli.event.EventInputs.WithdrawFromDutyPayload;
import cn.linli.partner.Caller;
import cn.linli.partner.Scope;
import cn.linli.place.Place;
import cn.linli.provider.Provider;
import cn.linli.write.Writes;
import graphql.schema.DataFetchingEnvironment;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * 部门报到: a department registers for a community or grid and withdraws; which departments answer for a place's
 * whistles, and which places a department answers for.
 */
@Controller
class DutyController implements NodeLookup {

    /** The governance centre registers any department, a department itself (DutyWrites checks which). */
    private static final Set<Scope> SCOPES = Set.of(Scope.EVENTS_CENTRE, Scope.EVENTS_DEPARTMENT);

    private final EventQueries queries;
    private final PagingSettings paging;
    private final Writes writes;
    private final DutyWrites duty;

    DutyController(EventQueries queries, PagingSettings paging, Writes writes, DutyWrites duty) {
        this.queries = queries;
        this.paging = paging;
        this.writes = writes;
        this.duty = duty;
    }

    /** Registrations are not cached (the lists that show them read the graph), so a write makes no region stale. */
    @MutationMapping
    DutyPayload reportForDuty(
            @Argument DutyInput input, @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        DutyRegistration registration = writes.run(
                caller,
                new Writes.Request("reportForDuty", input.clientMutationId(), input, SCOPES, Set.of()),
                (tx, apiKey) -> duty.register(tx, apiKey, input),
                key -> queries.registration(key)
                        .orElseThrow(
                                () -> new NotFoundException("The registration " + GlobalId.of("DutyRegistration", key)
                                        + " this request wrote has been withdrawn since.")));
        return new DutyPayload(input.clientMutationId(), registration);
    }

    @MutationMapping
    WithdrawFromDutyPayload withdrawFromDuty(
            @Argument DutyInput input, @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        String withdrawn = writes.run(
                caller,
                new Writes.Request("withdrawFromDuty", input.clientMutationId(), input, SCOPES, Set.of()),
                (tx, apiKey) -> duty.withdraw(tx, apiKey, input),
                key -> GlobalId.of("DutyRegistration", key));
        return new WithdrawFromDutyPayload(input.clientMutationId(), withdrawn);
    }

    @Override
    public Set<String> types() {
        return Set.of("DutyRegistration");
    }

    @Override
    public Optional<?> find(GlobalId id) {
        return queries.registration(id.key());
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
