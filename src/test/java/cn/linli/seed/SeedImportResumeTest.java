package cn.linli.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linli.LinliTest;
import cn.linli.SeedCsv;
import cn.linli.api.Sha256;
import cn.linli.cache.CacheSettings;
import cn.linli.cache.ReadCaches;
import cn.linli.graph.Cypher;
import cn.linli.graph.EmbeddedNeo4j;
import cn.linli.graph.GraphSchema;
import cn.linli.graph.Neo4jSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An import cut short at any point ends, after the next start, in the same graph as a clean import. Runs on its own
 * temporary Neo4j (started here, without Spring) loaded with {@code seed-small/}, a consistent slice of the seed (one
 * town, three communities and what lies in them), so that every way of stopping can be tried in seconds. Only the
 * derivations (pinyin, weekly hours) come from the shared context.
 *
 * <p>A kill -9 is emulated by what it leaves in the graph: the files whose transactions committed, and a progress node
 * still RUNNING under an owner that no longer runs. A file's own transaction is all or nothing (Neo4j's guarantee;
 * bench/kill-during-import.sh kills the real process in the middle of one).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedImportResumeTest extends LinliTest {

    private static final Path FIXTURE = Path.of("src/test/resources/seed-small");

    @Autowired
    List<Derivation> derivations;

    @Autowired
    SeedCatalog catalog;

    /** The seed's file names, in import order. */
    private List<String> seedFiles;

    @TempDir
    Path dir;

    private EmbeddedNeo4j neo4j;
    private Driver driver;
    /** Each instance's caches poll the database on a thread of their own: stopped with the database. */
    private final List<ReadCaches> openCaches = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Cypher cypher;
    private String cleanImport;
    private String cleanImportWithoutNumbers;

    @BeforeAll
    void startOwnDatabaseAndImportCleanly() {
        seedFiles = catalog.files().stream().map(SeedFile::name).toList();
        neo4j = new EmbeddedNeo4j(new Neo4jSettings.Embedded("", true, 0, "32m"));
        neo4j.start();
        driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
        cypher = new Cypher(driver, neo4jSettings(false), new SimpleMeterRegistry());
        new GraphSchema(cypher).apply();
        SeedImporter.Summary summary = instance(FIXTURE, false).importer.complete();
        assertThat(summary.written()).isEqualTo(seedFiles);
        cleanImport = checksum();
        cleanImportWithoutNumbers = checksum(false);
    }

    @AfterAll
    void stopOwnDatabase() {
        openCaches.forEach(ReadCaches::close);
        driver.close();
        neo4j.close();
    }

    @BeforeEach
    void emptyGraph() {
        cypher.write(tx -> tx.update("MATCH (n) DETACH DELETE n", Map.of()));
    }

    @Test
    void aCleanImportWritesEveryRowOfEveryFileAndIsRecordedDone() {
        Instance clean = instance(FIXTURE, false);
        clean.importer.complete();

        long places = rows("cities.csv")
                + rows("districts.csv")
                + rows("towns.csv")
                + rows("communities.csv")
                + rows("grids.csv");
        assertThat(count("MATCH (n:Place) RETURN count(n)")).isEqualTo(places);
        assertThat(count("MATCH (n:Provider) RETURN count(n)")).isEqualTo(rows("providers.csv"));
        assertThat(count("MATCH (n:ServiceItem) RETURN count(n)")).isEqualTo(rows("service_items.csv"));
        assertThat(count("MATCH (n:Resource) RETURN count(n)")).isEqualTo(rows("resources.csv"));
        assertThat(count("MATCH (n:Need) RETURN count(n)")).isEqualTo(rows("needs.csv"));
        assertThat(count("MATCH ()-[r:PART_OF]->() RETURN count(r)")).isEqualTo(places - rows("cities.csv"));
        assertThat(count("MATCH ()-[r:LOCATED_IN]->() RETURN count(r)")).isEqualTo(rows("providers.csv"));
        assertThat(count("MATCH ()-[r:SERVES]->() RETURN count(r)")).isEqualTo(rows("serves.csv"));
        assertThat(count("MATCH ()-[r:OFFERS]->() RETURN count(r)")).isEqualTo(rows("service_items.csv"));
        assertThat(count("MATCH ()-[r:OWNS]->() RETURN count(r)")).isEqualTo(rows("resources.csv"));
        assertThat(count("MATCH ()-[r:DEPLOYED_TO]->() RETURN count(r)")).isEqualTo(rows("deployments.csv"));
        assertThat(count("MATCH ()-[r:RAISED_IN]->() RETURN count(r)")).isEqualTo(rows("needs.csv"));
        assertThat(count("MATCH ()-[r:CLAIMED_BY]->() RETURN count(r)"))
                .isEqualTo(csv("needs.csv").stream()
                        .filter(r -> !r.get("claimed_by").isEmpty())
                        .count());
        assertThat(count("MATCH (p:Provider) WHERE p.pinyin IS NULL OR p.openWeek IS NULL RETURN count(p)"))
                .isZero();

        assertThat(clean.status.ready()).isTrue();
        Map<String, Value> record = progressNode();
        assertThat(record.get("status").asString()).isEqualTo("DONE");
        // the same lines as `sha256sum` prints for the files
        assertThat(record.get("files").asList(Value::asString))
                .containsExactlyElementsOf(sha256sum(FIXTURE, seedFiles));
        assertThat(checksum()).isEqualTo(cleanImport);
    }

    @Test
    void anImportKilledAfterAnyFileIsCompletedByTheNextStartWithoutWritingThoseFilesAgain() throws IOException {
        for (int done = 0; done < seedFiles.size(); done++) {
            emptyGraph();
            importCutShortAfter(done, "first-" + done, false);
            killedWhileRunning();

            SeedImporter.Summary resumed = instance(FIXTURE, false).importer.complete();

            assertThat(resumed.skipped()).as("after %d files", done).isEqualTo(seedFiles.subList(0, done));
            assertThat(resumed.written())
                    .as("after %d files", done)
                    .isEqualTo(seedFiles.subList(done, seedFiles.size()));
            assertThat(checksum()).as("after %d files", done).isEqualTo(cleanImport);
            assertThat(progressNode().get("status").asString()).isEqualTo("DONE");
        }
    }

    @Test
    void anImportKilledAfterItsLastFileButBeforeItsDerivationsIsCompleted() {
        instance(FIXTURE, false).importer.complete();
        cypher.write(
                tx -> tx.update("MATCH (n:Provider|ServiceItem) REMOVE n.pinyin, n.initials, n.openWeek", Map.of()));
        killedWhileRunning();

        SeedImporter.Summary resumed = instance(FIXTURE, false).importer.complete();

        assertThat(resumed.skipped()).isEqualTo(seedFiles);
        assertThat(checksum()).isEqualTo(cleanImport);
    }

    @Test
    void aFileChangedSinceItWasImportedIsWrittenAgainWhenTheImportResumes() throws IOException {
        Path seed = importCutShortAfter(3, "changed", false);
        killedWhileRunning();
        copy(seedFiles.subList(3, seedFiles.size()), seed);
        String towns = Files.readString(seed.resolve("towns.csv")).replace("通惠街道", "通惠街道办事处");
        Files.writeString(seed.resolve("towns.csv"), towns);

        SeedImporter.Summary resumed = instance(seed, false).importer.complete();

        assertThat(resumed.skipped()).containsExactly("sources.csv", "cities.csv", "districts.csv");
        assertThat(resumed.written()).startsWith("towns.csv", "communities.csv");
        assertThat(cypher.read("MATCH (t:Town {code: '511402001'}) RETURN t.name AS name", Map.of())
                        .get(0)
                        .get("name")
                        .asString())
                .isEqualTo("通惠街道办事处");
    }

    @Test
    void aStoreWithPlacesButNoImportRecordIsCompleted() throws IOException {
        // what the first import of earlier versions left when killed after communities.csv: places, and no record
        importCutShortAfter(5, "legacy", false);
        cypher.write(tx -> tx.update("MATCH (s:SeedImport) DELETE s", Map.of()));

        SeedImporter.Summary resumed = instance(FIXTURE, false).importer.complete();

        assertThat(resumed.written()).isEqualTo(seedFiles);
        // the files written twice number their transactions anew, so the records after them carry other change
        // numbers than a clean import's (graph.ChangeLog); everything else, dates included, is the same
        assertThat(checksum(false)).isEqualTo(cleanImportWithoutNumbers);
    }

    @Test
    void badSeedDataLeavesTheImportFailedWithItsReasonAndTheFixedFileIsImportedByTheNextStart() throws IOException {
        Path seed = Files.createDirectories(dir.resolve("bad"));
        copy(seedFiles, seed);
        String towns = Files.readString(seed.resolve("towns.csv"));
        Files.writeString(seed.resolve("towns.csv"), towns.replace(",511402,", ",511403,"));

        assertThatThrownBy(() -> instance(seed, false).importer.complete())
                .hasMessage(
                        "towns.csv:2: code '511402001' does not"
                                + " nest under parent_code '511403': a town's code starts with its district's 6 digits (511402)");
        Map<String, Value> record = progressNode();
        assertThat(record.get("status").asString()).isEqualTo("FAILED");
        assertThat(record.get("error").asString()).startsWith("towns.csv:2: code '511402001' does not nest");
        assertThat(count("MATCH (t:Town) RETURN count(t)")).isZero();

        Files.writeString(seed.resolve("towns.csv"), towns);
        SeedImporter.Summary resumed = instance(seed, false).importer.complete();

        assertThat(resumed.skipped()).containsExactly("sources.csv", "cities.csv", "districts.csv");
        assertThat(checksum()).isEqualTo(cleanImport);
    }

    @Test
    void aReimportOnDemandWritesEveryFileAgainAndChangesNothing() {
        instance(FIXTURE, false).importer.complete();

        SeedImporter.Summary again = instance(FIXTURE, false).importer.importAll();

        assertThat(again.written()).isEqualTo(seedFiles);
        assertThat(checksum()).isEqualTo(cleanImport);
        assertThat(progressNode().get("status").asString()).isEqualTo("DONE");
    }

    @Test
    void instancesSharingADatabaseWaitForTheLiveImporterAndTakeOverOnlyWhenItsHeartbeatIsStale() throws Exception {
        importCutShortAfter(4, "shared", true);
        // another instance is alive and writing grids.csv
        cypher.write(tx -> tx.update("""
                MATCH (s:SeedImport) SET s.status = 'RUNNING', s.owner = 'other', s.heartbeatAt = datetime(),
                    s.file = 'grids.csv', s.fileIndex = 5, s.fileCount = 11""", Map.of()));

        Instance waiting = instance(FIXTURE, true);
        CompletableFuture<SeedImporter.Summary> run = CompletableFuture.supplyAsync(waiting.importer::complete);
        awaitPhase(waiting, SeedImportStatus.Phase.WAITING);
        assertThat(waiting.status.current())
                .isEqualTo(new SeedImportStatus.Progress(SeedImportStatus.Phase.WAITING, "grids.csv", 5, 11));
        Thread.sleep(1500);
        assertThat(run).isNotDone();
        assertThat(count("MATCH (g:Grid) RETURN count(g)")).isZero();

        // its heartbeat is now older than the takeover delay (60 s): presumed dead
        cypher.write(
                tx -> tx.update("MATCH (s:SeedImport) SET s.heartbeatAt = datetime() - duration('PT2M')", Map.of()));
        SeedImporter.Summary resumed = run.get(60, TimeUnit.SECONDS);

        assertThat(resumed.skipped()).isEqualTo(seedFiles.subList(0, 4));
        assertThat(waiting.status.ready()).isTrue();
        assertThat(checksum()).isEqualTo(cleanImport);
    }

    @Test
    void anInstanceWaitingForAnotherServesOnceTheOtherRecordsTheImportDone() throws Exception {
        cypher.write(tx -> tx.update("""
                CREATE (:SeedImport {id: 'seed', status: 'RUNNING', owner: 'other', heartbeatAt: datetime(), files: []})""", Map.of()));
        Instance waiting = instance(FIXTURE, true);
        CompletableFuture<SeedImporter.Summary> run = CompletableFuture.supplyAsync(waiting.importer::complete);
        awaitPhase(waiting, SeedImportStatus.Phase.WAITING);

        cypher.write(tx -> tx.update("MATCH (s:SeedImport) SET s.status = 'DONE'", Map.of()));

        assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(SeedImporter.Summary.NOTHING);
        assertThat(waiting.status.ready()).isTrue();
    }

    @Test
    void twoInstancesStartingTogetherOnAnEmptyGraphImportItOnceBetweenThem() throws Exception {
        Instance first = instance(FIXTURE, true);
        Instance second = instance(FIXTURE, true);
        CompletableFuture<SeedImporter.Summary> a = CompletableFuture.supplyAsync(first.importer::complete);
        CompletableFuture<SeedImporter.Summary> b = CompletableFuture.supplyAsync(second.importer::complete);

        List<SeedImporter.Summary> both = List.of(a.get(120, TimeUnit.SECONDS), b.get(120, TimeUnit.SECONDS));

        assertThat(both).filteredOn(s -> s.written().equals(seedFiles)).hasSize(1);
        assertThat(both).filteredOn(s -> s.equals(SeedImporter.Summary.NOTHING)).hasSize(1);
        assertThat(count("MATCH (s:SeedImport) RETURN count(s)")).isEqualTo(1);
        assertThat(checksum()).isEqualTo(cleanImport);
    }

    /** An importer of its own, like a separate process: with an external database it waits for live importers. */
    private record Instance(SeedImporter importer, SeedImportStatus status) {}

    private Instance instance(Path seedDir, boolean external) {
        SeedSettings settings = new SeedSettings(
                seedDir.toString(), true, 1000, Duration.ofMinutes(5), Duration.ofSeconds(60), Duration.ofSeconds(10));
        SeedImportStatus status = new SeedImportStatus(event -> {});
        SeedImporter importer = new SeedImporter(
                cypher,
                catalog,
                settings,
                new DerivedProperties(cypher, derivations, settings),
                new UndatedRecords(cypher, catalog, settings),
                new SeedProgress(cypher),
                status,
                caches(),
                neo4jSettings(external));
        return new Instance(importer, status);
    }

    private ReadCaches caches() {
        ReadCaches caches =
                new ReadCaches(cypher, new CacheSettings(100, Duration.ofMinutes(10)), new SimpleMeterRegistry());
        openCaches.add(caches);
        return caches;
    }

    private Neo4jSettings neo4jSettings(boolean external) {
        Neo4jSettings.Embedded embedded = new Neo4jSettings.Embedded("", true, 0, "32m");
        return new Neo4jSettings(
                external ? "bolt://shared-server:7687" : "",
                "neo4j",
                "",
                Duration.ofSeconds(30),
                Duration.ofSeconds(1),
                embedded);
    }

    /**
     * Runs an import on a copy of the first {@code files} seed files: it writes them and stops at the first file it does
     * not find, as if killed right after the ones before. Returns the folder of the copy.
     */
    private Path importCutShortAfter(int files, String folder, boolean external) throws IOException {
        Path partial = Files.createDirectories(dir.resolve(folder));
        copy(seedFiles.subList(0, files), partial);
        String next = seedFiles.get(files);
        assertThatThrownBy(() -> instance(partial, external).importer.complete())
                .hasMessage(
                        next + ": file not found at " + partial.toAbsolutePath().resolve(next));
        return partial;
    }

    /** What kill -9 leaves: the progress node RUNNING, owned by a process that is gone. */
    private void killedWhileRunning() {
        cypher.write(tx -> tx.update(
                "MATCH (s:SeedImport) SET s.status = 'RUNNING', s.owner = 'killed', s.error = null", Map.of()));
    }

    private static void awaitPhase(Instance instance, SeedImportStatus.Phase phase) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (instance.status.current().phase() != phase && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(instance.status.current().phase()).isEqualTo(phase);
    }

    /** Every node but the bookkeeping (progress record, cache generations, the change counter), every relationship, with all their properties, in one hash. */
    private String checksum() {
        return checksum(true);
    }

    private String checksum(boolean withChangeNumbers) {
        List<String> items = new ArrayList<>();
        cypher.read(
                        "MATCH (n) WHERE NOT n:SeedImport AND NOT n:CacheGeneration AND NOT n:ChangeCounter RETURN labels(n) AS labels, properties(n) AS props",
                        Map.of())
                .forEach(r -> {
                    Map<String, String> props = new TreeMap<>(r.get("props").asMap(Value::toString));
                    if (!withChangeNumbers) {
                        props.remove("seq");
                    }
                    items.add(r.get("labels").asList(Value::asString).stream()
                                    .sorted()
                                    .toList() + " " + props);
                });
        cypher.read("""
                MATCH (a)-[r]->(b)
                RETURN coalesce(a.code, a.id) AS from, type(r) AS type, properties(r) AS props, coalesce(b.code, b.id) AS to""", Map.of()).forEach(r -> {
            Map<String, String> props = new TreeMap<>(r.get("props").asMap(Value::toString));
            if (!withChangeNumbers) {
                props.remove("seq");
            }
            items.add(r.get("from").asString() + " -" + r.get("type").asString() + props + "-> "
                    + r.get("to").asString());
        });
        return items.size() + " items, "
                + Sha256.hex(String.join("\n", items.stream().sorted().toList()));
    }

    private Map<String, Value> progressNode() {
        return cypher.read("MATCH (s:SeedImport {id: 'seed'}) RETURN s", Map.of())
                .get(0)
                .get("s")
                .asMap(v -> v);
    }

    private long count(String query) {
        return cypher.read(query, Map.of()).get(0).get(0).asLong();
    }

    private static void copy(List<String> files, Path to) throws IOException {
        for (String file : files) {
            Files.copy(FIXTURE.resolve(file), to.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<String> sha256sum(Path dir, List<String> files) {
        return files.stream()
                .map(f -> {
                    try {
                        return Sha256.hex(Files.readAllBytes(dir.resolve(f))) + "  " + f;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }

    private static long rows(String file) {
        return csv(file).size();
    }

    private static List<Map<String, String>> csv(String file) {
        return SeedCsv.rows(FIXTURE, file);
    }
}
