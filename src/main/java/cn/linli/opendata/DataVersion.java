package cn.linli.opendata;

import cn.linli.api.Sha256;
import cn.linli.graph.Cypher;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * What the exports' {@code ETag} and {@code Last-Modified} are made of, read from the graph so that every instance
 * on one database answers alike: the cache generations {@code (:CacheGeneration {region, n})}, which every write
 * increments in its own transaction (cache.ReadCaches), the seed import's {@code finishedAt}, and the newest audit
 * entry's time (every mutation writes one; the generations carry no time). An import or any write changes the
 * version; nothing else does.
 */
@Component
public class DataVersion {

    /** Changed when the exports' format changes, so that a client's copy made by older code is not taken as current. */
    static final String FORMAT = "opendata-2";

    // The newest audit entry comes from the audit_at index in descending order (one entry read, not all).
    static final String CURRENT = """
            OPTIONAL MATCH (s:SeedImport {id: 'seed'})
            CALL () {
                OPTIONAL MATCH (g:CacheGeneration)
                RETURN collect(g.region + '=' + toString(g.n)) AS generations
            }
            CALL () {
                OPTIONAL MATCH (a:AuditEntry) WHERE a.at IS NOT NULL
                RETURN a.at AS lastWrite ORDER BY a.at DESC LIMIT 1
            }
            RETURN s.status AS status, s.finishedAt AS importedAt, generations, lastWrite""";

    /** A version of the data: the weak ETag (byte streams differ in their generation time) and the time of the last change. */
    public record Version(String etag, Optional<Instant> lastModified) {}

    private final Cypher cypher;

    DataVersion(Cypher cypher) {
        this.cypher = cypher;
    }

    public Version current() {
        Record found = cypher.read(CURRENT, Map.of()).get(0);
        List<String> generations = found.get("generations").asList(Value::asString).stream()
                .sorted()
                .toList();
        Optional<Instant> importedAt = instant(found.get("importedAt"));
        Optional<Instant> lastWrite = instant(found.get("lastWrite"));
        String fingerprint = String.join(
                "\n",
                FORMAT,
                found.get("status").asString("none"),
                importedAt.map(Instant::toString).orElse(""),
                lastWrite.map(Instant::toString).orElse(""),
                String.join(",", generations));
        Optional<Instant> lastModified = importedAt.isEmpty()
                ? lastWrite
                : lastWrite.filter(write -> write.isAfter(importedAt.get())).or(() -> importedAt);
        return new Version("W/\"" + Sha256.hex(fingerprint).substring(0, 32) + "\"", lastModified);
    }

    private static Optional<Instant> instant(Value value) {
        return value.isNull()
                ? Optional.empty()
                : Optional.of(value.asZonedDateTime().toInstant());
    }
}
