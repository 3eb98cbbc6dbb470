package cn.linli.seed;

import static cn.linli.seed.Column.Type.DATETIME;
import static cn.linli.seed.Column.Type.TEXT;

import cn.linli.seed.SeedFile.Reference;
import cn.linli.seed.SeedFile.RowCheck;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * sources.csv, first of all: one row per provenance, with the date its records carry (the publication of the official
 * codes, of the article, the generator's reference date) and the vintage of the division codes they follow. Every
 * other file's rows are dated by their provenance's source ({@link SeedFile#nodes}). See seed/FORMAT.md.
 */
@Component
@Order(0)
class SourceSeedFiles implements SeedFiles {

    /** Every row of the other files names its source by its provenance. */
    static final Reference SOURCE = new Reference("provenance", "Source", "provenance");

    private static final String CYPHER = """
            UNWIND $rows AS row
            MERGE (s:Source {provenance: row.provenance})
            SET s.published = row.published, s.divisionCodes = row.division_codes, s.description = row.description""";

    @Override
    public List<SeedFile> files() {
        List<Column> columns = List.of(
                Column.provenance(),
                Column.required("published", DATETIME),
                Column.optional("division_codes", TEXT),
                Column.required("description", TEXT));
        return List.of(new SeedFile("sources.csv", "provenance", columns, List.of(), CYPHER, RowCheck.NONE));
    }
}
