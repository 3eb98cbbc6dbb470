package cn.linli.seed;

import cn.linli.seed.Column.Type;
import java.util.List;

/**
 * One entry of a record's {@link Properties}: the seed columns it is read from and the node property it is written
 * to, as a Cypher expression over {@code row} (a seed file's row, or the row a mutation builds with the same keys).
 *
 * @param name    the node property; null for a column that only names an edge's far end (e.g. {@code claimed_by})
 * @param value   the Cypher expression written to {@code name}, over {@code row.<column>}
 * @param columns the seed file's columns, in header order
 */
public record Property(String name, String value, List<Column> columns) {

    /** Stored under the column's own name. */
    public static Property of(Column column) {
        return of(column.name(), column);
    }

    /** Stored under another name than the column's ({@code place_code} as {@code placeCode}). */
    public static Property of(String name, Column column) {
        return new Property(name, "row." + column.name(), List.of(column));
    }

    /** A {@code |}-separated list, stored as an empty list when the cell is empty, so readers never meet null. */
    public static Property list(String name, Column column) {
        return new Property(name, "coalesce(row." + column.name() + ", [])", List.of(column));
    }

    /** A WGS-84 point from the columns {@code lon} and {@code lat}. */
    public static Property point(String name) {
        return new Property(
                name,
                "point({longitude: row.lon, latitude: row.lat})",
                List.of(Column.required("lon", Type.LONGITUDE), Column.required("lat", Type.LATITUDE)));
    }

    /** A column the file's Cypher reads for an edge, not stored on the node. */
    public static Property edgeOnly(Column column) {
        return new Property(null, null, List.of(column));
    }

    /**
     * A property of the row's source (seed/sources.csv, bound to {@code origin} by the seed's Cypher), not a column:
     * for records only the seed writes, such as a place's division code vintage.
     */
    public static Property ofSource(String name, String sourceProperty) {
        return new Property(name, "origin." + sourceProperty, List.of());
    }

    boolean stored() {
        return name != null;
    }
}
