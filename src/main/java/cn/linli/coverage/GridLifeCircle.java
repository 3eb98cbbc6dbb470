package cn.linli.coverage;

import java.util.List;

/**
 * A grid in the life circle: how many (kind, radius) cells it misses, which kinds are beyond even the
 * largest radius, and the nearest provider of each kind.
 */
public record GridLifeCircle(
        GridPoint point, int uncoveredCells, List<String> missingKinds, List<KindDistance> nearest) {}
