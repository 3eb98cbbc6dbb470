package cn.linli.resource;

import cn.linli.cache.CacheRegion;
import cn.linli.partner.Caller;
import cn.linli.partner.Scope;
import cn.linli.resource.ResourceInputs.DeployResourceInput;
import cn.linli.resource.ResourceInputs.ResourcePayload;
import cn.linli.resource.ResourceInputs.UpsertResourceInput;
import cn.linli.resource.ResourceInputs.WithdrawResourceInput;
import cn.linli.write.Writes;
import java.util.List;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** A department's or organisation's own resources and projects, and their deployment to grids. */
@Controller
class ResourceMutations {

    private static final Set<CacheRegion> AFFECTS = Set.of(CacheRegion.RESOURCES);

    private final Writes writes;
    private final ResourceWrites resources;
    private final ResourceQueries queries;

    ResourceMutations(Writes writes, ResourceWrites resources, ResourceQueries queries) {
        this.writes = writes;
        this.resources = resources;
        this.queries = queries;
    }

    @MutationMapping
    ResourcePayload upsertResource(
            @Argument UpsertResourceInput input,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        Resource resource = writes.run(
                caller,
                request("upsertResource", input.clientMutationId(), input),
                (tx, apiKey) -> resources.upsert(tx, apiKey, input),
                this::reload);
        return new ResourcePayload(input.clientMutationId(), resource);
    }

    @MutationMapping
    ResourcePayload deployResource(
            @Argument DeployResourceInput input,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        Resource resource = writes.run(
                caller,
                request("deployResource", input.clientMutationId(), input),
                (tx, apiKey) -> resources.deploy(tx, apiKey, input.resourceId(), input.gridCodes(), input.since()),
                this::reload);
        return new ResourcePayload(input.clientMutationId(), resource);
    }

    @MutationMapping
    ResourcePayload withdrawResource(
            @Argument WithdrawResourceInput input,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        Resource resource = writes.run(
                caller,
                request("withdrawResource", input.clientMutationId(), input),
                (tx, apiKey) -> resources.withdraw(tx, apiKey, input.resourceId(), input.gridCodes(), input.until()),
                this::reload);
        return new ResourcePayload(input.clientMutationId(), resource);
    }

    private static Writes.Request request(String mutation, String clientMutationId, Object input) {
        return new Writes.Request(mutation, clientMutationId, input, Scope.RESOURCES, AFFECTS);
    }

    private Resource reload(String key) {
        return queries.byKeys(List.of(key)).get(0);
    }
}
