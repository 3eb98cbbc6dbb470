package cn.linli.coverage;

import cn.linli.graph.Cypher;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.types.Point;
import org.springframework.stereotype.Component;

/** The Cypher of coverage: the points it measures between. Distances are computed in Java (see CoverageAnalysis). */
@Component
class CoverageQueries {

    /** Grid centers and base data under a place (range seek on the code index), by code. */
    static final String GRID_POINTS = """
            MATCH (g:Place) WHERE g.code STARTS WITH $prefix AND g.level = 'GRID'
            RETURN g.code AS code, g.name AS name, g.location AS location, coalesce(g.households, 0) AS households,
                   coalesce(g.population, 0) AS population
            ORDER BY code""";

    /** Every provider of some kinds, anywhere: one just across a border still serves the grids near it. */
    static final String PROVIDER_POINTS = """
            MATCH (p:Provider) WHERE p.kind IN $kinds AND p.location IS NOT NULL
            RETURN p.id AS key, p.kind AS kind, p.location AS location""";

    private final Cypher cypher;

    CoverageQueries(Cypher cypher) {
        this.cypher = cypher;
    }

    List<GridPoint> gridPoints(String prefix) {
        return cypher.read(GRID_POINTS, Map.of("prefix", prefix)).stream()
                .map(r -> {
                    Point location = r.get("location").asPoint();
                    return new GridPoint(
                            r.get("code").asString(),
                            r.get("name").asString(),
                            location.x(),
                            location.y(),
                            r.get("households").asLong(),
                            r.get("population").asLong());
                })
                .toList();
    }

    List<ProviderPoint> providerPoints(List<String> kinds) {
        return cypher.read(PROVIDER_POINTS, Map.of("kinds", kinds)).stream()
                .map(r -> {
                    Point location = r.get("location").asPoint();
                    return new ProviderPoint(
                            r.get("key").asString(), r.get("kind").asString(), location.x(), location.y());
                })
                .toList();
    }
}
