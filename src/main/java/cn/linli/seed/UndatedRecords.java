package cn.linli.seed;

import cn.linli.graph.ChangeLog;
import cn.linli.graph.Cypher;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Dates the records of a store written before records were dated, at start-up (docs/OPERATIONS.md, "Starting a new
 * version on an existing store"): the seed's sources are imported if the store has none, then every record without a
 * change number gets one, and the dates a seed import would have given it: its source's for the seed's records, its
 * first and last audit entries' for a partner's (the time of the upgrade when the audit log has none). A store whose
 * records are all dated is left as it is.
 *
 * <p>Finding out costs a scan of every record, so it is done once per store: when every record is dated (found so, or
 * dated here) the change counter is marked {@code allDatedAt}, in the same transaction as the dates, and a start that
 * finds the mark reads only it. From then on every write dates what it writes (graph.ChangeLog); only an older Linli
 * writing to the same store afterwards would leave records undated, which is why an upgrade of instances sharing a
 * database replaces all of them before writes resume (docs/OPERATIONS.md).
 */
@Component
public class UndatedRecords {

    private static final Logger log = LoggerFactory.getLogger(UndatedRecords.class);

    static final String MARKED = """
            OPTIONAL MATCH (counter:ChangeCounter {id: 'changes'})
            RETURN counter.allDatedAt IS NOT NULL AS marked""";

    static final String MARK = """
            MERGE (counter:ChangeCounter {id: 'changes'})
            SET counter.allDatedAt = coalesce(counter.allDatedAt, %s)""".formatted(ChangeLog.NOW);

    static final String SOURCES_MISSING = "RETURN NOT EXISTS { MATCH (:Source) } AS missing";

    static final String UNDATED = """
            RETURN COUNT { MATCH (n) WHERE (n:Place OR n:Provider OR n:ServiceItem OR n:Resource OR n:Need) AND n.seq IS NULL }
                 + COUNT { MATCH ()-[r:DEPLOYED_TO|SERVES]->() WHERE r.seq IS NULL } AS undated""";

    /** Places are written by the seed only; the other records may be a partner's, named in the audit log by global id. */
    static final String DATE_NODES = """
            MATCH (counter:ChangeCounter {id: 'changes'})
            MATCH (n) WHERE (n:Place OR n:Provider OR n:ServiceItem OR n:Resource OR n:Need) AND n.seq IS NULL
            OPTIONAL MATCH (source:Source {provenance: n.provenance})
            CALL (n) {
                OPTIONAL MATCH (a:AuditEntry {recordId: head(labels(n)) + ':' + n.id})
                WITH min(a.at) AS first, max(a.at) AS last
                RETURN CASE WHEN first IS NULL THEN null ELSE datetime.truncate('second', first) END AS first,
                       CASE WHEN last IS NULL THEN null ELSE datetime.truncate('second', last) END AS last
            }
            SET n.createdAt = coalesce(source.published, first, %1$s),
                n.updatedAt = coalesce(source.published, last, %1$s),
                n.seq = counter.seq,
                n.divisionCodeVintage = CASE WHEN n:Place THEN coalesce(n.divisionCodeVintage, source.divisionCodes) END""".formatted(ChangeLog.NOW);

    static final String DATE_RELATIONSHIPS = """
            MATCH (counter:ChangeCounter {id: 'changes'})
            MATCH ()-[r:DEPLOYED_TO|SERVES]->() WHERE r.seq IS NULL
            OPTIONAL MATCH (source:Source {provenance: r.provenance})
            SET r.createdAt = coalesce(source.published, %1$s), r.updatedAt = coalesce(source.published, %1$s),
                r.seq = counter.seq""".formatted(ChangeLog.NOW);

    private final Cypher cypher;
    private final SeedCatalog catalog;
    private final SeedSettings settings;

    public UndatedRecords(Cypher cypher, SeedCatalog catalog, SeedSettings settings) {
        this.cypher = cypher;
        this.catalog = catalog;
        this.settings = settings;
    }

    /** Returns how many records (nodes and relationships) it dated. */
    public long apply() {
        if (cypher.read(MARKED, Map.of()).get(0).get("marked").asBoolean()) {
            return 0;
        }
        long undated = cypher.read(UNDATED, Map.of()).get(0).get("undated").asLong();
        if (undated == 0) {
            cypher.write(tx -> tx.update(MARK, Map.of()), settings.timeout());
            return 0;
        }
        SeedFile sources = catalog.files().stream()
                .filter(f -> f.name().equals("sources.csv"))
                .findFirst()
                .orElseThrow();
        boolean missing =
                cypher.read(SOURCES_MISSING, Map.of()).get(0).get("missing").asBoolean();
        List<Map<String, Object>> rows = missing
                ? SeedReader.rows(
                        sources,
                        SeedReader.bytes(
                                Path.of(settings.dir()).toAbsolutePath().normalize(), sources))
                : List.of();
        cypher.write(
                tx -> {
                    if (missing) {
                        tx.update(sources.cypher(), Map.of("rows", rows));
                    }
                    tx.update(ChangeLog.NEXT, Map.of());
                    tx.update(DATE_NODES, Map.of());
                    tx.update(DATE_RELATIONSHIPS, Map.of());
                    return tx.update(MARK, Map.of());
                },
                settings.timeout());
        log.info(
                "Dated {} records written before records were dated (seed records by their source, partners' by the audit log)",
                undated);
        return undated;
    }
}
