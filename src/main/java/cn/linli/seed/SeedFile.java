package cn.linli.seed;

import cn.linli.graph.ChangeLog;
import cn.linli.seed.Column.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How one seed file is read and written to the graph. The feature that owns the records contributes it
 * ({@link SeedFiles}).
 *
 * @param name       file name under the seed folder
 * @param key        column that must be unique within the file (null for relationship files)
 * @param columns    the columns, checked row by row before anything is written
 * @param references rows must point at nodes that already exist
 * @param cypher     the write, run with {@code $rows} (a batch of typed rows)
 * @param check      what a typed row must satisfy beyond its columns (a place code's shape and nesting)
 */
public record SeedFile(
        String name, String key, List<Column> columns, List<Reference> references, String cypher, RowCheck check) {

    /**
     * A file of nodes {@code (n:label)}: the unique text column {@code key}, then the columns of {@code properties},
     * then {@code provenance}. Each row's node is merged by its key and gets every property and its provenance; then
     * {@code then} runs (its edges), with {@code n} and {@code row}.
     */
    public static SeedFile nodes(
            String name,
            String label,
            String key,
            Properties properties,
            List<Reference> references,
            String then,
            RowCheck check) {
        String cypher = """
                UNWIND $rows AS row
                MATCH (origin:Source {provenance: row.provenance})
                OPTIONAL MATCH (old:%1$s {%2$s: row.%2$s})
                WITH row, origin, properties(old) AS was
                MERGE (n:%1$s {%2$s: row.%2$s})
                SET %3$s""".formatted(label, key, properties.imported("n")) + dated("n") + then;
        return new SeedFile(
                name, key, properties.fileColumns(Column.required(key, Type.TEXT)), sourced(references), cypher, check);
    }

    /** A file of nodes that each hang from one other node by {@code edge}. */
    public static SeedFile nodes(String name, String label, String key, Properties properties, Edge edge) {
        return nodes(name, label, key, properties, List.of(edge.target()), edge.cypher(), RowCheck.NONE);
    }

    /**
     * A file of relationships {@code (source)-[r:type]->(target)}, each named by its ends' columns and merged, then
     * given its properties and provenance.
     */
    public static SeedFile edges(String name, Reference source, String type, Reference target, Properties properties) {
        String cypher = """
                UNWIND $rows AS row
                MATCH (origin:Source {provenance: row.provenance})
                MATCH (source:%s {%s: row.%s})
                MATCH (target:%s {%s: row.%s})
                OPTIONAL MATCH (source)-[old:%7$s]->(target)
                WITH row, origin, source, target, properties(old) AS was
                MERGE (source)-[r:%7$s]->(target)
                SET %8$s""".formatted(
                                source.label(),
                                source.property(),
                                source.column(),
                                target.label(),
                                target.property(),
                                target.column(),
                                type,
                                properties.imported("r"))
                + dated("r");
        List<Column> columns = properties.fileColumns(
                Column.required(source.column(), Type.TEXT), Column.required(target.column(), Type.TEXT));
        return new SeedFile(name, null, columns, sourced(List.of(source, target)), cypher, RowCheck.NONE);
    }

    /**
     * A record a row created or changed is dated by its source: the publication date of seed/sources.csv's row for its
     * provenance, not the time of the import (seed/README.md, "Dates").
     */
    private static String dated(String variable) {
        return ChangeLog.stamp(
                variable, variable + ", was, origin", ChangeLog.changedSince(variable, "was"), "origin.published");
    }

    /** Every row's provenance names a source of seed/sources.csv, imported first. */
    private static List<Reference> sourced(List<Reference> references) {
        List<Reference> all = new ArrayList<>(references);
        all.add(SourceSeedFiles.SOURCE);
        return List.copyOf(all);
    }

    /** The header this file must have, as a reader would write it. */
    String header() {
        return String.join(",", columns.stream().map(Column::name).toList());
    }

    /** Column {@code column} names an existing node {@code (:label {property: value})}. */
    public record Reference(String column, String label, String property) {}

    /** A check of one typed row (keyed by column name) beyond its columns' own. */
    @FunctionalInterface
    public interface RowCheck {
        RowCheck NONE = row -> null;

        /** Why the row cannot be imported, as the reason of its {@code file:line: reason}; null when it can. */
        String problem(Map<String, Object> row);
    }
}
