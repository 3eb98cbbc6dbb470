package cn.linli.seed;

import java.util.List;

/**
 * How one seed file is read and written to the graph.
 *
 * @param name       file name under the seed folder
 * @param key        column that must be unique within the file (null for relationship files)
 * @param columns    the columns, checked row by row before anything is written
 * @param references rows must point at nodes that already exist
 * @param cypher     the write, run with {@code $rows} (a batch of typed rows)
 * @param placeCode  for a file of places, the level whose code shape and nesting under {@code parent_code} every
 *                   row must have; null for other files
 */
record SeedFile(String name, String key, List<Column> columns, List<Reference> references, String cypher,
        PlaceCode placeCode) {

    SeedFile(String name, String key, List<Column> columns, List<Reference> references, String cypher) {
        this(name, key, columns, references, cypher, null);
    }

    /** The header this file must have, as a reader would write it. */
    String header() {
        return String.join(",", columns.stream().map(Column::name).toList());
    }

    /** Column {@code column} names an existing node {@code (:label {property: value})}. */
    record Reference(String column, String label, String property) {
    }
}
