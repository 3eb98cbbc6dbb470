package cn.linli.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import cn.linli.api.GlobalId;
import cn.linli.api.NodeLookup;
import cn.linli.api.paging.BatchedPages;
import cn.linli.api.paging.Connection;
import cn.linli.api.paging.PageKey;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.PagingSettings;
import cn.linli.graph.Cypher;
import cn.linli.place.Place;
import cn.linli.provider.Provider;
import cn.linli.provider.ProviderQueries;
import graphql.schema.DataFetchingEnvironment;

/** Resources and where they are deployed. */
@Controller
class ResourceController implements NodeLookup {

    private final ResourceQueries queries;
    private final ProviderQueries providers;
    private final PagingSettings paging;
    private final BatchedPages<Deployment> deploymentsToGrid;

    ResourceController(ResourceQueries queries, ProviderQueries providers, PagingSettings paging, Cypher cypher,
            BatchLoaderRegistry registry) {
        this.queries = queries;
        this.providers = providers;
        this.paging = paging;
        this.deploymentsToGrid = BatchedPages.register(registry, "Grid.deployments", cypher,
                ResourceQueries.DEPLOYMENTS_TO_GRID, Deployment::from);
    }

    @SchemaMapping(typeName = "Grid")
    CompletableFuture<Connection<Deployment>> deployments(Place grid, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        return deploymentsToGrid.load(env, PageKey.of(grid.code(), PageRequest.of(first, after, paging)));
    }

    @BatchMapping(typeName = "Resource")
    Map<Resource, Provider> owner(List<Resource> resources) {
        Map<String, Provider> byKey = providers.byKeys(resources.stream().map(Resource::ownerKey).distinct().toList())
                .stream().collect(Collectors.toMap(Provider::key, Function.identity()));
        return resources.stream().collect(Collectors.toMap(Function.identity(), r -> byKey.get(r.ownerKey()),
                (a, b) -> a, LinkedHashMap::new));
    }

    @Override
    public Set<String> types() {
        return Set.of("Resource");
    }

    @Override
    public Optional<Resource> find(GlobalId id) {
        return queries.byKeys(List.of(id.key())).stream().findFirst();
    }
}
