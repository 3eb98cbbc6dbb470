package cn.linli.seed.generate;

/** A row of providers.csv; {@code site.community()} is null for district-level providers. */
record Provider(
        String id,
        String name,
        String alias,
        String kind,
        String level,
        Site site,
        String phone,
        String hours,
        Integer capacity,
        String description,
        String provenance) {}
