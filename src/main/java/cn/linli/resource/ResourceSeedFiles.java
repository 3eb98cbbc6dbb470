package cn.linli.resource;

import static cn.linli.seed.Column.Type.DATE;
import static cn.linli.seed.Column.optional;
import static cn.linli.seed.Column.required;

import cn.linli.seed.Properties;
import cn.linli.seed.Property;
import cn.linli.seed.SeedFile;
import cn.linli.seed.SeedFile.Reference;
import cn.linli.seed.SeedFiles;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Resources and their deployments to grids: after the providers that own them (200). See seed/FORMAT.md. */
@Component
@Order(300)
class ResourceSeedFiles implements SeedFiles {

    /** A deployment runs from {@code since} until {@code until}; none yet: ongoing. */
    private static final Properties DEPLOYMENT =
            Properties.of(Property.of(required("since", DATE)), Property.of(optional("until", DATE)));

    @Override
    public List<SeedFile> files() {
        return List.of(
                SeedFile.nodes("resources.csv", "Resource", "id", Resource.PROPERTIES, Resource.OWNED_BY),
                SeedFile.edges(
                        "deployments.csv",
                        new Reference("resource_id", "Resource", "id"),
                        "DEPLOYED_TO",
                        new Reference("grid_code", "Place:Grid", "code"),
                        DEPLOYMENT));
    }
}
