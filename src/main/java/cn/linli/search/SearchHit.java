package cn.linli.search;

/** One search result: a {@code Provider}, {@code ServiceItem} or {@code Resource} record, and its score. */
public record SearchHit(double score, Object record) {}
