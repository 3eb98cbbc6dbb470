package cn.linli.seed;

import cn.linli.api.Sha256;
import cn.linli.cache.CacheRegion;
import cn.linli.cache.ReadCaches;
import cn.linli.graph.ChangeLog;
import cn.linli.graph.Cypher;
import cn.linli.graph.Neo4jSettings;
import cn.linli.seed.SeedProgress.Busy;
import cn.linli.seed.SeedProgress.Claimed;
import cn.linli.seed.SeedProgress.Done;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads the seed folder into the graph so that it always ends complete, or says which rows keep it from it.
 *
 * <p>Each file is read and checked whole ({@link SeedReader}), then written in one transaction that also records the
 * file's SHA-256 in the import's progress node ({@link SeedProgress}). An import cut short (kill -9, power, a bad row)
 * is resumed by the next start: files recorded with the same content are skipped, the others written (every write is a
 * MERGE on the row's key, so a file written twice changes nothing), then the {@link Derivation}s for every node, and
 * only then is the import DONE. While it runs this instance refuses reads ({@link SeedImportGate}); when it ends every
 * read cache is emptied.
 */
@Component
public class SeedImporter {

    private static final Logger log = LoggerFactory.getLogger(SeedImporter.class);
    /** How often an instance waiting for another's import looks at the progress node. */
    private static final Duration POLL = Duration.ofSeconds(1);

    /** What one run did: files written, files skipped (already imported with the same content), rows written. */
    public record Summary(List<String> written, List<String> skipped, long rows) {
        static final Summary NOTHING = new Summary(List.of(), List.of(), 0);
    }

    private final Cypher cypher;
    private final SeedCatalog catalog;
    private final SeedSettings settings;
    private final DerivedProperties derived;
    private final UndatedRecords undated;
    private final SeedProgress progress;
    private final SeedImportStatus status;
    private final ReadCaches caches;
    private final Duration takeoverAfter;
    /** This process (and this importer, should a JVM hold two), as recorded in the progress node. */
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    public SeedImporter(
            Cypher cypher,
            SeedCatalog catalog,
            SeedSettings settings,
            DerivedProperties derived,
            UndatedRecords undated,
            SeedProgress progress,
            SeedImportStatus status,
            ReadCaches caches,
            Neo4jSettings neo4j) {
        this.cypher = cypher;
        this.catalog = catalog;
        this.settings = settings;
        this.derived = derived;
        this.undated = undated;
        this.progress = progress;
        this.status = status;
        this.caches = caches;
        // An embedded store is locked by the one process that opened it: an import it finds RUNNING was left by a
        // process that died, so there is nobody to wait for. Only instances sharing an external server wait.
        this.takeoverAfter = neo4j.external() ? settings.takeoverAfter() : Duration.ZERO;
    }

    /** {@code --import-seed}: writes every file again (after waiting for another instance's import to end). */
    public Summary importAll() {
        return run(true);
    }

    /**
     * At start-up: nothing if the graph records the import DONE; otherwise completes the import, or waits while
     * another live instance completes it. Returns when the graph records the import DONE.
     */
    public Summary complete() {
        return run(false);
    }

    private Summary run(boolean restart) {
        boolean waited = false;
        while (true) {
            SeedProgress.Claim claim = progress.claim(owner, restart, takeoverAfter);
            if (claim instanceof Done) {
                if (waited) {
                    // another instance's import changed the graph
                    caches.evict(EnumSet.allOf(CacheRegion.class));
                }
                // A store written before records were dated, or before a derivation existed, is brought up to date now.
                undated.apply();
                derived.apply(false);
                status.serve();
                return Summary.NOTHING;
            }
            if (claim instanceof Busy busy) {
                if (!waited) {
                    log.info("Another instance ({}) is importing the seed; waiting for it to finish", busy.owner());
                }
                waited = true;
                status.waiting(busy.file(), busy.index(), busy.count());
                sleep(POLL);
                continue;
            }
            try {
                return importFiles((Claimed) claim);
            } catch (SeedProgress.LostOwnership e) {
                log.warn("{}; waiting for it to finish", e.getMessage());
                waited = true;
            }
        }
    }

    private Summary importFiles(Claimed claim) {
        Path dir = Path.of(settings.dir()).toAbsolutePath().normalize();
        List<SeedFile> files = catalog.files();
        if (claim.legacy()) {
            log.warn(
                    "The graph holds places but no record of a finished seed import (a store from before imports were"
                            + " recorded, or an import cut short): importing every file again; what is complete stays as it is");
        }
        log.info(
                "Seed import from {}{}",
                dir,
                claim.files().isEmpty() ? "" : ", resuming (" + claim.files().size() + " files already written)");
        long started = System.nanoTime();
        List<String> written = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        long rows = 0;
        ScheduledExecutorService heartbeat = startHeartbeat();
        try {
            for (int i = 0; i < files.size(); i++) {
                SeedFile file = files.get(i);
                status.importing(file.name(), i + 1, files.size());
                progress.step(owner, file.name(), i + 1, files.size());
                byte[] bytes = SeedReader.bytes(dir, file);
                String sha256 = Sha256.hex(bytes);
                if (claim.files().contains(sha256 + "  " + file.name())) {
                    log.info(
                            "seed [{}/{}] {}: already imported with the same content (SHA-256), skipped",
                            i + 1,
                            files.size(),
                            file.name());
                    skipped.add(file.name());
                    continue;
                }
                rows += write(file, bytes, sha256, i + 1, files.size());
                written.add(file.name());
            }
            status.importing(SeedImportStatus.DERIVATIONS, files.size(), files.size());
            progress.step(owner, SeedImportStatus.DERIVATIONS, files.size(), files.size());
            // Names and hours may have changed: derive for every node, not only the new ones.
            derived.apply(true);
            progress.done(owner);
        } catch (SeedException e) {
            progress.failed(owner, e.getMessage());
            throw e;
        } finally {
            heartbeat.shutdownNow();
            // Whatever was written (all of the seed, or the files before a bad one), no cache may answer from before
            // it.
            caches.evict(EnumSet.allOf(CacheRegion.class));
        }
        log.info(
                "Seed import done: {} rows in {} ms ({} files written, {} skipped)",
                rows,
                (System.nanoTime() - started) / 1_000_000,
                written.size(),
                skipped.size());
        status.serve();
        return new Summary(List.copyOf(written), List.copyOf(skipped), rows);
    }

    /** Writes one file's rows, checked first, in one transaction that also records the file as imported. */
    long write(SeedFile file, byte[] bytes, String sha256, int index, int count) {
        long started = System.nanoTime();
        List<Map<String, Object>> rows = SeedReader.rows(file, bytes);
        int batchSize = settings.batchSize();
        int[] created = cypher.write(
                tx -> {
                    checkReferences(tx, file, rows);
                    // one change number per file: the records it creates or changes are stamped with it
                    // (graph.ChangeLog)
                    tx.update(ChangeLog.NEXT, Map.of());
                    int nodes = 0;
                    int relationships = 0;
                    for (int from = 0; from < rows.size(); from += batchSize) {
                        var batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
                        var counters = tx.update(file.cypher(), Map.of("rows", batch));
                        nodes += counters.nodesCreated();
                        relationships += counters.relationshipsCreated();
                    }
                    progress.fileDone(tx, owner, file.name(), sha256);
                    return new int[] {nodes, relationships};
                },
                settings.timeout());
        log.info(
                "seed [{}/{}] {}: {} rows, {} new nodes, {} new relationships, {} ms",
                index,
                count,
                file.name(),
                rows.size(),
                created[0],
                created[1],
                (System.nanoTime() - started) / 1_000_000);
        return rows.size();
    }

    /** Rows naming a node that is not in the graph, all of them (up to the limit), in line order. */
    private static void checkReferences(Cypher.Transaction tx, SeedFile file, List<Map<String, Object>> rows) {
        List<Record> missing = new ArrayList<>();
        for (SeedFile.Reference ref : file.references()) {
            // Label and property come from a feature's SeedFile (code, not input); the values are parameters. The
            // property is
            // written into the query, not looked up as target[$property], so that the lookup is an index seek.
            String query = """
                    UNWIND $rows AS row
                    WITH row WHERE row[$column] IS NOT NULL
                      AND NOT EXISTS { MATCH (target:%s {%s: row[$column]}) }
                    RETURN row.%s AS line, $column AS column, row[$column] AS value, $label AS label
                    ORDER BY line LIMIT $max""".formatted(ref.label(), ref.property(), SeedReader.LINE);
            String label = ref.label().substring(ref.label().lastIndexOf(':') + 1);
            missing.addAll(tx.run(
                    query,
                    Map.of("rows", rows, "column", ref.column(), "label", label, "max", SeedReader.MAX_ERRORS + 1)));
        }
        if (!missing.isEmpty()) {
            SeedReader.Errors errors = new SeedReader.Errors(file.name());
            missing.stream()
                    .sorted(Comparator.comparingLong(r -> r.get("line").asLong()))
                    .forEach(r -> errors.add(
                            r.get("line").asLong(),
                            r.get("column").asString() + " '" + r.get("value").asString() + "' names no "
                                    + r.get("label").asString() + " in the graph"));
            throw errors.exception();
        }
    }

    /** Keeps the heartbeat young while files are written, however long one file's transaction takes. */
    private ScheduledExecutorService startHeartbeat() {
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "seed-import-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(1000, settings.takeoverAfter().toMillis() / 6);
        heartbeat.scheduleAtFixedRate(
                () -> {
                    try {
                        progress.heartbeat(owner);
                    } catch (RuntimeException e) {
                        // the database is away for a moment, or another instance took over: the next write will tell
                        log.warn("Seed import heartbeat not recorded: {}", e.getMessage());
                    }
                },
                period,
                period,
                TimeUnit.MILLISECONDS);
        return heartbeat;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for another instance's seed import", e);
        }
    }
}
