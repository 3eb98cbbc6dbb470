package cn.linli.keys;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import cn.linli.partner.Scope;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Keys while the service runs: an ADMIN key issues (the secret shown once), lists (never a secret or hash) and
 * revokes them; a revoked or expired key is refused; both mutations are audited without the secret.
 */
class ApiKeyAdministrationTest extends PartnerTest {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final String KEYS_OF = "MATCH (k:ApiKey {partner: $partner}) RETURN count(k)";
    private static final String ALL_KEYS = "MATCH (k:ApiKey) RETURN count(k)";

    @Test
    void anAdminIssuesAKeyThatIsShownOnceWritesInItsPlacesAndIsListedWithoutItsSecretOrHash() {
        String admin = adminKey();
        String partner = "community-keys-issue";
        OffsetDateTime before = OffsetDateTime.now(BEIJING).truncatedTo(ChronoUnit.SECONDS);
        var issued = issue(
                admin,
                Map.of(
                        "clientMutationId",
                        "keys-issue-1",
                        "partner",
                        partner,
                        "scopes",
                        List.of("NEEDS"),
                        "places",
                        List.of(COMMUNITY),
                        "expiresAt",
                        "2098-12-31T16:00:00Z",
                        "note",
                        "测试社区 app"));
        String secret = issued.path("issueApiKey.secret").entity(String.class).get();
        assertThat(secret).matches("linli_[A-Za-z0-9_-]{43}");
        String prefix = secret.substring("linli_".length(), "linli_".length() + 12);
        issued.path("issueApiKey.clientMutationId")
                .entity(String.class)
                .isEqualTo("keys-issue-1")
                .path("issueApiKey.apiKey.id")
                .entity(String.class)
                .isEqualTo("ApiKey:" + prefix)
                .path("issueApiKey.apiKey.prefix")
                .entity(String.class)
                .isEqualTo(prefix)
                .path("issueApiKey.apiKey.partner")
                .entity(String.class)
                .isEqualTo(partner)
                .path("issueApiKey.apiKey.scopes")
                .entityList(String.class)
                .containsExactly("NEEDS")
                .path("issueApiKey.apiKey.places")
                .entityList(String.class)
                .containsExactly(COMMUNITY)
                .path("issueApiKey.apiKey.status")
                .entity(String.class)
                .isEqualTo("ACTIVE")
                .path("issueApiKey.apiKey.issuedBy")
                .entity(String.class)
                .isEqualTo("test-admin")
                // 16:00 UTC on New Year's Eve is midnight in Beijing
                .path("issueApiKey.apiKey.expiresAt")
                .entity(String.class)
                .isEqualTo("2099-01-01T00:00:00+08:00")
                .path("issueApiKey.apiKey.note")
                .entity(String.class)
                .isEqualTo("测试社区 app")
                .path("issueApiKey.apiKey.lastUsedAt")
                .valueIsNull()
                .path("issueApiKey.apiKey.revokedAt")
                .valueIsNull()
                .path("issueApiKey.apiKey.issuedAt")
                .entity(String.class)
                .satisfies(at -> {
                    OffsetDateTime issuedAt = OffsetDateTime.parse(at);
                    assertThat(issuedAt.getOffset()).isEqualTo(BEIJING);
                    assertThat(issuedAt).isBetween(before, OffsetDateTime.now(BEIJING));
                });

        as(secret)
                .documentName("raiseNeed")
                .variable("input", Map.of("title", "楼道灯不亮", "category", "HOUSING", "gridCode", GRID))
                .execute()
                .path("raiseNeed.need.status")
                .entity(String.class)
                .isEqualTo("OPEN");

        var listed = list(admin, partner, null);
        listed.path("apiKeys.totalCount")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("apiKeys.edges[0].node.prefix")
                .entity(String.class)
                .isEqualTo(prefix)
                .path("apiKeys.edges[0].node.note")
                .entity(String.class)
                .isEqualTo("测试社区 app")
                .path("apiKeys.edges[0].node.lastUsedAt")
                .entity(String.class)
                .satisfies(at -> assertThat(OffsetDateTime.parse(at)).isAfterOrEqualTo(before));
        assertThat(listed.returnResponse().toMap().toString())
                .doesNotContain(secret)
                .doesNotContain(sha256(secret))
                .doesNotContain(secret.substring(20));
    }

    @Test
    void onlyAnAdminKeyIssuesListsOrRevokesKeys() {
        String community = key("community-keys-forbidden", Set.of(Scope.NEEDS), COMMUNITY);
        String target = "ApiKey:" + prefixOf(community);
        long keys = count(ALL_KEYS, Map.of());
        Map<String, Object> issue = Map.of("partner", "someone-else", "scopes", List.of("ADMIN"));

        for (GraphQlTester tester : List.of(as(community), graphQl())) {
            forbidden(tester.documentName("apiKeys")
                    .operationName("Issue")
                    .variable("input", issue)
                    .execute());
            forbidden(tester.documentName("apiKeys").operationName("List").execute());
            forbidden(tester.documentName("apiKeys")
                    .operationName("Revoke")
                    .variable("input", Map.of("apiKeyId", target))
                    .execute());
        }
        assertThat(count(ALL_KEYS, Map.of())).isEqualTo(keys);
        list(adminKey(), "community-keys-forbidden", null)
                .path("apiKeys.edges[0].node.status")
                .entity(String.class)
                .isEqualTo("ACTIVE");
    }

    @Test
    void aRevokedKeyIsRefusedAndARepeatedRevocationKeepsTheFirst() {
        String admin = adminKey();
        String partner = "community-keys-revoke";
        String key = key(partner, Set.of(Scope.NEEDS), COMMUNITY);
        raiseNeedWith(key).path("raiseNeed.need.status").entity(String.class).isEqualTo("OPEN");

        OffsetDateTime before = OffsetDateTime.now(BEIJING).truncatedTo(ChronoUnit.SECONDS);
        var revoked = revoke(admin, Map.of("clientMutationId", "keys-revoke-1", "apiKeyId", "ApiKey:" + prefixOf(key)));
        revoked.path("revokeApiKey.clientMutationId")
                .entity(String.class)
                .isEqualTo("keys-revoke-1")
                .path("revokeApiKey.apiKey.status")
                .entity(String.class)
                .isEqualTo("REVOKED")
                .path("revokeApiKey.apiKey.revokedBy")
                .entity(String.class)
                .isEqualTo("test-admin");
        String revokedAt = revoked.path("revokeApiKey.apiKey.revokedAt")
                .entity(String.class)
                .get();
        assertThat(OffsetDateTime.parse(revokedAt)).isBetween(before, OffsetDateTime.now(BEIJING));

        raiseNeedWith(key).errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "FORBIDDEN");
            assertThat(errors.get(0).getMessage())
                    .isEqualTo("The API key " + prefixOf(key) + " was revoked at " + revokedAt
                            + "; ask the operator for a new one.");
        });

        revoke(admin, Map.of("apiKeyId", "ApiKey:" + prefixOf(key)))
                .path("revokeApiKey.apiKey.revokedAt")
                .entity(String.class)
                .isEqualTo(revokedAt);
        list(admin, partner, true)
                .path("apiKeys.totalCount")
                .entity(Integer.class)
                .isEqualTo(1);
        list(admin, partner, false)
                .path("apiKeys.totalCount")
                .entity(Integer.class)
                .isEqualTo(0);
    }

    @Test
    void aKeyPastItsExpiryIsRefused() throws InterruptedException {
        String partner = "community-keys-expiry";
        OffsetDateTime expiry =
                OffsetDateTime.now(BEIJING).truncatedTo(ChronoUnit.SECONDS).plusSeconds(3);
        String secret = issue(
                        adminKey(),
                        Map.of(
                                "partner",
                                partner,
                                "scopes",
                                List.of("NEEDS"),
                                "places",
                                List.of(COMMUNITY),
                                "expiresAt",
                                expiry.toString()))
                .path("issueApiKey.secret")
                .entity(String.class)
                .get();
        raiseNeedWith(secret).path("raiseNeed.need.status").entity(String.class).isEqualTo("OPEN");

        Thread.sleep(Math.max(0, Duration.between(OffsetDateTime.now(), expiry).toMillis()) + 100);
        raiseNeedWith(secret).errors().satisfy(errors -> {
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "FORBIDDEN");
            assertThat(errors.get(0).getMessage())
                    .isEqualTo("The API key " + prefixOf(secret) + " expired at "
                            + expiry.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                            + "; ask the operator for a new one.");
        });
        list(adminKey(), partner, false)
                .path("apiKeys.edges[0].node.status")
                .entity(String.class)
                .isEqualTo("EXPIRED");
    }

    @Test
    void aRetriedIssueIssuesNoSecondKeyAndCannotShowTheSecretAgain() {
        String admin = adminKey();
        String partner = "community-keys-retry";
        Map<String, Object> input = Map.of(
                "clientMutationId",
                "keys-retry-1",
                "partner",
                partner,
                "scopes",
                List.of("NEEDS"),
                "places",
                List.of(COMMUNITY));
        var first = issue(admin, input);
        String id = first.path("issueApiKey.apiKey.id").entity(String.class).get();
        first.path("issueApiKey.secret")
                .entity(String.class)
                .satisfies(secret -> assertThat(secret).startsWith("linli_"));

        issue(admin, input)
                .path("issueApiKey.secret")
                .valueIsNull()
                .path("issueApiKey.apiKey.id")
                .entity(String.class)
                .isEqualTo(id)
                .path("issueApiKey.apiKey.status")
                .entity(String.class)
                .isEqualTo("ACTIVE");
        assertThat(count(KEYS_OF, Map.of("partner", partner))).isEqualTo(1);
        assertThat(count("MATCH (a:AuditEntry {recordId: $id}) RETURN count(a)", Map.of("id", id)))
                .isEqualTo(1);

        Map<String, Object> other = new HashMap<>(input);
        other.put("scopes", List.of("RESOURCES"));
        badInput(issue(admin, other), "input.clientMutationId");
    }

    @Test
    void bothMutationsAreAuditedWithWhatTheListShowsButNeitherSecretNorHash() {
        String admin = adminKey();
        var issued = issue(
                admin,
                Map.of(
                        "clientMutationId",
                        "keys-audit-1",
                        "partner",
                        "community-keys-audit",
                        "scopes",
                        List.of("NEEDS"),
                        "places",
                        List.of(COMMUNITY),
                        "note",
                        "审计测试"));
        String secret = issued.path("issueApiKey.secret").entity(String.class).get();
        String id = issued.path("issueApiKey.apiKey.id").entity(String.class).get();
        revoke(admin, Map.of("clientMutationId", "keys-audit-2", "apiKeyId", id));

        var log = as(admin).document("""
                query($id: ID) { auditLog(recordId: $id, first: 5) {
                  totalCount edges { node { partner mutation recordId clientMutationId before after } } } }""").variable("id", id).execute();
        log.path("auditLog.totalCount")
                .entity(Integer.class)
                .isEqualTo(2)
                .path("auditLog.edges[*].node.mutation")
                .entityList(String.class)
                .containsExactly("revokeApiKey", "issueApiKey")
                .path("auditLog.edges[*].node.partner")
                .entityList(String.class)
                .containsExactly("test-admin", "test-admin")
                .path("auditLog.edges[*].node.clientMutationId")
                .entityList(String.class)
                .containsExactly("keys-audit-2", "keys-audit-1")
                .path("auditLog.edges[1].node.before")
                .valueIsNull()
                .path("auditLog.edges[1].node.after")
                .entity(String.class)
                .satisfies(after -> assertThat(after)
                        .contains("\"prefix\":\"" + prefixOf(secret) + "\"")
                        .contains("\"partner\":\"community-keys-audit\"")
                        .contains("\"scopes\":[\"NEEDS\"]")
                        .contains("\"places\":[\"" + COMMUNITY + "\"]")
                        .contains("\"note\":\"审计测试\"")
                        .contains("\"expiresAt\":null")
                        .doesNotContain("hash"))
                .path("auditLog.edges[0].node.before")
                .entity(String.class)
                .satisfies(b -> assertThat(b).contains("\"revokedAt\":null"))
                .path("auditLog.edges[0].node.after")
                .entity(String.class)
                .satisfies(a -> assertThat(a).contains("\"revokedBy\":\"test-admin\""));
        assertThat(log.returnResponse().toMap().toString())
                .doesNotContain(secret)
                .doesNotContain(sha256(secret))
                .doesNotContain(secret.substring(20));
    }

    @Test
    void badInputNamesTheFieldAndIssuesNothing() {
        String admin = adminKey();
        long keys = count(ALL_KEYS, Map.of());
        Map<String, Object> valid =
                Map.of("partner", "community-keys-bad", "scopes", List.of("NEEDS"), "places", List.of(COMMUNITY));
        badInput(issue(admin, with(valid, "places", List.of("511402999999"))), "input.places", "511402999999");
        badInput(issue(admin, with(valid, "places", List.of())), "input.places");
        badInput(issue(admin, with(valid, "scopes", List.of())), "input.scopes");
        badInput(issue(admin, with(valid, "partner", "has spaces")), "input.partner");
        badInput(issue(admin, with(valid, "note", "长".repeat(201))), "input.note", "200");
        badInput(issue(admin, with(valid, "expiresAt", "2020-01-01T00:00:00+08:00")), "input.expiresAt", "future");
        badInput(
                issue(admin, with(valid, "expiresAt", "next Tuesday")), "input.expiresAt", "2027-01-01T00:00:00+08:00");
        assertThat(count(ALL_KEYS, Map.of())).isEqualTo(keys);

        badInput(revoke(admin, Map.of("apiKeyId", "Need:wish-0001")), "input.apiKeyId");
        revoke(admin, Map.of("apiKeyId", "ApiKey:no-such-key1"))
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND"));
    }

    private GraphQlTester.Response issue(String admin, Map<String, Object> input) {
        return as(admin)
                .documentName("apiKeys")
                .operationName("Issue")
                .variable("input", input)
                .execute();
    }

    private GraphQlTester.Response revoke(String admin, Map<String, Object> input) {
        return as(admin)
                .documentName("apiKeys")
                .operationName("Revoke")
                .variable("input", input)
                .execute();
    }

    private GraphQlTester.Response list(String admin, String partner, Boolean revoked) {
        return as(admin)
                .documentName("apiKeys")
                .operationName("List")
                .variable("partner", partner)
                .variable("revoked", revoked)
                .execute();
    }

    private GraphQlTester.Response raiseNeedWith(String key) {
        return as(key).documentName("raiseNeed")
                .variable("input", Map.of("title", "修理单元门", "category", "HOUSING", "gridCode", GRID))
                .execute();
    }

    private static String prefixOf(String secret) {
        return secret.substring(6, 18);
    }

    private static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(input);
        changed.put(field, value);
        return changed;
    }

    private static void forbidden(GraphQlTester.Response response) {
        response.errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "FORBIDDEN");
        });
    }

    private static void badInput(GraphQlTester.Response response, String field, String... inMessage) {
        response.errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions())
                    .containsEntry("code", "BAD_USER_INPUT")
                    .containsEntry("field", field);
            for (String part : inMessage) {
                assertThat(errors.get(0).getMessage()).contains(part);
            }
        });
    }
}
