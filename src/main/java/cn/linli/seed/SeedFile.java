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
 */
record SeedFile(String name, String key, List<Column> columns, List<Reference> references, String cypher) {

    /** Column {@code column} names an existing node {@code (:label {property: value})}. */
    record Reference(String column, String label, String property) {
    }
}
