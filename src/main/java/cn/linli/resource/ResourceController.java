package cn.linli.resource;

import cn.linli.api.DateRange;
import cn.linli.api.GlobalId;
import cn.linli.api.NodeLookup;
import cn.linli.api.paging.Connection;
import cn.linli.api.paging.PageKey;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.PagingSettings;
import cn.linli.cache.CacheRegion;
import cn.linli.cache.ReadCaches;
import cn.linli.place.Place;
import cn.linli.provider.Provider;
import cn.linli.provider.ProviderQueries;
import graphql.schema.DataFetchingEnvironment;
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
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The resources (资源清单) and projects (项目清单) lists, and where each is deployed. */
@Controller
class ResourceController implements NodeLookup {

    private final ResourceQueries queries;
    private final ProviderQueries providers;
    private final PagingSettings paging;
    private final ReadCaches caches;

    ResourceController(ResourceQueries queries, ProviderQueries providers, PagingSettings paging, ReadCaches caches) {
        this.queries = queries;
        this.providers = providers;
        this.paging = paging;
        this.caches = caches;
    }

    @QueryMapping
    Connection<Resource> resources(
            @Argument String within,
            @Argument String category,
            @Argument String owner,
            @Argument String status,
            @Argument DateRange deployed,
            @Argument ResourceSort sort,
            @Argument Integer first,
            @Argument String after,
            @Argument Integer last,
            @Argument String before) {
        return list(
                "RESOURCE",
                within,
                category,
                owner,
                status,
                deployed,
                PageRequest.of(ResourceSort.orDefault(sort).of("Query.resources"), first, after, last, before, paging));
    }

    @QueryMapping
    Connection<Resource> projects(
            @Argument String within,
            @Argument String category,
            @Argument String owner,
            @Argument String status,
            @Argument DateRange deployed,
            @Argument ResourceSort sort,
            @Argument Integer first,
            @Argument String after,
            @Argument Integer last,
            @Argument String before) {
        return list(
                "PROJECT",
                within,
                category,
                owner,
                status,
                deployed,
                PageRequest.of(ResourceSort.orDefault(sort).of("Query.projects"), first, after, last, before, paging));
    }

    @SchemaMapping(typeName = "Resource")
    CompletableFuture<Connection<Deployment>> deployments(
            Resource resource, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return queries.deploymentsOfResource(
                env,
                PageKey.of(
                        resource.key(),
                        PageRequest.forward(ResourceQueries.RESOURCE_DEPLOYMENTS, first, after, paging)));
    }

    @SchemaMapping(typeName = "Grid")
    CompletableFuture<Connection<Deployment>> deployments(
            Place grid, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return queries.deploymentsToGrid(
                env,
                PageKey.of(grid.code(), PageRequest.forward(ResourceQueries.GRID_DEPLOYMENTS, first, after, paging)));
    }

    @BatchMapping(typeName = "Resource")
    Map<Resource, Provider> owner(List<Resource> resources) {
        Map<String, Provider> byKey =
                providers
                        .byKeys(resources.stream()
                                .map(Resource::ownerKey)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Provider::key, Function.identity()));
        return resources.stream()
                .collect(Collectors.toMap(
                        Function.identity(), r -> byKey.get(r.ownerKey()), (a, b) -> a, LinkedHashMap::new));
    }

    private Connection<Resource> list(
            String type,
            String within,
            String category,
            String owner,
            String status,
            DateRange deployed,
            PageRequest page) {
        ResourceFilter filter = ResourceFilter.of(type, within, category, owner, status, deployed);
        if (page.after() != null || page.before() != null) {
            return queries.list(filter, page);
        }
        return caches.get(CacheRegion.RESOURCES, "resources", List.of(filter, page), () -> queries.list(filter, page));
    }

    @Override
    public Set<String> types() {
        return Set.of("Resource", "Deployment");
    }

    @Override
    public Optional<?> find(GlobalId id) {
        if (id.type().equals("Resource")) {
            return queries.byKeys(List.of(id.key())).stream().findFirst();
        }
        // Deployment:<resource key>/<grid code> (Deployment.id); a grid code holds no '/'
        int slash = id.key().lastIndexOf('/');
        return slash <= 0
                ? Optional.empty()
                : queries.deployment(id.key().substring(0, slash), id.key().substring(slash + 1));
    }
}
