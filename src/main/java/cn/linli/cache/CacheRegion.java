package cn.linli.cache;

/** Groups of cached reads that one kind of write makes stale together. */
public enum CacheRegion {
    /** Children pages of the place tree: changed only by a seed import. */
    PLACES,
    /** Place counts: they include providers, so provider writes evict them. */
    COUNTS,
    /** First pages of the needs list. */
    NEEDS,
    /** First pages of the resources and projects lists (they filter on deployments). */
    RESOURCES
}
