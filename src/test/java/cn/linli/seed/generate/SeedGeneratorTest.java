package cn.linli.seed.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class SeedGeneratorTest {

    private static final Path COMMITTED = Path.of("seed");

    @TempDir
    static Path generated;

    @BeforeAll
    static void generate() throws IOException {
        new SeedGenerator(COMMITTED.resolve("reference")).writeAll(generated);
    }

    @Test
    void committedSeedFilesAreExactlyWhatTheGeneratorWrites() throws IOException {
        List<String> files = csvFiles(generated);
        assertThat(csvFiles(COMMITTED)).containsExactlyElementsOf(files);
        for (String file : files) {
            assertThat(Files.readAllBytes(COMMITTED.resolve(file)))
                    .as("seed/%s differs from the generator's output; rerun the generator", file)
                    .isEqualTo(Files.readAllBytes(generated.resolve(file)));
        }
    }

    @Test
    void everyGridPointLiesInsideItsBoundaryAndItsCommunity() throws IOException, ParseException {
        WKTReader wkt = new WKTReader();
        Map<String, Geometry> communities = new HashMap<>();
        for (Map<String, String> row : CsvReader.read(generated.resolve("communities.csv"))) {
            communities.put(row.get("code"), wkt.read(row.get("boundary")));
        }
        List<Map<String, String>> grids = CsvReader.read(generated.resolve("grids.csv"));
        assertThat(grids).isNotEmpty();
        for (Map<String, String> grid : grids) {
            Geometry point = wkt.read("POINT(" + grid.get("lon") + " " + grid.get("lat") + ")");
            Geometry boundary = wkt.read(grid.get("boundary"));
            assertThat(boundary.contains(point))
                    .as("grid %s contains its point", grid.get("code"))
                    .isTrue();
            assertThat(communities.get(grid.get("parent_code")).contains(point))
                    .as("community of grid %s contains its point", grid.get("code"))
                    .isTrue();
        }
    }

    @Test
    void dongposFortyEightUrbanCommunitiesHoldTheArticles569Grids() throws IOException {
        List<Map<String, String>> grids = CsvReader.read(generated.resolve("grids.csv"));
        List<Map<String, String>> dongpo =
                grids.stream().filter(g -> g.get("code").startsWith("511402")).toList();
        assertThat(dongpo).hasSize(569);
        assertThat(dongpo.stream().map(g -> g.get("parent_code")).distinct()).hasSize(48);
    }

    @Test
    void everyDateTheGeneratorWritesLiesBeforeItsReferenceDate() throws IOException {
        // the synthetic records are dated by the reference date (sources.csv): nothing they tell may happen after it
        Pattern day = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");
        List<String> dates = new ArrayList<>();
        for (String file : List.of("needs.csv", "deployments.csv", "events.csv", "event_steps.csv")) {
            for (Map<String, String> row : CsvReader.read(generated.resolve(file))) {
                row.forEach((column, value) -> {
                    Matcher m = day.matcher(value);
                    // an event's expected_at is a time limit, which may fall after the day the seed stands still
                    if (m.find() && !column.equals("provenance") && !column.equals("expected_at")) {
                        dates.add(m.group());
                    }
                });
            }
        }
        assertThat(dates).hasSizeGreaterThan(1000);
        assertThat(dates.stream().map(LocalDate::parse))
                .allSatisfy(d -> assertThat(d).isBefore(Sources.REFERENCE_DATE));
        assertThat(CsvReader.read(generated.resolve("sources.csv")))
                .anySatisfy(row -> assertThat(row)
                        .containsEntry("provenance", "synthetic")
                        .containsEntry("published", Sources.REFERENCE_DATE + "T00:00:00+08:00"));
    }

    private static List<String> csvFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".csv"))
                    .sorted()
                    .toList();
        }
    }
}
