package cn.linli.cache;

import java.time.Duration;

/**
 * Groups of cached reads that one kind of write makes stale together, and how often a cached read asks the
 * database whether they have been (see {@link ReadCaches}).
 */
public enum CacheRegion {
    /**
     * Children pages of the place tree: changed only by a seed import, never by a mutation, so its generation
     * is polled once a second instead of asked on every read (saving a round trip on every nested place list);
     * an import through another process or instance is seen within a second, through this one at once.
     */
    PLACES(Duration.ofSeconds(1)),
    /** Place counts: they include providers, so provider writes evict them. */
    COUNTS(Duration.ZERO),
    /** First pages of the needs list. */
    NEEDS(Duration.ZERO),
    /** First pages of the resources and projects lists (they filter on deployments). */
    RESOURCES(Duration.ZERO);

    private final Duration recheckAfter;

    CacheRegion(Duration recheckAfter) {
        this.recheckAfter = recheckAfter;
    }

    /** How often the generation is polled; zero: it is asked on every cached read instead. */
    Duration recheckAfter() {
        return recheckAfter;
    }
}
