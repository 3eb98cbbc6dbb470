package cn.linli.provider;

import cn.linli.seed.Properties;
import cn.linli.seed.SeedFile;
import cn.linli.seed.SeedFile.Reference;
import cn.linli.seed.SeedFiles;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Providers, whom they serve and what they offer: after the places they are located in and serve (100), before the
 * resources they own (300) and the needs they claim (400). See seed/FORMAT.md.
 */
@Component
@Order(200)
class ProviderSeedFiles implements SeedFiles {

    @Override
    public List<SeedFile> files() {
        return List.of(
                SeedFile.nodes("providers.csv", "Provider", "id", Provider.PROPERTIES, Provider.LOCATED_IN),
                SeedFile.edges(
                        "serves.csv",
                        new Reference("provider_id", "Provider", "id"),
                        "SERVES",
                        new Reference("place_code", "Place", "code"),
                        Properties.of()),
                SeedFile.nodes(
                        "service_items.csv", "ServiceItem", "id", ServiceItem.PROPERTIES, ServiceItem.OFFERED_BY));
    }
}
