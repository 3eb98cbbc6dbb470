package cn.linli.provider;

import java.util.List;
import java.util.Set;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import cn.linli.cache.CacheRegion;
import cn.linli.partner.Scope;
import cn.linli.provider.ProviderInputs.ProviderPayload;
import cn.linli.provider.ProviderInputs.ServiceItemPayload;
import cn.linli.provider.ProviderInputs.UpsertProviderInput;
import cn.linli.provider.ProviderInputs.UpsertServiceItemInput;
import cn.linli.write.Writes;
import graphql.GraphQLContext;

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
    ProviderPayload upsertProvider(@Argument UpsertProviderInput input, GraphQLContext context) {
        // place counts include providers
        Provider provider = writes.run(context, new Writes.Request("upsertProvider", input.clientMutationId(), input,
                        Scope.PROVIDERS, Set.of(CacheRegion.COUNTS)),
                (tx, caller) -> providers.upsertProvider(tx, caller, input), key -> queries.byKeys(List.of(key)).get(0));
        return new ProviderPayload(input.clientMutationId(), provider);
    }

    @MutationMapping
    ServiceItemPayload upsertServiceItem(@Argument UpsertServiceItemInput input, GraphQLContext context) {
        // no cached read shows service items
        ServiceItem item = writes.run(context, new Writes.Request("upsertServiceItem", input.clientMutationId(), input,
                        Scope.PROVIDERS, Set.of()),
                (tx, caller) -> providers.upsertServiceItem(tx, caller, input), key -> queries.itemByKey(key).get(0));
        return new ServiceItemPayload(input.clientMutationId(), item);
    }
}
