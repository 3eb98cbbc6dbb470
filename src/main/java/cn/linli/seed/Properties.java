package cn.linli.seed;

import cn.linli.api.Provenance;
import cn.linli.graph.ChangeLog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The stored properties of one kind of record, listed once: the seed file's columns and the Cypher {@code SET} come
 * from the same list, and a mutation that writes the record builds a {@code row} with the seed's column names and
 * runs the same {@code SET}. Adding a property to a record is one entry here (plus the schema and the read record).
 */
public record Properties(List<Property> list) {

    public static Properties of(Property... properties) {
        return new Properties(List.of(properties));
    }

    /** The seed file's columns for these properties, in header order. */
    public List<Column> columns() {
        return list.stream().flatMap(p -> p.columns().stream()).toList();
    }

    /**
     * The body of a {@code SET} writing every property of node {@code n} from {@code row}, e.g.
     * {@code n.name = row.name, n.placeCode = row.place_code}. A property the row leaves null is removed, as a seed
     * file's empty cell removes it.
     */
    public String set() {
        return assignments("n", list.stream().filter(Property::stored));
    }

    /** What a seed file's row writes to the node or relationship {@code variable}: these properties and its provenance. */
    String imported(String variable) {
        return assignments(
                variable,
                Stream.concat(list.stream().filter(Property::stored), Stream.of(Property.of(Column.provenance()))));
    }

    private static String assignments(String variable, Stream<Property> properties) {
        return properties
                .map(p -> variable + "." + p.name() + " = " + p.value())
                .collect(Collectors.joining(",\n    "));
    }

    /**
     * The values of a row a mutation built, under the names the node stores them by (points left out): what
     * {@link DerivedProperties#of} derives from before the write.
     */
    public Map<String, Object> stored(Map<String, Object> row) {
        Map<String, Object> stored = new HashMap<>();
        for (Property p : list) {
            if (p.stored() && p.columns().size() == 1) {
                stored.put(p.name(), row.get(p.columns().get(0).name()));
            }
        }
        return stored;
    }

    /**
     * A mutation's write of one record {@code (n:label {id: row.id})} from {@code $row}, a row with the seed file's
     * columns but {@code provenance}: the seed's {@code SET}, then {@code $derived} ({@link DerivedProperties#of}), then
     * its {@code edge}. A new record's provenance is {@code partner}; an existing one keeps its own. The record is stamped
     * as changed ({@link ChangeLog}) only when its properties differ from before (its edge follows a property); the
     * tombstone of a deleted record of that id goes, so the feed lists the record once, as it is now. Returns {@code n}
     * and {@code after}, its properties for the audit log.
     */
    public String upsert(String label, Edge edge) {
        return """
                WITH $row AS row
                OPTIONAL MATCH (old:%1$s {id: row.id})
                OPTIONAL MATCH (gone:Tombstone {id: '%1$s:' + row.id})
                DELETE gone
                WITH row, properties(old) AS was
                MERGE (n:%1$s {id: row.id})
                ON CREATE SET n.provenance = '%2$s'
                SET %3$s
                SET n += $derived%4$s%5$s
                RETURN n, properties(n) AS after""".formatted(
                        label,
                        Provenance.PARTNER.stored(),
                        set(),
                        ChangeLog.stampNow("n", "n, was", ChangeLog.changedSince("n", "was")),
                        edge.cypher());
    }

    /** The columns of a file: its keys first (a node's key, an edge's ends), then these properties, then {@code provenance}. */
    List<Column> fileColumns(Column... keys) {
        List<Column> columns = new ArrayList<>(List.of(keys));
        columns.addAll(columns());
        columns.add(Column.provenance());
        return List.copyOf(columns);
    }
}
