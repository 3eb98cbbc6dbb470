package cn.linli.seed;

import cn.linli.graph.Cypher;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * The seed import's record in the graph, one node {@code (:SeedImport {id: 'seed'})}:
 * <ul>
 * <li>{@code status}: RUNNING, FAILED (bad seed data; {@code error} says why) or DONE;</li>
 * <li>{@code files}: one {@code "<sha256>  <file>"} entry (as {@code sha256sum} prints it) per file written, added in
 * the same transaction as the file's rows, so an entry exists exactly when its rows do;</li>
 * <li>{@code owner} and {@code heartbeatAt}: which process imports, and when it last showed it was alive. Instances
 * sharing one database import one at a time: the others wait, and take over only when the heartbeat is older than
 * their takeover delay (times are the database's clock, so the instances' clocks do not matter);</li>
 * <li>{@code file}, {@code fileIndex}, {@code fileCount}: the step in progress, for waiting instances to report;</li>
 * <li>{@code startedAt}, {@code finishedAt}.</li>
 * </ul>
 * Every write but the claim checks that the caller still owns the import, so a process that was presumed dead and
 * wakes up cannot record anything after another took over.
 */
@Component
class SeedProgress {

    static final String ID = "seed";

    /** What a start finds: nothing to do, another instance at work, or the import is now the caller's. */
    sealed interface Claim permits Done, Busy, Claimed {}

    record Done() implements Claim {}

    /** Another live instance is importing; it is at step {@code file}, {@code index} of {@code count}. */
    record Busy(String owner, String file, int index, int count) implements Claim {}

    /**
     * The caller imports now. {@code files}: entries already written (empty for a new or repeated import);
     * {@code legacy}: the graph holds places but no record of an import (a store from before imports were recorded).
     */
    record Claimed(Set<String> files, boolean legacy) implements Claim {}

    /** The caller no longer owns the import: another instance took it over. Nothing of the failed write was kept. */
    static final class LostOwnership extends RuntimeException {
        LostOwnership(String owner) {
            super(
                    "the seed import is no longer owned by " + owner + ": another instance took it over",
                    null,
                    false,
                    false);
        }
    }

    // MERGE finds or creates the one node (a uniqueness constraint guards it); the no-op SET takes its write lock, so
    // two instances claiming at once are served one after the other and the second sees the first one's claim.
    private static final String LOCK = """
            MERGE (s:SeedImport {id: $id})
            ON CREATE SET s.status = 'NEW', s.files = []
            SET s._lock = true REMOVE s._lock
            RETURN s.status AS status, s.owner AS owner, s.files AS files,
                   s.file AS file, coalesce(s.fileIndex, 0) AS fileIndex, coalesce(s.fileCount, 0) AS fileCount,
                   coalesce(s.heartbeatAt > datetime() - duration({milliseconds: $takeoverAfterMs}), false) AS alive,
                   EXISTS { MATCH (:Place) } AS hasPlaces""";

    private static final String TAKE = """
            MATCH (s:SeedImport {id: $id})
            SET s.status = 'RUNNING', s.owner = $owner, s.heartbeatAt = datetime(), s.startedAt = datetime(),
                s.finishedAt = null, s.error = null, s.files = CASE WHEN $restart THEN [] ELSE s.files END""";

    private static final String STEP = """
            MATCH (s:SeedImport {id: $id}) WHERE s.owner = $owner AND s.status = 'RUNNING'
            SET s.file = $file, s.fileIndex = $index, s.fileCount = $count, s.heartbeatAt = datetime()
            RETURN count(s) AS owned""";

    private static final String HEARTBEAT = """
            MATCH (s:SeedImport {id: $id}) WHERE s.owner = $owner AND s.status = 'RUNNING'
            SET s.heartbeatAt = datetime()
            RETURN count(s) AS owned""";

    // A file imported again with new content replaces its old entry.
    private static final String FILE_DONE = """
            MATCH (s:SeedImport {id: $id}) WHERE s.owner = $owner AND s.status = 'RUNNING'
            SET s.files = [f IN s.files WHERE NOT f ENDS WITH $suffix] + $entry, s.heartbeatAt = datetime()
            RETURN count(s) AS owned""";

    private static final String DONE = """
            MATCH (s:SeedImport {id: $id}) WHERE s.owner = $owner AND s.status = 'RUNNING'
            SET s.status = 'DONE', s.finishedAt = datetime(), s.file = null, s.fileIndex = null, s.fileCount = null
            RETURN count(s) AS owned""";

    private static final String FAILED = """
            MATCH (s:SeedImport {id: $id}) WHERE s.owner = $owner AND s.status = 'RUNNING'
            SET s.status = 'FAILED', s.error = $error, s.heartbeatAt = null
            RETURN count(s) AS owned""";

    private final Cypher cypher;

    SeedProgress(Cypher cypher) {
        this.cypher = cypher;
    }

    /**
     * Takes the import for {@code owner} unless it is DONE (and {@code restart} is false) or another instance's
     * heartbeat is younger than {@code takeoverAfter}. With {@code restart} every file is written again.
     */
    Claim claim(String owner, boolean restart, Duration takeoverAfter) {
        return cypher.write(tx -> {
            Record found = tx.run(LOCK, Map.of("id", ID, "takeoverAfterMs", takeoverAfter.toMillis()))
                    .get(0);
            String status = found.get("status").asString();
            if (status.equals("DONE") && !restart) {
                return new Done();
            }
            if (status.equals("RUNNING")
                    && found.get("alive").asBoolean()
                    && !owner.equals(found.get("owner").asString(null))) {
                return new Busy(
                        found.get("owner").asString(),
                        found.get("file").asString(null),
                        found.get("fileIndex").asInt(),
                        found.get("fileCount").asInt());
            }
            tx.run(TAKE, Map.of("id", ID, "owner", owner, "restart", restart));
            Set<String> files =
                    restart ? Set.of() : Set.copyOf(found.get("files").asList(v -> v.asString()));
            return new Claimed(
                    files, status.equals("NEW") && found.get("hasPlaces").asBoolean());
        });
    }

    /** Records the step in progress (a file name, or the derivations), for instances waiting on this import. */
    void step(String owner, String file, int index, int count) {
        cypher.write(tx -> owned(
                tx.run(STEP, Map.of("id", ID, "owner", owner, "file", file, "index", index, "count", count)), owner));
    }

    void heartbeat(String owner) {
        cypher.write(tx -> owned(tx.run(HEARTBEAT, Map.of("id", ID, "owner", owner)), owner));
    }

    /** Inside the transaction that writes the file's rows: the file and its hash are recorded with them, or neither. */
    void fileDone(Cypher.Transaction tx, String owner, String fileName, String sha256) {
        owned(
                tx.run(
                        FILE_DONE,
                        Map.of("id", ID, "owner", owner, "suffix", "  " + fileName, "entry", sha256 + "  " + fileName)),
                owner);
    }

    void done(String owner) {
        cypher.write(tx -> owned(tx.run(DONE, Map.of("id", ID, "owner", owner)), owner));
    }

    void failed(String owner, String error) {
        cypher.write(tx -> tx.run(FAILED, Map.of("id", ID, "owner", owner, "error", error)));
    }

    private static boolean owned(List<Record> result, String owner) {
        if (result.get(0).get("owned").asLong() == 0) {
            throw new LostOwnership(owner);
        }
        return true;
    }
}
