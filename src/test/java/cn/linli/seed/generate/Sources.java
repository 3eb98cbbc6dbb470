package cn.linli.seed.generate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * sources.csv: the date each provenance's records carry, and the vintage of the division codes they follow
 * (seed/README.md, "Dates"). The records are dated by their source, not by the day they were imported.
 */
final class Sources {

    /**
     * The day the synthetic records describe: every date the generator writes (a need's stages, a deployment's
     * {@code since} and {@code until}) lies before it. {@code SeedGeneratorTest} holds that.
     */
    static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 6, 30);

    /** NBS 2023 统计用区划代码, published 2023-09-11 (seed/reference/SOURCES.md). */
    static final LocalDate OFFICIAL_PUBLISHED = LocalDate.of(2023, 9, 11);

    /**
     * The article's text carries no date; the domain brief calls it a 2024 report and it gives 2023's full-year figures,
     * so it was published in 2024. The year's first day stands for that year.
     */
    static final LocalDate ARTICLE_PUBLISHED = LocalDate.of(2024, 1, 1);

    /** The division codes every place follows: the NBS 2023 vintage (grid codes extend its community codes). */
    static final String DIVISION_CODES = "2023";

    private Sources() {}

    static Table table() {
        Table table = new Table("sources.csv", "provenance,published,division_codes,description");
        table.add(
                "official",
                midnight(OFFICIAL_PUBLISHED),
                DIVISION_CODES,
                "NBS 2023 统计用区划代码和城乡划分代码 (as of 2023-06-30, published 2023-09-11): codes and names of the"
                        + " city, districts, towns and communities; district boundaries from Aliyun DataV GeoAtlas"
                        + " (seed/reference/SOURCES.md)");
        table.add(
                "article",
                midnight(ARTICLE_PUBLISHED),
                null,
                "the 2024 newspaper report on grassroots governance in Meishan (东坡区, 彭山区): the named providers and"
                        + " resources; the text carries no date, so the first day of 2024 stands for its year");
        table.add(
                "synthetic",
                midnight(REFERENCE_DATE),
                DIVISION_CODES,
                "the seed generator (src/test/java/cn/linli/seed/generate), as of its reference date " + REFERENCE_DATE
                        + "; grid codes extend the NBS 2023 community codes");
        return table;
    }

    private static String midnight(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.ofHours(8)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
