package cn.linli.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Constraints and indexes the queries rely on; created at start-up, idempotently. */
@Component
public class GraphSchema {

    private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

    static final List<String> STATEMENTS = List.of(
            "CREATE CONSTRAINT place_code IF NOT EXISTS FOR (n:Place) REQUIRE n.code IS UNIQUE",
            "CREATE CONSTRAINT provider_id IF NOT EXISTS FOR (n:Provider) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT service_item_id IF NOT EXISTS FOR (n:ServiceItem) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT resource_id IF NOT EXISTS FOR (n:Resource) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT need_id IF NOT EXISTS FOR (n:Need) REQUIRE n.id IS UNIQUE",
            // places(level:, within:): equality on level, prefix on code, in code order (docs/PERFORMANCE.md)
            "CREATE INDEX place_level_code IF NOT EXISTS FOR (n:Place) ON (n.level, n.code)",
            // lookups by a level's own label, e.g. MATCH (g:Grid {code: $code}), without scanning the label
            "CREATE INDEX grid_code IF NOT EXISTS FOR (n:Grid) ON (n.code)",
            "CREATE INDEX community_code IF NOT EXISTS FOR (n:Community) ON (n.code)",
            "CREATE INDEX town_code IF NOT EXISTS FOR (n:Town) ON (n.code)",
            "CREATE INDEX district_code IF NOT EXISTS FOR (n:District) ON (n.code)",
            "CREATE INDEX provider_kind IF NOT EXISTS FOR (n:Provider) ON (n.kind)",
            "CREATE INDEX provider_place IF NOT EXISTS FOR (n:Provider) ON (n.placeCode)",
            "CREATE POINT INDEX provider_location IF NOT EXISTS FOR (n:Provider) ON (n.location)",
            "CREATE POINT INDEX grid_location IF NOT EXISTS FOR (n:Grid) ON (n.location)",
            "CREATE INDEX need_grid IF NOT EXISTS FOR (n:Need) ON (n.gridCode)",
            "CREATE INDEX need_raised IF NOT EXISTS FOR (n:Need) ON (n.raisedAt)",
            // one seed import record (seed.SeedProgress), also when several instances claim it at once
            "CREATE CONSTRAINT seed_import_id IF NOT EXISTS FOR (n:SeedImport) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT api_key_hash IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.hash IS UNIQUE",
            // one generation counter per cache region, MERGEd by concurrent writes (cache.ReadCaches)
            "CREATE CONSTRAINT cache_generation_region IF NOT EXISTS FOR (n:CacheGeneration) REQUIRE n.region IS UNIQUE",
            // a key's public id: revokeApiKey finds it by its prefix
            "CREATE CONSTRAINT api_key_prefix IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.prefix IS UNIQUE",
            "CREATE CONSTRAINT mutation_receipt_key IF NOT EXISTS FOR (n:MutationReceipt) REQUIRE n.key IS UNIQUE",
            "CREATE INDEX audit_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at)",
            "CREATE INDEX audit_record IF NOT EXISTS FOR (n:AuditEntry) ON (n.recordId)",
            // Chinese text: the cjk analyzer indexes bigrams, so a quoted phrase matches any substring of two or more characters.
            """
            CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:Provider|ServiceItem) ON EACH [n.name, n.aliases, n.description]
            OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}""",
            // Pinyin derived at import (search.SearchTerms): lower-case tokens, one per spelling, so whitespace splitting suffices.
            """
            CREATE FULLTEXT INDEX search_pinyin IF NOT EXISTS FOR (n:Provider|ServiceItem)
            ON EACH [n.pinyin, n.initials, n.aliasPinyin, n.aliasInitials]
            OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}""");

    /** Index population on a large store takes longer than any API request may. */
    private static final Duration SCHEMA_TIMEOUT = Duration.ofMinutes(5);

    private final Cypher cypher;

    public GraphSchema(Cypher cypher) {
        this.cypher = cypher;
    }

    public void apply() {
        // Schema statements cannot share a transaction with each other's data writes, so one each.
        for (String statement : STATEMENTS) {
            cypher.write(tx -> tx.run(statement, Map.of()), SCHEMA_TIMEOUT);
        }
        cypher.write(tx -> tx.run("CALL db.awaitIndexes(300)", Map.of()), SCHEMA_TIMEOUT);
        log.info("Graph schema ready: {} constraints and indexes", STATEMENTS.size());
    }
}
