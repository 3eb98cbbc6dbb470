package cn.linli.opendata;

import cn.linli.graph.Cypher;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes tables as they are read: each record of {@link Cypher#stream} becomes its lines before the next is
 * fetched, so memory does not grow with the table. NDJSON (one JSON object per line), CSV (RFC 4180, header row,
 * empty cell for a missing value, arrays as JSON text: Table Schema's {@code array}), and a data package: the
 * CSV files and {@code datapackage.json} in one zip.
 */
@Component
public class TableStreams {

    private final Cypher cypher;
    private final JsonMapper json;
    private final OpenDataSettings settings;

    TableStreams(Cypher cypher, JsonMapper json, OpenDataSettings settings) {
        this.cypher = cypher;
        this.json = json;
        this.settings = settings;
    }

    /** Every row of {@code table}, in order, to {@code each}. */
    public void rows(Table table, Consumer<Map<String, Object>> each) {
        for (Table.Part part : table.parts()) {
            cypher.stream(
                    part.query(),
                    part.params(),
                    settings.exportTimeout(),
                    record -> part.rows().apply(record).forEach(each));
        }
    }

    public void ndjson(Table table, OutputStream out) {
        rows(table, row -> {
            try {
                out.write(json.writeValueAsBytes(row));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public void csv(Table table, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(table.fields().stream().map(Field::name).toList());
            rows(table, row -> {
                List<Object> cells = new ArrayList<>(table.fields().size());
                table.fields().forEach(field -> cells.add(cell(row.get(field.name()))));
                try {
                    printer.printRecord(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip of each table's CSV and {@code datapackage} (written last, with the moment the package was made). */
    public void dataPackage(List<Table> tables, Map<String, Object> descriptor, OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            for (Table table : tables) {
                zip.putNextEntry(new ZipEntry(table.path()));
                csv(table, new Unclosable(zip));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("datapackage.json"));
            zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(descriptor));
            zip.closeEntry();
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            return json.writeValueAsString(value);
        }
        return value;
    }

    /** The zip stays open when a table's CSV writer is done with it. */
    private static final class Unclosable extends java.io.FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
