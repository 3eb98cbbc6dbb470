package cn.linli.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
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
            "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT event_step_id IF NOT EXISTS FOR (n:EventStep) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT event_category_code IF NOT EXISTS FOR (n:EventCategory) REQUIRE n.code IS UNIQUE",
            // places(level:, within:): equality on level, prefix on code, in code order (docs/PERFORMANCE.md)
            "CREATE INDEX place_level_code IF NOT EXISTS FOR (n:Place) ON (n.level, n.code)",
            // a subtree's communities and villages counted apart from the index alone (place.PlaceQueries.FIGURES)
            "CREATE INDEX place_level_kind_code IF NOT EXISTS FOR (n:Place) ON (n.level, n.kind, n.code)",
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
            // events under a place, a department's queue, and the newest first (event.EventQueries)
            "CREATE INDEX event_grid IF NOT EXISTS FOR (n:Event) ON (n.gridCode)",
            "CREATE INDEX event_department IF NOT EXISTS FOR (n:Event) ON (n.departmentId)",
            "CREATE INDEX event_reported IF NOT EXISTS FOR (n:Event) ON (n.reportedAt)",
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
            // the change feed (changes.ChangeQueries): records after a change number, in number order, per kind of
            // record
            "CREATE INDEX place_seq IF NOT EXISTS FOR (n:Place) ON (n.seq)",
            "CREATE INDEX provider_seq IF NOT EXISTS FOR (n:Provider) ON (n.seq)",
            "CREATE INDEX service_item_seq IF NOT EXISTS FOR (n:ServiceItem) ON (n.seq)",
            "CREATE INDEX resource_seq IF NOT EXISTS FOR (n:Resource) ON (n.seq)",
            "CREATE INDEX need_seq IF NOT EXISTS FOR (n:Need) ON (n.seq)",
            "CREATE INDEX event_seq IF NOT EXISTS FOR (n:Event) ON (n.seq)",
            "CREATE INDEX deployment_seq IF NOT EXISTS FOR ()-[d:DEPLOYED_TO]-() ON (d.seq)",
            "CREATE INDEX reports_for_seq IF NOT EXISTS FOR ()-[r:REPORTS_FOR]-() ON (r.seq)",
            "CREATE INDEX tombstone_seq IF NOT EXISTS FOR (n:Tombstone) ON (n.seq)",
            // one tombstone per deleted record, one counter of changes (graph.ChangeLog), one source per provenance
            "CREATE CONSTRAINT tombstone_id IF NOT EXISTS FOR (n:Tombstone) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT change_counter_id IF NOT EXISTS FOR (n:ChangeCounter) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT source_provenance IF NOT EXISTS FOR (n:Source) REQUIRE n.provenance IS UNIQUE");

    /** Labels search finds (search.SearchQueries): the full-text indexes cover each. */
    static final List<String> SEARCHED = List.of("Provider", "ServiceItem", "Resource");

    static final List<FulltextIndex> FULLTEXT = List.of(
            // Chinese text: the cjk analyzer indexes bigrams, so a quoted phrase matches any substring of two or more
            // characters.
            new FulltextIndex("search_text", SEARCHED, List.of("name", "aliases", "description"), "cjk"),
            // Pinyin derived at import (search.SearchTerms): lower-case tokens, one per spelling, so whitespace
            // splitting suffices.
            new FulltextIndex(
                    "search_pinyin",
                    SEARCHED,
                    List.of("pinyin", "initials", "aliasPinyin", "aliasInitials"),
                    "whitespace"));

    /**
     * A full-text index. Neo4j cannot alter one in place, so {@link #apply()} drops an index of this name whose labels,
     * properties or analyzer differ (a store written by an older Linli) and creates it anew.
     */
    record FulltextIndex(String name, List<String> labels, List<String> properties, String analyzer) {

        String create() {
            return "CREATE FULLTEXT INDEX %s IF NOT EXISTS FOR (n:%s) ON EACH [%s] OPTIONS {indexConfig: {`fulltext.analyzer`: '%s'}}"
                    .formatted(
                            name,
                            String.join("|", labels),
                            String.join(
                                    ", ", properties.stream().map(p -> "n." + p).toList()),
                            analyzer);
        }

        boolean definedAs(Record existing) {
            return Set.copyOf(existing.get("labels").asList(Value::asString)).equals(Set.copyOf(labels))
                    && Set.copyOf(existing.get("properties").asList(Value::asString))
                            .equals(Set.copyOf(properties))
                    && analyzer.equals(existing.get("analyzer").asString(null));
        }
    }

    static final String EXISTING_FULLTEXT = """
            SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options
            WHERE name = $name
            RETURN labelsOrTypes AS labels, properties, options.indexConfig['fulltext.analyzer'] AS analyzer""";

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
        for (FulltextIndex index : FULLTEXT) {
            List<Record> existing = cypher.read(EXISTING_FULLTEXT, Map.of("name", index.name()));
            if (!existing.isEmpty() && !index.definedAs(existing.get(0))) {
                log.info(
                        "Full-text index {} has an older definition; dropping it to create it as {}",
                        index.name(),
                        index);
                // the name is code, never input
                cypher.write(tx -> tx.run("DROP INDEX " + index.name(), Map.of()), SCHEMA_TIMEOUT);
            }
            cypher.write(tx -> tx.run(index.create(), Map.of()), SCHEMA_TIMEOUT);
        }
        cypher.write(tx -> tx.run("CALL db.awaitIndexes(300)", Map.of()), SCHEMA_TIMEOUT);
        log.info("Graph schema ready: {} constraints and indexes", STATEMENTS.size() + FULLTEXT.size());
    }
}
