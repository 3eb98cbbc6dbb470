package cn.linli.seed.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One CSV file of the seed: its name, header and rows, in the order they are written. */
final class Table {

    private final String file;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String file, String header) {
        this.file = file;
        this.header = List.of(header.split(","));
    }

    /** Adds a row; {@code null} cells are written empty, other values with {@code toString()}. */
    void add(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(file + ": expected " + header.size() + " cells, got " + cells.length
                    + ": " + Arrays.toString(cells));
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell == null ? "" : cell.toString());
        }
        rows.add(row);
    }

    String file() {
        return file;
    }

    List<String> header() {
        return header;
    }

    List<List<String>> rows() {
        return rows;
    }
}
