package cn.linli.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns one seed file's bytes into typed rows, or into every reason it cannot be imported, each as
 * {@code file:line: reason}. Nothing here touches the graph: a file is written only after all its rows passed.
 */
final class SeedReader {

    /** Row property holding the row's line in the file, for errors found later (references, in the graph). */
    static final String LINE = "__line";
    /** More than this many errors in one file are counted, not listed: the first ones show what is wrong. */
    static final int MAX_ERRORS = 50;

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final Pattern CSV_LINE = Pattern.compile("line (\\d+)");

    private SeedReader() {}

    /** The file's bytes, read once: they are both hashed (to recognise an imported file) and parsed. */
    static byte[] bytes(Path dir, SeedFile file) {
        Path path = dir.resolve(file.name());
        if (!Files.isRegularFile(path)) {
            throw new SeedException(file.name() + ": file not found at " + path);
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new SeedException(file.name() + ": cannot be read: " + e.getMessage());
        }
    }

    /** Every row of the file, typed and checked; throws with all problems found if any row is bad. */
    static List<Map<String, Object>> rows(SeedFile file, byte[] bytes) {
        String text = decode(file.name(), bytes);
        if (text.isBlank()) {
            throw new SeedException(
                    file.name() + ":1: the file is empty (expected a header line: " + file.header() + ")");
        }
        Errors errors = new Errors(file.name());
        Lines lines = new Lines(text);
        List<Map<String, Object>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            List<String> header = parser.getHeaderNames();
            for (Column column : file.columns()) {
                if (!header.contains(column.name())) {
                    errors.add(
                            1,
                            "missing column '" + column.name() + "' (expected a header line: " + file.header() + ")");
                }
            }
            if (errors.any()) {
                throw errors.exception();
            }
            Set<Object> keys = new HashSet<>();
            Iterator<CSVRecord> records = parser.iterator();
            while (hasNext(records, errors, parser)) {
                CSVRecord record = records.next();
                long line = lines.of(record.getCharacterPosition());
                Map<String, Object> row = row(file, record, header.size(), line, errors);
                if (row != null
                        && file.key() != null
                        && row.get(file.key()) != null
                        && !keys.add(row.get(file.key()))) {
                    errors.add(line, "duplicate " + file.key() + " '" + row.get(file.key()) + "'");
                }
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // the header itself could not be read (e.g. a column named twice)
            errors.add(1, e.getMessage());
        }
        if (errors.any()) {
            throw errors.exception();
        }
        return rows;
    }

    /** One record as typed values, or null (with its problems added to {@code errors}). */
    private static Map<String, Object> row(SeedFile file, CSVRecord record, int columns, long line, Errors errors) {
        if (!record.isConsistent()) {
            errors.add(line, "expected " + columns + " values, found " + record.size());
            return null;
        }
        Map<String, Object> row = new HashMap<>();
        row.put(LINE, line);
        boolean typed = true;
        for (Column column : file.columns()) {
            try {
                row.put(column.name(), column.parse(record.get(column.name())));
            } catch (IllegalArgumentException e) {
                errors.add(line, e.getMessage());
                typed = false;
            }
        }
        if (typed) {
            String problem = file.check().problem(row);
            if (problem != null) {
                errors.add(line, problem);
                typed = false;
            }
        }
        return typed ? row : null;
    }

    /** Advances the parser; a record it cannot parse (an unclosed quote) ends the file with its line. */
    private static boolean hasNext(Iterator<CSVRecord> records, Errors errors, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            Matcher line = CSV_LINE.matcher(String.valueOf(e.getMessage()));
            errors.add(
                    line.find() ? Long.parseLong(line.group(1)) : parser.getCurrentLineNumber(),
                    "not valid CSV: "
                            + (e.getCause() == null
                                    ? e.getMessage()
                                    : e.getCause().getMessage()));
            return false;
        }
    }

    /**
     * Strict UTF-8: a byte sequence that is not UTF-8 is reported with its line (a lenient reader would turn it into
     * U+FFFD and import garbled names). A byte-order mark, which some editors write, is dropped.
     */
    static String decode(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more chars than it has bytes
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            // '\n' is never part of a multi-byte UTF-8 sequence, so counting it in the raw bytes counts lines
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new SeedException("%s:%d: not valid UTF-8 (byte 0x%02X, byte %d of the line); save the file as UTF-8"
                    .formatted(name, line, bytes[at] & 0xff, at - lineStart + 1));
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Line numbers (from 1) of character positions in a text. */
    private static final class Lines {
        private final int[] newlines;

        Lines(String text) {
            newlines = positions(text);
        }

        private static int[] positions(String text) {
            int[] found = new int[16];
            int count = 0;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
            }
            return Arrays.copyOf(found, count);
        }

        long of(long position) {
            int index = Arrays.binarySearch(newlines, (int) position);
            // newlines before the position, plus one
            return (index >= 0 ? index : -index - 1) + 1;
        }
    }

    /** Problems of one file, the first {@link #MAX_ERRORS} as {@code file:line: reason}. */
    static final class Errors {
        private final String file;
        private final List<String> lines = new ArrayList<>();
        private boolean more;

        Errors(String file) {
            this.file = file;
        }

        void add(long line, String reason) {
            if (lines.size() < MAX_ERRORS) {
                lines.add(file + ":" + line + ": " + reason);
            } else {
                more = true;
            }
        }

        boolean any() {
            return !lines.isEmpty();
        }

        SeedException exception() {
            List<String> all = new ArrayList<>(lines);
            if (more) {
                all.add(file + ": more errors follow; the first " + MAX_ERRORS + " are listed");
            }
            return new SeedException(all);
        }
    }
}
