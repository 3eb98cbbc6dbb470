package cn.linli.seed.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a {@link Table} as UTF-8 CSV (RFC 4180 quoting, {@code \n} line ends). */
final class CsvWriter {

    private CsvWriter() {}

    static void write(Table table, Path folder) throws IOException {
        Path target = folder.resolve(table.file());
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            writeLine(out, table.header());
            for (List<String> row : table.rows()) {
                writeLine(out, row);
            }
        }
        System.out.println("wrote " + target + ": " + table.rows().size() + " rows");
    }

    private static void writeLine(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(cells.get(i)));
        }
        out.write('\n');
    }

    static String quoted(String cell) {
        boolean needsQuotes =
                cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
