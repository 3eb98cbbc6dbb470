package cn.linli.changes;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import cn.linli.SeedCsv;
import cn.linli.partner.Scope;
import cn.linli.seed.UndatedRecords;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every record is dated: seed records by their source (seed/sources.csv), written records by the write that changed them. */
class DatedRecordsTest extends PartnerTest {

    @Autowired
    UndatedRecords undated;

    /** seed/sources.csv, read here: provenance → the date its records carry. */
    private static final Map<String, String> PUBLISHED = SeedCsv.rows("sources.csv").stream()
            .collect(Collectors.toMap(r -> r.get("provenance"), r -> r.get("published")));

    /** The mark of a store whose records are all dated, read and removed here as an operator would in Cypher. */
    private static final String MARKED =
            "MATCH (c:ChangeCounter {id: 'changes'}) WHERE c.allDatedAt IS NOT NULL RETURN count(c)";

    private static final String UNMARK = "MATCH (c:ChangeCounter {id: 'changes'}) REMOVE c.allDatedAt";

    private static final String DATED = """
            query($id: ID!) { node(id: $id) {
              ... on Place { createdAt updatedAt divisionCodeVintage provenance }
              ... on Provider { createdAt updatedAt provenance }
              ... on ServiceItem { createdAt updatedAt provenance } } }""";

    @Test
    void seedRecordsCarryTheDateOfTheirSourceNotOfTheImport() {
        assertThat(PUBLISHED)
                .containsEntry("official", "2023-09-11T00:00:00+08:00")
                .containsEntry("synthetic", "2025-06-30T00:00:00+08:00");
        // official codes, a synthetic grid, an article's provider, a synthetic item
        Map<String, String> ids = Map.of(
                "City:511400",
                "official",
                "Grid:511402001001-01",
                "synthetic",
                "Provider:nc-jinlong",
                "article",
                "ServiceItem:" + SeedCsv.rows("service_items.csv").get(0).get("id"),
                SeedCsv.rows("service_items.csv").get(0).get("provenance"));
        ids.forEach((id, provenance) -> graphQl()
                .document(DATED)
                .variable("id", id)
                .execute()
                .path("node.provenance")
                .entity(String.class)
                .isEqualTo(provenance.toUpperCase())
                .path("node.createdAt")
                .entity(String.class)
                .isEqualTo(PUBLISHED.get(provenance))
                .path("node.updatedAt")
                .entity(String.class)
                .isEqualTo(PUBLISHED.get(provenance)));
    }

    @Test
    void everyPlaceFollowsTheNbs2023DivisionCodes() {
        graphQl()
                .document(DATED)
                .variable("id", "Grid:511402001001-01")
                .execute()
                .path("node.divisionCodeVintage")
                .entity(String.class)
                .isEqualTo("2023");
        graphQl()
                .document(DATED)
                .variable("id", "District:511403")
                .execute()
                .path("node.divisionCodeVintage")
                .entity(String.class)
                .isEqualTo("2023");
        assertThat(count("MATCH (p:Place) WHERE p.divisionCodeVintage = '2023' RETURN count(p)", Map.of()))
                .isEqualTo(count("MATCH (p:Place) RETURN count(p)", Map.of()));
    }

    @Test
    void aWriteSetsCreatedAtOnceMovesUpdatedAtOnChangeAndNotOnAReplayThatChangesNothing() throws InterruptedException {
        String key = key("street-office-dated", Set.of(Scope.PROVIDERS), COMMUNITY);
        Map<String, Object> input = new HashMap<>(organisationInGrid("test-so-dated", "城中社区日期服务社"));
        String created = upsert(key, input, "created");
        assertThat(created).matches("20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
        graphQl()
                .document(DATED)
                .variable("id", "Provider:test-so-dated")
                .execute()
                .path("node.createdAt")
                .entity(String.class)
                .isEqualTo(created)
                .path("node.updatedAt")
                .entity(String.class)
                .isEqualTo(created);
        long seq = seq("test-so-dated");

        Thread.sleep(1100); // the stamps are whole seconds: the next second tells a new stamp from the old
        upsert(key, input, "same again");
        graphQl()
                .document(DATED)
                .variable("id", "Provider:test-so-dated")
                .execute()
                .path("node.updatedAt")
                .entity(String.class)
                .isEqualTo(created);
        assertThat(seq("test-so-dated")).isEqualTo(seq);

        input.put("description", "新的说明");
        String changed = upsert(key, input, "changed");
        assertThat(changed).isGreaterThan(created);
        graphQl()
                .document(DATED)
                .variable("id", "Provider:test-so-dated")
                .execute()
                .path("node.createdAt")
                .entity(String.class)
                .isEqualTo(created)
                .path("node.updatedAt")
                .entity(String.class)
                .isEqualTo(changed);
        assertThat(seq("test-so-dated")).isGreaterThan(seq);
    }

    @Test
    void aStoreWrittenBeforeRecordsWereDatedIsDatedAtStartUp() {
        String key = key("street-office-undated", Set.of(Scope.PROVIDERS), COMMUNITY);
        String created = upsert(key, organisationInGrid("test-so-undated", "城中社区旧店服务社"), "undated");
        String town = SeedCsv.rows("towns.csv").stream()
                .map(r -> r.get("code"))
                .filter(c -> c.startsWith("511425"))
                .findFirst()
                .orElseThrow();
        // what an older Linli left: no sources, a seed place and a partner's provider without dates, and no mark
        cypher.write(tx -> {
            tx.update("MATCH (s:Source) DETACH DELETE s", Map.of());
            tx.update(UNMARK, Map.of());
            tx.update(
                    "MATCH (t:Town {code: $code}) REMOVE t.createdAt, t.updatedAt, t.seq, t.divisionCodeVintage",
                    Map.of("code", town));
            return tx.update(
                    "MATCH (p:Provider {id: 'test-so-undated'}) REMOVE p.createdAt, p.updatedAt, p.seq", Map.of());
        });

        assertThat(undated.apply()).isEqualTo(2);

        graphQl()
                .document(DATED)
                .variable("id", "Town:" + town)
                .execute()
                .path("node.createdAt")
                .entity(String.class)
                .isEqualTo(PUBLISHED.get("official"))
                .path("node.updatedAt")
                .entity(String.class)
                .isEqualTo(PUBLISHED.get("official"))
                .path("node.divisionCodeVintage")
                .entity(String.class)
                .isEqualTo("2023");
        // the partner's record is dated by its audit entry: the write that created it
        graphQl()
                .document(DATED)
                .variable("id", "Provider:test-so-undated")
                .execute()
                .path("node.createdAt")
                .entity(String.class)
                .isEqualTo(created)
                .path("node.updatedAt")
                .entity(String.class)
                .isEqualTo(created);
        assertThat(count("MATCH (s:Source) RETURN count(s)", Map.of())).isEqualTo(PUBLISHED.size());
        assertThat(undated.apply()).isZero();
    }

    @Test
    void onceEveryRecordIsDatedALaterStartReadsTheMarkAndScansNothing() {
        String key = key("street-office-dated-once", Set.of(Scope.PROVIDERS), COMMUNITY);
        upsert(key, organisationInGrid("test-so-dated-once", "城中社区一次服务社"), "dated once");
        undated.apply();
        assertThat(count(MARKED, Map.of())).isOne();

        // a record left undated behind the mark (as only an older Linli writing now could) is not looked for
        cypher.write(tx -> tx.update(
                "MATCH (p:Provider {id: 'test-so-dated-once'}) REMOVE p.createdAt, p.updatedAt, p.seq", Map.of()));
        try {
            assertThat(undated.apply()).isZero();
            assertThat(count("MATCH (p:Provider {id: 'test-so-dated-once'}) RETURN count(p.seq)", Map.of()))
                    .isZero();
        } finally {
            // without the mark, the next start scans and dates it, and marks the store again
            cypher.write(tx -> tx.update(UNMARK, Map.of()));
            assertThat(undated.apply()).isOne();
        }
        assertThat(count(MARKED, Map.of())).isOne();
    }

    private String upsert(String apiKey, Map<String, Object> input, String clientMutationId) {
        Map<String, Object> sent = new HashMap<>(input);
        sent.put("clientMutationId", clientMutationId);
        return as(apiKey)
                .document("""
                mutation($input: UpsertProviderInput!) { upsertProvider(input: $input) { provider { updatedAt } } }""")
                .variable("input", sent)
                .execute()
                .path("upsertProvider.provider.updatedAt")
                .entity(String.class)
                .get();
    }

    private long seq(String provider) {
        return count("MATCH (p:Provider {id: $id}) RETURN p.seq", Map.of("id", provider));
    }
}
