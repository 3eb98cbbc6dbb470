package cn.linli.opendata;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The {@code datapackage.json} of a Frictionless tabular data package (https://specs.frictionlessdata.io/data-package/):
 * the tables with their fields and keys, the licence, the sources the data comes from (seed/README.md,
 * seed/reference/SOURCES.md) and when the package was made.
 */
@Component
public class DataPackageDescriptor {

    /** Where the data comes from, in the words of seed/README.md and seed/reference/SOURCES.md. */
    static final List<Map<String, String>> SOURCES = List.of(
            source(
                    "National Bureau of Statistics of China, 统计用区划代码和城乡划分代码 2023 (codes and names of towns and communities), "
                            + "via modood/Administrative-divisions-of-China (WTFPL)",
                    "https://github.com/modood/Administrative-divisions-of-China"),
            source("GB/T 2260 administrative division codes (the city and its districts and counties)", null),
            source(
                    "District boundaries and seats: Aliyun DataV GeoAtlas (GCJ-02, converted to WGS-84), via bombjinne/SC_GeoJson "
                            + "(no licence stated)",
                    "https://github.com/bombjinne/SC_GeoJson"),
            source(
                    "东坡区：深化“东坡邻里”品牌建设 完善城市党群服务体系 (2024 newspaper report): counts and the providers, resources "
                            + "and needs named there (provenance 'article')",
                    null),
            source(
                    "Linli's seed generator: every point and boundary below district level, grids, addresses, phones, hours and "
                            + "the other rows of provenance 'synthetic' (seed/README.md)",
                    null),
            source("Partners writing through the Linli API (provenance 'partner')", null));

    private final OpenDataSettings settings;

    DataPackageDescriptor(OpenDataSettings settings) {
        this.settings = settings;
    }

    public Map<String, Object> describe(String name, String title, String description, List<Table> tables) {
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("profile", "tabular-data-package");
        descriptor.put("name", name);
        descriptor.put("title", title);
        descriptor.put("description", description);
        descriptor.put(
                "created",
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS)));
        descriptor.put(
                "licenses",
                List.of(Map.of(
                        "name",
                        settings.licenseName(),
                        "title",
                        settings.licenseTitle(),
                        "path",
                        settings.licensePath())));
        descriptor.put("sources", SOURCES);
        descriptor.put("resources", tables.stream().map(Table::resource).toList());
        return descriptor;
    }

    private static Map<String, String> source(String title, String path) {
        return path == null ? Map.of("title", title) : Map.of("title", title, "path", path);
    }
}
