package cn.linli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.cache.CacheRegion;
import cn.linli.cache.ReadCaches;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations of issue 14 (bench/speed.tsv, the documents the load test sends) cost a fixed number of Cypher
 * round trips each, whatever their page sizes: the bound of each with the read caches cold, and once warm. What each
 * query is, is said beside its bound; a change that adds a round trip to one of them fails here.
 */
class QueriesPerRequestTest extends LinliTest {

    /** Queries of an operation: with every cache region just emptied, and when asked again. */
    private record Bound(int cold, int warm) {}

    private static final Map<String, Bound> BOUNDS = Map.of(
            // providers within the radius: page and count in one query; nothing cached
            "nearby-centers", new Bound(1, 1),
            // cold: the PLACES generation, the town, its communities' page, their grids' pages, the grids' servers;
            // warm: the places and pages come from the PLACES region (its generation is polled on a timer)
            "town-communities", new Bound(5, 1),
            // cold: the PLACES generation, the grid, its ancestors, its servers; warm: its servers
            "grid-detail", new Bound(4, 1),
            // the RESOURCES generation; cold: the page; then the deployments of all resources and their owners
            "resources-deployments", new Bound(4, 3),
            // the providers' page and count; the items of all of them
            "district-elderly-care", new Bound(2, 2),
            // cold: the PLACES generation and the place argument; the grids' page and count
            "uncovered-grids", new Bound(3, 1),
            // the COUNTS generation; cold: the PLACES generation, the city, its counts
            "city-counts", new Bound(4, 1));

    @Autowired
    JsonMapper json;

    @Autowired
    ReadCaches caches;

    @Test
    void everyOperationOfTheLoadTestCostsAtMostItsBoundColdAndWarm() throws IOException {
        Map<String, String> operations = operations();
        assertThat(operations).as("a bound for each operation").containsOnlyKeys(BOUNDS.keySet());
        operations.forEach((name, document) -> {
            caches.evict(EnumSet.allOf(CacheRegion.class));
            assertThat(queriesFor(document))
                    .as(name + ", caches cold")
                    .isLessThanOrEqualTo(BOUNDS.get(name).cold());
            assertThat(queriesFor(document))
                    .as(name + ", caches warm")
                    .isLessThanOrEqualTo(BOUNDS.get(name).warm());
        });
    }

    private double queriesFor(String document) {
        double before = cypherQueries();
        graphQl().document(document).execute().errors().verify();
        return cypherQueries() - before;
    }

    /** bench/speed.tsv: name, tab, the POST body. */
    private Map<String, String> operations() throws IOException {
        Map<String, String> operations = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("bench/speed.tsv"))) {
            if (!line.startsWith("#") && line.contains("\t")) {
                String body = line.substring(line.indexOf('\t') + 1);
                operations.put(
                        line.substring(0, line.indexOf('\t')),
                        json.readTree(body).get("query").asString());
            }
        }
        return operations;
    }
}
