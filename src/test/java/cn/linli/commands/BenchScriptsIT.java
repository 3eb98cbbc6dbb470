package cn.linli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Every bench script docs/PERFORMANCE.md and docs/OPERATIONS.md name starts and finishes (exit 0) with the
 * smallest arguments: one run, one second per operation. They run against the service on the imported store
 * (started by bench/serve.sh, see {@link SeededService}); scales.sh starts its own (kill-during-import.sh: see
 * {@link KillDuringImportIT}).
 * The figures they print are not checked, only that every request was answered without an error.
 */
@Execution(ExecutionMode.CONCURRENT) // independent scripts: each takes a free test thread (pom.xml: at most three)
class BenchScriptsIT {

    /** A bound against a hung script only: kill-during-import.sh took 3 minutes on a busy machine. */
    private static final Duration LIMIT = Duration.ofMinutes(10);

    private final SeededService service = SeededService.get();

    @Test
    void coverageTimesCoverageLifeCircleAndTheGeoJsonMap() {
        Launched run = bench(Map.of("LINLI_URL", service.url(), "WARMUP", "0"), "coverage.sh", "1");
        assertThat(run.output())
                .contains("coverage runs=1")
                .contains("life     runs=1")
                .contains("geojson  runs=1");
    }

    @Test
    void coverageStrategiesCompareOverBoltForDongpoAndForTheCitysPartyBranches() {
        Launched dongpo = bench(Map.of(), "coverage-strategies.sh", service.boltUri(), "1");
        assertThat(dongpo.output())
                .contains("load+strtree")
                .contains("cypher-nearest")
                .contains("cypher-radius");
        Launched city = bench(
                Map.of("PLACE", "5114", "KIND", "PARTY_BRANCH", "SCALE_GRIDS", "1000", "SCALE_PROVIDERS", "10"),
                "coverage-strategies.sh",
                service.boltUri(),
                "1");
        assertThat(city.output()).contains("strtree 1000x10 (no db)");
    }

    @Test
    void portalTimesEachPortalQuery() {
        Launched run = bench(Map.of("WARMUP", "0"), "portal.sh", service.url(), "1");
        assertThat(run.output())
                .contains("nearby_1km")
                .contains("whereAmI_no_grid")
                .contains("search_initials_fuzzy");
    }

    @Test
    @ResourceLock(value = SeededService.QUERY_PLANS, mode = ResourceAccessMode.READ_WRITE)
    void feedFirstCallTimesTheChangeFeedWithItsPlansClearedAndAgain() {
        Launched run = bench(Map.of(), "feed-first-call.sh", service.url(), service.boltUri(), "1");
        assertThat(run.output()).containsPattern("(?m)^round 1: first call \\d+ ms, second \\d+ ms$");
    }

    @Test
    void listCacheTimesAMissAndAHit() {
        Launched run = bench(Map.of(), "list-cache.sh", service.url(), "2");
        assertThat(run.output()).contains("miss (page size 1..2").contains("hit  (page size 100");
    }

    @Test
    void deepPagesWalksBothListsWithCursorsAndTimesTheFirstAndADeeperPageThenTheHsdsPagesByNumber() {
        Launched run = bench(Map.of("WARMUP", "0"), "deep-pages.sh", service.url(), "1", "1", "3");
        assertThat(run.output())
                .contains("grids, pages of 100: walked to page 3 in")
                .contains("providers, pages of 100: walked to page 3 in")
                .containsPattern("(?m)^  page +1 \\(first row 511402001001-01\\): p50 +[\\d.]+ ms  p90 +[\\d.]+ ms$")
                .containsPattern("(?m)^  page +3 \\(first row Provider:\\S+\\): p50")
                .containsPattern(hsdsPages("services", "ServiceItem"))
                .containsPattern(hsdsPages("organizations", "Provider"));
    }

    /** deep-pages.sh's lines of an HSDS list asked for pages 1 and 3, whose records have Linli ids of {@code type}. */
    private static String hsdsPages(String list, String type) {
        String page = "  page +%d \\(first row " + type + ":\\S+\\): p50 +[\\d.]+ ms  p90 +[\\d.]+ ms\n";
        return "(?m)^hsds " + list + ", pages of 100: \\d+ pages\n" + page.formatted(1) + page.formatted(3);
    }

    @Test
    void loadRunsEveryOperationOfTheWorkloadAndAllInRotationWithoutAnError() throws IOException {
        Launched run = bench(Map.of("URL", service.url()), "load.sh", "1", "2");
        assertEveryOperationAndTheRotationAnsweredWithoutAnError(run, "bench/workload.tsv");
    }

    @Test
    void loadGivenTheServicesPidAddsItsCpuTimePerRequestForEveryOperationOfTheIssue14Workload() throws IOException {
        Launched run = bench(
                Map.of(
                        "URL",
                        service.url(),
                        "WORKLOAD",
                        "bench/floor-workload.tsv",
                        "PID",
                        String.valueOf(service.pid())),
                "load.sh",
                "1",
                "2");
        List<String> operations =
                assertEveryOperationAndTheRotationAnsweredWithoutAnError(run, "bench/floor-workload.tsv");
        assertThat(run.output()).contains("errors cpu ms/req");
        for (String operation : operations) {
            assertThat(run.output())
                    .as("CPU per request of " + operation)
                    .containsPattern("(?m)^" + Pattern.quote(operation) + " .* 0 +\\d+\\.\\d\\d$");
        }
    }

    @Test
    void floorAnswersEveryOperationAsTheServiceDoesAndPrintsOneRowOfRatiosForEach() throws IOException {
        Path work = Commands.tempDir("floor");
        Launched run = bench(
                Map.of(
                        "URL",
                        service.url(),
                        "BOLT_URI",
                        service.boltUri(),
                        "PID",
                        String.valueOf(service.pid()),
                        "FLOOR_PORT",
                        String.valueOf(Commands.freePort()),
                        "FLOOR_LOG",
                        work.resolve("floor.log").toString(),
                        "FLOOR_JAVA_OPTS",
                        Launched.JVM_OPTIONS,
                        "WARMUP",
                        "0"),
                "floor.sh",
                "1",
                "1");
        for (String operation : workload("bench/floor-workload.tsv")) {
            // the equality check first, then the table's row: req/s, p99 and CPU of both, ratios, no errors
            assertThat(run.output())
                    .as(run.describe())
                    .containsPattern("(?m)^" + operation + ": same answer \\(\\d+ bytes\\)$")
                    .containsPattern("(?m)^" + operation + "( +[\\d.]+){9} +0/0 *$");
        }
        assertThat(run.output()).containsPattern("read-cache hits of the service during the runs: \\d+");
    }

    @Test
    void soakRunsTheWorkloadAndSamplesTheServicesMemory() {
        Launched run = bench(Map.of("URL", service.url(), "PID", String.valueOf(service.pid())), "soak.sh", "3s", "2");
        assertThat(run.output())
                .containsPattern("(?m)^0 \\d+ \\d+$")
                .containsPattern("RESULT requests=\\d+ .* errors=0 transport_errors=0");
    }

    @Test
    void exportTimesEveryFullDownloadAndSamplesTheServicesMemory() {
        Launched run = bench(Map.of("URL", service.url(), "PID", String.valueOf(service.pid())), "export.sh", "1");
        assertThat(run.output())
                .contains("opendata/places.ndjson")
                .contains("opendata/datapackage.zip")
                .contains("hsds/datapackage.zip")
                .containsPattern("heap used after a full GC after the downloads: \\d+ MiB");
    }

    @Test
    void profilePrintsTheDatabaseHitsOfEveryQueryInTheFile() throws IOException {
        Launched run = bench(Map.of(), "profile.sh", "bench/profile-queries.cypher", service.boltUri());
        // the file's queries as Profile.java reads them: separated by lines holding only ";"
        long queries = Pattern.compile("(?m)^;\\s*$")
                .splitAsStream(Files.readString(Path.of("bench/profile-queries.cypher")))
                .filter(q -> q.lines().anyMatch(l -> !l.isBlank() && !l.startsWith("//")))
                .count();
        assertThat(run.output().lines().filter(l -> l.contains(" db hits")))
                .as(run.describe())
                .hasSize((int) queries);
    }

    @Test
    void scalesStartsAServiceOnEachStoreProfilesAndLoadsItThenStopsIt() throws IOException {
        Path work = Commands.tempDir("scales");
        Path pidFile = work.resolve("pid");
        Launched run = bench(
                Map.of(
                        "PORT",
                        String.valueOf(Commands.freePort()),
                        "BOLT",
                        String.valueOf(Commands.freePort()),
                        "LOG",
                        work.resolve("log").toString(),
                        "PID_FILE",
                        pidFile.toString(),
                        "JAVA_OPTS",
                        Launched.JVM_OPTIONS,
                        "PAGE_CACHE",
                        "128m",
                        "ONLY",
                        "planner-city-counts"),
                "scales.sh",
                "1",
                service.copyOfStore() + ":seed");
        assertThat(run.output())
                .contains("## store")
                .contains("db hits")
                .containsPattern("planner-city-counts .* 0\\n");
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive))
                .as("the service scales.sh started has stopped")
                .isEmpty();
    }

    /** Runs {@code bench/<script> args} and fails the test, with its output, unless it exits 0 within the limit. */
    static Launched bench(Map<String, String> environment, String script, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", "bench/" + script));
        command.addAll(List.of(args));
        try (Launched run =
                Launched.run("bench/" + script + " " + String.join(" ", args), LIMIT, environment, command)) {
            assertThat(run.exitCode()).as(run.describe()).isZero();
            return run;
        }
    }

    /** The operations of {@code workload} and the rotation of all, each with a row of 0 errors; returns their names. */
    private static List<String> assertEveryOperationAndTheRotationAnsweredWithoutAnError(Launched run, String workload)
            throws IOException {
        List<String> operations = new ArrayList<>(workload(workload));
        operations.add("all (rotating)");
        assertThat(errorsPerOperation(run))
                .as(run.describe())
                .containsOnlyKeys(operations)
                .allSatisfy((op, errors) ->
                        assertThat(errors).as("errors of %s", op).isZero());
        return operations;
    }

    private static List<String> workload(String file) throws IOException {
        return Files.readAllLines(Path.of(file)).stream()
                .filter(l -> !l.startsWith("#") && l.contains("\t"))
                .map(l -> l.substring(0, l.indexOf('\t')))
                .toList();
    }

    /** load.sh's table: operation, req/s, p50, p99, requests, errors (and, given PID, CPU ms per request). */
    private static Map<String, Integer> errorsPerOperation(Launched run) {
        Map<String, Integer> errors = new LinkedHashMap<>();
        Matcher row = Pattern.compile(
                        "(?m)^(\\S.*?)\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+\\s+\\d+\\s+(\\d+)(?:\\s+[\\d.]+)?$")
                .matcher(run.output());
        while (row.find()) {
            errors.put(row.group(1), Integer.parseInt(row.group(2)));
        }
        return errors;
    }
}
