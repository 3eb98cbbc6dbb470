package cn.linli.seed;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every seed file, in import order: the features' {@link SeedFiles} as Spring orders them ({@code @Order}), each
 * contribution's files in its own order. See seed/FORMAT.md.
 */
@Component
public class SeedCatalog {

    private final List<SeedFile> files;

    public SeedCatalog(List<SeedFiles> contributions) {
        this.files = contributions.stream().flatMap(c -> c.files().stream()).toList();
        Set<String> names = new HashSet<>();
        files.forEach(f -> {
            if (!names.add(f.name())) {
                throw new IllegalStateException("Two features contribute the seed file " + f.name());
            }
        });
    }

    public List<SeedFile> files() {
        return files;
    }
}
