package cn.linli.api;

/** Where a record comes from; stored in lower case as in the seed files. */
public enum Provenance {
    OFFICIAL, ARTICLE, SYNTHETIC;

    public static Provenance fromStored(String value) {
        return value == null ? SYNTHETIC : valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
