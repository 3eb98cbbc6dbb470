package cn.linli.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linli.PartnerTest;
import cn.linli.api.errors.ForbiddenException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Several instances may share one Neo4j. Each remembers a key's lookup for a second at most, so a busy key costs
 * one lookup a second, and a revocation made through one instance holds on every other within a second. A second
 * {@link ApiKeys} on the same database stands for another instance; its clock is the test's.
 */
class KeyLookupTest extends PartnerTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void aKeyRevokedThroughOneInstanceIsRefusedByAnotherOnceItsLookupIsASecondOld() {
        ApiKeys other = new ApiKeys(cypher, new ApiKeySettings(SECOND, Duration.ofMinutes(1)), nanos::get);
        String key = key("community-lookup-revoke", Set.of(Scope.NEEDS), COMMUNITY);
        assertThat(other.caller(key).usable()).isTrue();
        assertThat(apiKeys.caller(key).usable()).isTrue();

        revoke(key);

        assertThat(apiKeys.caller(key).usable())
                .as("the instance that revoked it refuses it at once")
                .isFalse();
        nanos.addAndGet(SECOND.toNanos() - 1);
        assertThat(other.caller(key).usable())
                .as("another trusts its lookup until it is a second old")
                .isTrue();
        nanos.addAndGet(1);
        assertThat(other.caller(key).usable()).isFalse();
        assertThatThrownBy(() -> other.caller(key).require(Scope.NEEDS))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("was revoked at");
    }

    @Test
    void onTheRealClockARevocationHoldsOnAnotherInstanceWithinASecond() throws InterruptedException {
        ApiKeys other = new ApiKeys(cypher, new ApiKeySettings(SECOND, Duration.ofMinutes(1)));
        String key = key("community-lookup-clock", Set.of(Scope.NEEDS), COMMUNITY);
        assertThat(other.caller(key).usable()).isTrue();

        revoke(key);
        long revoked = System.nanoTime();
        while (other.caller(key).usable() && System.nanoTime() - revoked < 5 * SECOND.toNanos()) {
            Thread.sleep(10);
        }
        // A second at most, plus the polling step and a loaded machine's scheduling.
        assertThat(Duration.ofNanos(System.nanoTime() - revoked)).isLessThan(Duration.ofMillis(1300));
    }

    @Test
    void aBusyKeyIsLookedUpOnceASecondAndItsLastUseWrittenOnceAMinute() {
        ApiKeys other = new ApiKeys(cypher, new ApiKeySettings(SECOND, Duration.ofMinutes(1)), nanos::get);
        String key = key("community-lookup-busy", Set.of(Scope.NEEDS), COMMUNITY);
        ZonedDateTime before = ZonedDateTime.now().withNano(0);

        double queries = cypherQueries();
        for (int i = 0; i < 50; i++) {
            assertThat(other.caller(key).usable()).isTrue();
        }
        assertThat(cypherQueries() - queries)
                .as("one lookup, one write of lastUsedAt")
                .isEqualTo(2);
        ZonedDateTime lastUsed = lastUsedAt(key);
        assertThat(lastUsed).isAfterOrEqualTo(before);

        nanos.addAndGet(SECOND.toNanos());
        queries = cypherQueries();
        other.caller(key).usable();
        assertThat(cypherQueries() - queries)
                .as("a second later: a new lookup, no write")
                .isEqualTo(1);

        nanos.addAndGet(Duration.ofMinutes(1).toNanos());
        queries = cypherQueries();
        other.caller(key).usable();
        assertThat(cypherQueries() - queries)
                .as("a minute later: a lookup and a write")
                .isEqualTo(2);
    }

    @Test
    void anInventedKeyIsRememberedAsUnknownToo() {
        ApiKeys other = new ApiKeys(cypher, new ApiKeySettings(SECOND, Duration.ofMinutes(1)), nanos::get);
        double queries = cypherQueries();
        for (int i = 0; i < 20; i++) {
            assertThat(other.caller("linli_invented-by-someone-guessing").usable())
                    .isFalse();
        }
        assertThat(cypherQueries() - queries).isEqualTo(1);
    }

    @Test
    void aKeyIssuedBeforeKeysHadPrefixesGetsOneMadeOfItsHashAndStillWorks() {
        String secret = "linli_issued-by-an-older-linli-without-a-prefix";
        String hash = sha256(secret);
        cypher.write(tx -> tx.update("""
                CREATE (:ApiKey {hash: $hash, partner: 'legacy-partner', scopes: ['NEEDS'], places: [$place], issuedAt: datetime()})""", Map.of("hash", hash, "place", COMMUNITY)));

        apiKeys.giveLegacyKeysAPrefix();

        StoredKey legacy = apiKeys.byPrefix("sha256-" + hash.substring(0, 12)).orElseThrow();
        assertThat(legacy.partner()).isEqualTo("legacy-partner");
        assertThat(legacy.id()).isEqualTo("ApiKey:sha256-" + hash.substring(0, 12));
        assertThat(apiKeys.caller(secret).usable()).isTrue();
    }

    private void revoke(String key) {
        as(adminKey())
                .documentName("apiKeys")
                .operationName("Revoke")
                .variable("input", Map.of("apiKeyId", "ApiKey:" + key.substring(6, 18)))
                .execute()
                .path("revokeApiKey.apiKey.status")
                .entity(String.class)
                .isEqualTo("REVOKED");
    }

    private ZonedDateTime lastUsedAt(String key) {
        return cypher.read(
                        "MATCH (k:ApiKey {prefix: $prefix}) RETURN k.lastUsedAt AS at",
                        Map.of("prefix", key.substring(6, 18)))
                .get(0)
                .get("at")
                .asZonedDateTime();
    }
}
