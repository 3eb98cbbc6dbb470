package cn.linli.seed;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.linli.graph.Cypher;

/**
 * Loads the seed folder into the graph. Each file is checked row by row, then written in batches
 * inside one transaction: a bad row fails its file with {@code file:line: reason} and writes nothing
 * of that file. Every write is a MERGE on the row's key, so importing twice changes nothing. Then the
 * {@link Derivation}s (pinyin, weekly hours) are written for every node.
 */
@Component
public class SeedImporter {

    private static final Logger log = LoggerFactory.getLogger(SeedImporter.class);
    private static final String LINE = "__line";

    private final Cypher cypher;
    private final SeedSettings settings;
    private final DerivedProperties derived;

    public SeedImporter(Cypher cypher, SeedSettings settings, DerivedProperties derived) {
        this.cypher = cypher;
        this.settings = settings;
        this.derived = derived;
    }

    /** Imports every seed file, in order. Returns the number of rows read. */
    public long importAll() {
        Path dir = Path.of(settings.dir()).toAbsolutePath().normalize();
        log.info("Seed import from {}", dir);
        long started = System.nanoTime();
        long rows = 0;
        List<SeedFile> files = SeedFiles.all();
        for (int i = 0; i < files.size(); i++) {
            rows += importFile(dir, files.get(i), i + 1, files.size());
        }
        // Names and hours may have changed: derive for every node, not only the new ones.
        derived.apply(true);
        log.info("Seed import done: {} rows in {} ms", rows, (System.nanoTime() - started) / 1_000_000);
        return rows;
    }

    long importFile(Path dir, SeedFile file, int index, int count) {
        long started = System.nanoTime();
        List<Map<String, Object>> rows = read(dir.resolve(file.name()), file);
        int batchSize = settings.batchSize();
        int[] created = cypher.write(tx -> {
            for (SeedFile.Reference ref : file.references()) {
                checkReference(tx, file, ref, rows);
            }
            int nodes = 0;
            int relationships = 0;
            for (int from = 0; from < rows.size(); from += batchSize) {
                var batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
                var counters = tx.update(file.cypher(), Map.of("rows", batch));
                nodes += counters.nodesCreated();
                relationships += counters.relationshipsCreated();
            }
            return new int[]{nodes, relationships};
        }, settings.timeout());
        log.info("seed [{}/{}] {}: {} rows, {} new nodes, {} new relationships, {} ms", index, count, file.name(),
                rows.size(), created[0], created[1], (System.nanoTime() - started) / 1_000_000);
        return rows.size();
    }

    /** Parses and checks every row; nothing is written if any row is bad. */
    static List<Map<String, Object>> read(Path path, SeedFile file) {
        String name = file.name();
        if (!Files.isRegularFile(path)) {
            throw new SeedException(name + ":0: file not found at " + path);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            for (Column column : file.columns()) {
                if (!header.contains(column.name())) {
                    throw new SeedException(name + ":1: missing column '" + column.name() + "'");
                }
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            Set<Object> keys = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    throw new SeedException(name + ":" + line + ": expected " + header.size() + " values, found " + record.size());
                }
                Map<String, Object> row = new HashMap<>();
                row.put(LINE, line);
                for (Column column : file.columns()) {
                    try {
                        row.put(column.name(), column.parse(record.get(column.name())));
                    } catch (IllegalArgumentException e) {
                        throw new SeedException(name + ":" + line + ": " + e.getMessage());
                    }
                }
                if (file.key() != null && !keys.add(row.get(file.key()))) {
                    throw new SeedException(name + ":" + line + ": duplicate " + file.key() + " '" + row.get(file.key()) + "'");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new SeedException(name + ":0: cannot read: " + e.getMessage());
        }
    }

    private static void checkReference(Cypher.Transaction tx, SeedFile file, SeedFile.Reference ref,
            List<Map<String, Object>> rows) {
        // Label and property come from SeedFiles (code, not input); the values are parameters. The property is
        // written into the query, not looked up as target[$property], so that the lookup is an index seek.
        String query = """
                UNWIND $rows AS row
                WITH row WHERE row[$column] IS NOT NULL
                  AND NOT EXISTS { MATCH (target:%s {%s: row[$column]}) }
                RETURN row.%s AS line, row[$column] AS value
                LIMIT 1""".formatted(ref.label(), ref.property(), LINE);
        List<Record> missing = tx.run(query, Map.of("rows", rows, "column", ref.column()));
        if (!missing.isEmpty()) {
            Record first = missing.get(0);
            throw new SeedException(file.name() + ":" + first.get("line").asLong() + ": " + ref.column() + " '"
                    + first.get("value").asString() + "' names no " + ref.label().substring(ref.label().lastIndexOf(':') + 1)
                    + " in the graph");
        }
    }
}
