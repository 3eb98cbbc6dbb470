package cn.linli.need;

import cn.linli.seed.SeedFile;
import cn.linli.seed.SeedFile.Reference;
import cn.linli.seed.SeedFile.RowCheck;
import cn.linli.seed.SeedFiles;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Needs, last: raised in grids (100) and claimed by providers (200). See seed/FORMAT.md. */
@Component
@Order(400)
class NeedSeedFiles implements SeedFiles {

    /** A need stays RAISED_IN the grids it was raised in, and is CLAIMED_BY the provider a row names, if any. */
    private static final String EDGES = """

            WITH n, row
            MATCH (g:Place:Grid {code: row.grid_code})
            MERGE (n)-[:RAISED_IN]->(g)
            WITH n, row
            CALL (n, row) {
                MATCH (claimer:Provider {id: row.claimed_by})
                MERGE (n)-[:CLAIMED_BY]->(claimer)
            }""";

    @Override
    public List<SeedFile> files() {
        return List.of(SeedFile.nodes(
                "needs.csv",
                "Need",
                "id",
                Need.PROPERTIES,
                List.of(
                        new Reference("grid_code", "Place:Grid", "code"),
                        new Reference("claimed_by", "Provider", "id")),
                EDGES,
                RowCheck.NONE));
    }
}
