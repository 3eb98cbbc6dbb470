package cn.linli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jar that README.md runs holds the service and nothing else of ours: the seed generator and every other class
 * compiled from src/test stay out of it (docs/ARCHITECTURE.md, "Build"), and so do the libraries no code uses.
 */
class PackagedJarIT {

    private static final String CLASSES = "BOOT-INF/classes/";
    private static final Path TEST_CLASSES = Path.of("target/test-classes");

    private static List<String> entries;

    @BeforeAll
    static void readTheJar() throws IOException {
        try (ZipFile jar = new ZipFile(Commands.packagedJar().toFile())) {
            entries = jar.stream().map(ZipEntry::getName).toList();
        }
    }

    @Test
    void theJarHoldsTheServicesClassesWhereThisTestLooksForThem() {
        assertThat(entries)
                .contains(
                        CLASSES + "cn/linli/LinliApplication.class",
                        CLASSES + "cn/linli/seed/SeedImporter.class",
                        CLASSES + "cn/linli/geo/ChinaCoordinates.class");
    }

    @Test
    void theJarHoldsNoClassOfTheSeedGenerator() {
        assertThat(entries)
                .filteredOn(name -> name.contains("cn/linli/seed/generate/"))
                .isEmpty();
    }

    @Test
    void theJarHoldsNoClassCompiledFromTheTestSources() throws IOException {
        List<String> testClasses;
        try (Stream<Path> files = Files.walk(TEST_CLASSES)) {
            testClasses = files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> CLASSES + TEST_CLASSES.relativize(f).toString().replace('\\', '/'))
                    .toList();
        }
        assertThat(testClasses)
                .as("classes compiled from src/test")
                .contains(
                        CLASSES + "cn/linli/seed/generate/SeedGenerator.class",
                        CLASSES + "cn/linli/commands/PackagedJarIT.class");
        assertThat(entries).doesNotContainAnyElementsOf(testClasses);
    }

    @Test
    void theJarCarriesNeitherSpringDataNeo4jNorTheCacheStarterWhichNoCodeUses() {
        assertThat(entries)
                .filteredOn(name -> name.startsWith("BOOT-INF/lib/"))
                .as("the Neo4j driver and Boot's autoconfiguration for it are what graph.Cypher uses")
                .anyMatch(name -> name.startsWith("BOOT-INF/lib/neo4j-java-driver-"))
                .anyMatch(name -> name.startsWith("BOOT-INF/lib/spring-boot-neo4j-"))
                .noneMatch(name -> name.startsWith("BOOT-INF/lib/spring-data-neo4j-"))
                .noneMatch(name -> name.startsWith("BOOT-INF/lib/spring-boot-data-neo4j-"))
                .noneMatch(name -> name.startsWith("BOOT-INF/lib/spring-boot-cache-"));
    }
}
