package cn.linli.api;

import java.util.Locale;

/** Where a record comes from; stored in lower case as in the seed files. PARTNER: written through the API. */
public enum Provenance {
    OFFICIAL,
    ARTICLE,
    SYNTHETIC,
    PARTNER;

    public static Provenance fromStored(String value) {
        return value == null ? SYNTHETIC : valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** As the graph and the seed files hold it: {@code official}, ... */
    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }
}
