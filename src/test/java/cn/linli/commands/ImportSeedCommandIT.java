package cn.linli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.SeedCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

/** {@code --import-seed} as README.md and docs/PERFORMANCE.md show it, run as real processes. */
@ResourceLock(value = SeededService.QUERY_PLANS, mode = ResourceAccessMode.READ)
class ImportSeedCommandIT {

    @Test
    void importingTheSeedIntoANewStoreExitsZeroAndTheStoreThenHoldsEveryPlaceAndProviderOfTheSeedFiles() {
        SeededService service = SeededService.get();
        assertThat(service.freshImport.exitCode())
                .as(service.freshImport.describe())
                .isZero();

        JsonNode answer = new GraphQlHttp(service.url())
                .post(
                        "{ place(code: \"511400\") { counts { districts towns communities villages grids providers } } }");
        JsonNode counts = answer.at("/data/place/counts");

        Map<String, Integer> answered = new TreeMap<>();
        counts.propertyNames()
                .forEach(name -> answered.put(name, counts.get(name).asInt()));
        List<Map<String, String>> communities = SeedCsv.rows("communities.csv");
        assertThat(answered)
                .as(answer.toString())
                .isEqualTo(new TreeMap<>(Map.of(
                        "districts", SeedCsv.rows("districts.csv").size(),
                        "towns", SeedCsv.rows("towns.csv").size(),
                        "communities",
                                (int) communities.stream()
                                        .filter(c -> c.get("kind").equals("COMMUNITY"))
                                        .count(),
                        "villages",
                                (int) communities.stream()
                                        .filter(c -> c.get("kind").equals("VILLAGE"))
                                        .count(),
                        "grids", SeedCsv.rows("grids.csv").size(),
                        "providers", SeedCsv.rows("providers.csv").size())));
    }

    @Test
    void importingAgainWithTheReadmesMavenCommandExitsZeroAndWritesNoNewNodeOrRelationship() throws IOException {
        Launched again = SeededService.get().secondImport;
        assertThat(again.exitCode()).as(again.describe()).isZero();

        List<String> files =
                again.lines().stream().filter(l -> l.contains("seed [")).toList();
        assertThat(files)
                .as(again.describe())
                .hasSize(seedFiles().size())
                .allSatisfy(line -> assertThat(line).contains(" 0 new nodes, 0 new relationships"));
        assertThat(again.output()).contains("Seed import done");
    }

    static List<Path> seedFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seed"))) {
            return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
    }
}
