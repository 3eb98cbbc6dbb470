package cn.linli.coverage;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Rows of a seed file read straight from seed/, so tests can check answers against the data, not the code. */
public final class SeedCsv {

    private SeedCsv() {}

    public static List<Map<String, String>> rows(String file) {
        try (Reader in = Files.newBufferedReader(Path.of("seed", file), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).stream()
                    .map(CSVRecord::toMap)
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read seed/" + file, e);
        }
    }

    /** Haversine on a sphere of radius 6 378 140 m: the measure the coverage API documents. */
    static double meters(double lon1, double lat1, double lon2, double lat2) {
        double r = 6_378_140.0;
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double h = Math.pow(Math.sin((p2 - p1) / 2), 2)
                + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        return 2 * r * Math.asin(Math.sqrt(h));
    }
}
