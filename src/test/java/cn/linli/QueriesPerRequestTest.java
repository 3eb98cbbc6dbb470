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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations of issue 14 (bench/floor-workload.tsv, the documents bench/floor.sh and bench/load.sh send) cost a fixed number of Cypher
 * round trips each, whatever their page sizes: the bound of each with the read caches cold, and once warm. What each
 * query is, is said beside its bound; a change that adds a round trip to one of them fails here.
 */
class QueriesPerRequestTest extends LinliTest {

    /** Queries of an operation: with every cache region just emptied, and when asked again. */
    private record Bound(int cold, int warm) {}

    private static final Map<String, Bound> BOUNDS = Map.ofEntries(
            // each of these seven is answered whole by one query (api.translate.TranslatedQueries), caches or not
            Map.entry("portal-nearby-centers", new Bound(1, 1)),
            Map.entry("portal-town-directory", new Bound(1, 1)),
            Map.entry("portal-grid-detail", new Bound(1, 1)),
            Map.entry("partner-resources", new Bound(1, 1)),
            Map.entry("partner-elderly-care", new Bound(1, 1)),
            Map.entry("planner-gaps", new Bound(1, 1)),
            Map.entry("planner-city-counts", new Bound(1, 1)),
            // the candidate grids by the point index, then their places and the grid's servers (cold: and generations)
            Map.entry("portal-where-am-i", new Bound(6, 3)),
            // the full-text hits, page and count in one query
            Map.entry("portal-search-chinese", new Bound(1, 1)),
            Map.entry("portal-search-pinyin", new Bound(1, 1)),
            // the grids' points, the providers' points, the page's places (cold: and generations and the argument)
            Map.entry("planner-coverage", new Bound(6, 3)));

    @Autowired
    JsonMapper json;

    @Autowired
    ReadCaches caches;

    @Test
    void everyOperationOfTheLoadTestCostsAtMostItsBoundColdAndWarm() throws IOException {
        Map<String, JsonNode> operations = operations();
        assertThat(operations).as("a bound for each operation").containsOnlyKeys(BOUNDS.keySet());
        operations.forEach((name, body) -> {
            caches.evict(EnumSet.allOf(CacheRegion.class));
            double cold = queriesFor(body);
            double warm = queriesFor(body);
            assertThat(cold)
                    .as(name + ", caches cold")
                    .isLessThanOrEqualTo(BOUNDS.get(name).cold());
            assertThat(warm)
                    .as(name + ", caches warm")
                    .isLessThanOrEqualTo(BOUNDS.get(name).warm());
        });
    }

    private double queriesFor(JsonNode body) {
        double before = cypherQueries();
        var request = graphQl().document(body.get("query").asString());
        if (body.has("variables")) {
            for (var variable : body.get("variables").properties()) {
                request = request.variable(variable.getKey(), json.treeToValue(variable.getValue(), Object.class));
            }
        }
        request.execute().errors().verify();
        return cypherQueries() - before;
    }

    /** bench/floor-workload.tsv: name, tab, the POST body. */
    private Map<String, JsonNode> operations() throws IOException {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("bench/floor-workload.tsv"))) {
            if (!line.startsWith("#") && line.contains("\t")) {
                String body = line.substring(line.indexOf('\t') + 1);
                operations.put(line.substring(0, line.indexOf('\t')), json.readTree(body));
            }
        }
        return operations;
    }
}
