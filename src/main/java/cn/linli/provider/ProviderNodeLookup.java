package cn.linli.provider;

import cn.linli.api.GlobalId;
import cn.linli.api.NodeLookup;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

@Component
class ProviderNodeLookup implements NodeLookup {

    private final ProviderQueries queries;

    ProviderNodeLookup(ProviderQueries queries) {
        this.queries = queries;
    }

    @Override
    public Set<String> types() {
        return Set.of("Provider", "ServiceItem");
    }

    @Override
    public Optional<?> find(GlobalId id) {
        List<?> found = id.type().equals("Provider") ? queries.byKeys(List.of(id.key())) : queries.itemByKey(id.key());
        return found.stream().findFirst();
    }
}
