package cn.linli.search;

/** One search result: a {@code Provider} or a {@code ServiceItem} record, and its score. */
public record SearchHit(double score, Object record) {
}
