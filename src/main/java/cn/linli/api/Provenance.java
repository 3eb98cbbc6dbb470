package cn.linli.api;

/** Where a record comes from; stored in lower case as in the seed files. PARTNER: written through the API. */
public enum Provenance {
    OFFICIAL, ARTICLE, SYNTHETIC, PARTNER;

    public static Provenance fromStored(String value) {
        return value == null ? SYNTHETIC : valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
