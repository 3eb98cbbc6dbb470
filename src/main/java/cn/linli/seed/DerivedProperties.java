package cn.linli.seed;

import cn.linli.graph.Cypher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes every {@link Derivation} in batches of {@code linli.seed.batch-size} nodes, one transaction per batch.
 * Idempotent: a second run writes the same values.
 */
@Component
public class DerivedProperties {

    private static final Logger log = LoggerFactory.getLogger(DerivedProperties.class);

    // The label comes from a Derivation (code, never input); everything else is a parameter.
    private static final String READ = """
            MATCH (n:%s)
            WHERE n.id > $after
              AND ($all OR any(t IN $targets WHERE n[t] IS NULL) OR any(k IN keys($stamps) WHERE n[k] IS NULL OR n[k] <> $stamps[k]))
            RETURN n.id AS id, properties(n) AS props ORDER BY n.id LIMIT $batch""";
    private static final String WRITE = """
            UNWIND $rows AS row
            MATCH (n:%s {id: row.id})
            SET n += row.props""";

    private final Cypher cypher;
    private final List<Derivation> derivations;
    private final SeedSettings settings;

    public DerivedProperties(Cypher cypher, List<Derivation> derivations, SeedSettings settings) {
        this.cypher = cypher;
        this.derivations = derivations;
        this.settings = settings;
    }

    /**
     * Derives the properties of every node ({@code all}) or only of nodes missing one of them or carrying another
     * stamp ({@link Derivation#stamp()}). Returns nodes written.
     */
    public long apply(boolean all) {
        Set<String> labels = new LinkedHashSet<>();
        derivations.forEach(d -> labels.addAll(d.labels()));
        long written = 0;
        for (String label : labels) {
            written += apply(label, all);
        }
        if (written > 0) {
            log.info("Derived properties written on {} nodes", written);
        }
        return written;
    }

    /**
     * The derived properties of one node with the {@code label} whose stored properties are {@code stored}, stamps
     * included: what a writer of a single record sets beside what it stores.
     */
    public Map<String, Object> of(String label, Map<String, Object> stored) {
        return derive(applicable(label), stored);
    }

    private List<Derivation> applicable(String label) {
        return derivations.stream().filter(d -> d.labels().contains(label)).toList();
    }

    private static Map<String, Object> derive(List<Derivation> applicable, Map<String, Object> stored) {
        Map<String, Object> props = new HashMap<>();
        applicable.forEach(d -> {
            props.putAll(d.derive(stored));
            props.putAll(d.stamp());
        });
        return props;
    }

    private long apply(String label, boolean all) {
        List<Derivation> applicable = applicable(label);
        List<String> targets =
                applicable.stream().flatMap(d -> d.targets().stream()).toList();
        Map<String, String> stamps = new HashMap<>();
        applicable.forEach(d -> stamps.putAll(d.stamp()));
        long written = 0;
        String after = "";
        while (true) {
            List<Record> nodes = cypher.read(
                    READ.formatted(label),
                    Map.of(
                            "after",
                            after,
                            "all",
                            all,
                            "targets",
                            targets,
                            "stamps",
                            stamps,
                            "batch",
                            settings.batchSize()));
            if (nodes.isEmpty()) {
                return written;
            }
            List<Map<String, Object>> rows = new ArrayList<>(nodes.size());
            for (Record node : nodes) {
                rows.add(Map.of(
                        "id",
                        node.get("id").asString(),
                        "props",
                        derive(applicable, node.get("props").asMap())));
            }
            cypher.write(tx -> tx.update(WRITE.formatted(label), Map.of("rows", rows)), settings.timeout());
            written += rows.size();
            after = nodes.get(nodes.size() - 1).get("id").asString();
        }
    }
}
