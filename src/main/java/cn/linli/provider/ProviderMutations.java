package cn.linli.provider;

import cn.linli.api.GlobalId;
import cn.linli.cache.CacheRegion;
import cn.linli.partner.Caller;
import cn.linli.partner.Scope;
import cn.linli.provider.ProviderInputs.DeleteServiceItemInput;
import cn.linli.provider.ProviderInputs.DeleteServiceItemPayload;
import cn.linli.provider.ProviderInputs.ProviderPayload;
import cn.linli.provider.ProviderInputs.ServiceItemPayload;
import cn.linli.provider.ProviderInputs.UpsertProviderInput;
import cn.linli.provider.ProviderInputs.UpsertServiceItemInput;
import cn.linli.write.Writes;
import java.util.List;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Providers and their service items, written by partners. */
@Controller
class ProviderMutations {

    private final Writes writes;
    private final ProviderWrites providers;
    private final ProviderQueries queries;

    ProviderMutations(Writes writes, ProviderWrites providers, ProviderQueries queries) {
        this.writes = writes;
        this.providers = providers;
        this.queries = queries;
    }

    @MutationMapping
    ProviderPayload upsertProvider(
            @Argument UpsertProviderInput input,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        // place counts include providers
        Provider provider = writes.run(
                caller,
                new Writes.Request(
                        "upsertProvider", input.clientMutationId(), input, Scope.PROVIDERS, Set.of(CacheRegion.COUNTS)),
                (tx, apiKey) -> providers.upsertProvider(tx, apiKey, input),
                key -> queries.byKeys(List.of(key)).get(0));
        return new ProviderPayload(input.clientMutationId(), provider);
    }

    @MutationMapping
    ServiceItemPayload upsertServiceItem(
            @Argument UpsertServiceItemInput input,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        // no cached read shows service items
        ServiceItem item = writes.run(
                caller,
                new Writes.Request("upsertServiceItem", input.clientMutationId(), input, Scope.PROVIDERS, Set.of()),
                (tx, apiKey) -> providers.upsertServiceItem(tx, apiKey, input),
                key -> queries.itemByKey(key).get(0));
        return new ServiceItemPayload(input.clientMutationId(), item);
    }

    @MutationMapping
    DeleteServiceItemPayload deleteServiceItem(
            @Argument DeleteServiceItemInput input,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        // a retry finds the item gone: it answers with the id the first attempt deleted
        String deleted = writes.run(
                caller,
                new Writes.Request("deleteServiceItem", input.clientMutationId(), input, Scope.PROVIDERS, Set.of()),
                (tx, apiKey) -> providers.deleteServiceItem(tx, apiKey, input),
                key -> GlobalId.of("ServiceItem", key));
        return new DeleteServiceItemPayload(input.clientMutationId(), deleted);
    }
}
