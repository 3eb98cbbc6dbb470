package cn.linli.place;

import cn.linli.api.GlobalId;
import cn.linli.api.NodeLookup;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

@Component
class PlaceNodeLookup implements NodeLookup {

    private final PlaceQueries queries;

    PlaceNodeLookup(PlaceQueries queries) {
        this.queries = queries;
    }

    @Override
    public Set<String> types() {
        return Arrays.stream(PlaceLevel.values()).map(PlaceLevel::typeName).collect(Collectors.toSet());
    }

    @Override
    public Optional<Place> find(GlobalId id) {
        // The type must match the place's level: District:511402001 is not a town.
        return queries.byCode(id.key()).filter(p -> p.level().typeName().equals(id.type()));
    }
}
