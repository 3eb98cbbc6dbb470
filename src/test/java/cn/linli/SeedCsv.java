package cn.linli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** The rows of a seed file as maps, so tests can compute expected answers independently of the API. */
public final class SeedCsv {

    private SeedCsv() {}

    public static List<Map<String, String>> rows(String file) {
        return rows(Path.of("seed"), file);
    }

    /** The rows of a file in another seed folder (e.g. a test's slice of the seed). */
    public static List<Map<String, String>> rows(Path dir, String file) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader reader = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            return parser.getRecords().stream().map(r -> r.toMap()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Haversine distance in metres on a sphere of mean radius, written here independently of the service. */
    public static double haversine(double lon1, double lat1, double lon2, double lat2) {
        double r = 6371008.8;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.sqrt(a));
    }
}
