package cn.linli.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import cn.linli.LinliTest;
import cn.linli.graph.Cypher;

class SeedImporterTest extends LinliTest {

    private static final String TOWNS_HEADER = "code,name,kind,parent_code,lon,lat,boundary,provenance\n";

    @Autowired
    SeedImporter importer;

    @Autowired
    Cypher cypher;

    @TempDir
    Path dir;

    @Test
    void aBadRowFailsItsFileWithFileAndLineAndWritesNothingOfIt() throws IOException {
        Files.writeString(dir.resolve("towns.csv"), TOWNS_HEADER
                + "511402901,测试一镇,TOWN,511402,103.8,30.0,,synthetic\n"
                + "511402902,测试二镇,TOWN,511402,103.8,30.0,,synthetic\n"
                + "511402903,测试三镇,TOWN,511402,east,30.0,,synthetic\n");

        assertThatThrownBy(() -> importer.importFile(dir, towns(), 1, 1))
                .isInstanceOf(SeedException.class)
                .hasMessage("towns.csv:4: lon 'east' is not a number");
        assertThat(placesWithCodeStarting("51140290")).isZero();
    }

    @Test
    void aRowPointingAtAMissingParentFailsTheWholeFile() throws IOException {
        Files.writeString(dir.resolve("towns.csv"), TOWNS_HEADER
                + "511402904,测试四镇,TOWN,511402,103.8,30.0,,synthetic\n"
                + "511499905,测试五镇,TOWN,511499,103.8,30.0,,synthetic\n");

        assertThatThrownBy(() -> importer.importFile(dir, towns(), 1, 1))
                .hasMessage("towns.csv:3: parent_code '511499' names no Place in the graph");
        assertThat(placesWithCodeStarting("5114029")).isZero();
        assertThat(placesWithCodeStarting("5114999")).isZero();
    }

    @Test
    void anUnknownKindAndADuplicateKeyAreNamed() throws IOException {
        Files.writeString(dir.resolve("towns.csv"), TOWNS_HEADER
                + "511402906,测试六镇,HAMLET,511402,103.8,30.0,,synthetic\n");
        assertThatThrownBy(() -> importer.importFile(dir, towns(), 1, 1))
                .hasMessageStartingWith("towns.csv:2: kind 'HAMLET' is not one of");

        Files.writeString(dir.resolve("towns.csv"), TOWNS_HEADER
                + "511402907,测试七镇,TOWN,511402,103.8,30.0,,synthetic\n"
                + "511402907,测试七镇,TOWN,511402,103.8,30.0,,synthetic\n");
        assertThatThrownBy(() -> importer.importFile(dir, towns(), 1, 1))
                .hasMessage("towns.csv:3: duplicate code '511402907'");
    }

    @Test
    void importingTheSeedAgainChangesNothing() {
        String census = """
                MATCH (n) WITH count(n) AS nodes
                MATCH ()-[r]->() RETURN nodes, count(r) AS relationships""";
        var before = cypher.read(census, Map.of()).get(0);
        importer.importAll();
        var after = cypher.read(census, Map.of()).get(0);
        assertThat(after.get("nodes").asLong()).isEqualTo(before.get("nodes").asLong());
        assertThat(after.get("relationships").asLong()).isEqualTo(before.get("relationships").asLong());
    }

    private long placesWithCodeStarting(String prefix) {
        return cypher.read("MATCH (p:Place) WHERE p.code STARTS WITH $prefix RETURN count(p) AS n",
                Map.of("prefix", prefix)).get(0).get("n").asLong();
    }

    private static SeedFile towns() {
        return SeedFiles.all().stream().filter(f -> f.name().equals("towns.csv")).findFirst().orElseThrow();
    }
}
