package cn.linli.coverage;

/** Where a provider of some kind stands (WGS-84); its full record is loaded only when a page shows it. */
public record ProviderPoint(String key, String kind, double lon, double lat) {}
