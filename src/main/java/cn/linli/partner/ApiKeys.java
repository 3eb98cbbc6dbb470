package cn.linli.partner;

import cn.linli.api.Sha256;
import cn.linli.api.errors.BadInputException;
import cn.linli.api.errors.NotFoundException;
import cn.linli.api.errors.UnavailableException;
import cn.linli.api.paging.Connection;
import cn.linli.api.paging.KeyType;
import cn.linli.api.paging.ListOrder;
import cn.linli.api.paging.ListQuery;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.SortKey;
import cn.linli.graph.Cypher;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Issues, recognises, revokes and lists API keys: all the Cypher about {@code :ApiKey} nodes. Only the SHA-256 of
 * a key is stored; the key itself is shown once, when issued. 32 random bytes make guessing hopeless, so an
 * unsalted hash is enough and lets a key be found by an index lookup.
 *
 * <p>A request's key is looked up once ({@link #caller}, by {@link CallerInterceptor}), and the lookup is remembered
 * per instance for {@link ApiKeySettings#recheckAfter()} (1 s): a busy partner sends many requests a second, and
 * the store is asked at most once a second per key. That bound is also how long a revocation made through another
 * instance (several may run against one Neo4j) can take to hold here. The lookups are the Caffeine metrics of cache
 * {@value #METRICS_NAME} ({@code cache.gets}: hits answered from memory, misses by the store).
 */
@Component
public class ApiKeys implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);

    /** Who issued the keys made on the command line ({@code --issue-key}) rather than through the API. */
    public static final String COMMAND_LINE = "--issue-key";

    /** Every key starts so; the {@link #PREFIX_LENGTH} characters after it are the key's public prefix. */
    static final String START = "linli_";

    static final int PREFIX_LENGTH = 12;

    private static final String NOW = "datetime.truncate('second', datetime.transaction('+08:00'))";

    static final String ISSUE = """
            CREATE (k:ApiKey {hash: $hash, prefix: $prefix, partner: $partner, scopes: $scopes, places: $places,
                              issuedAt: %s, issuedBy: $issuedBy, expiresAt: $expiresAt, note: $note})
            RETURN %s AS key""".formatted(NOW, StoredKey.PROJECTION);

    static final String FIND = "MATCH (k:ApiKey {hash: $hash}) RETURN %s AS key".formatted(StoredKey.PROJECTION);

    static final String BY_PREFIX =
            "MATCH (k:ApiKey {prefix: $prefix}) RETURN %s AS key".formatted(StoredKey.PROJECTION);

    /** Takes the key's write lock before reading it, so of two revocations the second sees the first's. */
    static final String LOCK = """
            MATCH (k:ApiKey {prefix: $prefix})
            SET k._lock = true
            REMOVE k._lock
            RETURN %s AS key""".formatted(StoredKey.PROJECTION);

    static final String REVOKE = """
            MATCH (k:ApiKey {prefix: $prefix})
            SET k.revokedAt = %s, k.revokedBy = $revokedBy
            RETURN %s AS key""".formatted(NOW, StoredKey.PROJECTION);

    static final String TOUCH = "MATCH (k:ApiKey {hash: $hash}) SET k.lastUsedAt = " + NOW;

    /** Newest first; the prefix (unique) orders keys issued in the same second. */
    static final String LIST = ListQuery.of("""
            MATCH (k:ApiKey)
            WHERE ($partner IS NULL OR k.partner = $partner) AND ($revoked IS NULL OR (k.revokedAt IS NOT NULL) = $revoked)""", "k", StoredKey.PROJECTION, "k");

    /** Newest first; keys issued in the same second by prefix. */
    public static final ListOrder NEWEST = ListOrder.of(
            "Query.apiKeys",
            "NEWEST",
            SortKey.descending("k.issuedAt", KeyType.DATETIME),
            SortKey.ascending("k.prefix", KeyType.STRING));

    /**
     * Keys issued before keys had a prefix: theirs is made from the stored hash, since the key itself is not
     * stored. {@code -} after {@code sha256} and the length (19) keep it apart from every real prefix.
     */
    static final String LEGACY_PREFIXES = """
            MATCH (k:ApiKey) WHERE k.prefix IS NULL
            SET k.prefix = 'sha256-' + left(k.hash, 12)
            RETURN count(k) AS upgraded""";

    static final String MISSING_PLACES = """
            UNWIND $places AS code
            OPTIONAL MATCH (p:Place {code: code})
            WITH code, p WHERE p IS NULL
            RETURN collect(code) AS missing""";

    private static final Pattern PARTNER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int NOTE_LENGTH = 200;
    /** China has no daylight saving: +08:00 all year. */
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    /** Bounded, so that requests with invented keys cannot grow the memory of lookups. */
    private static final int REMEMBERED = 10_000;

    static final String METRICS_NAME = "linli.api-keys";

    private final Cypher cypher;
    private final SecureRandom random = new SecureRandom();
    /** Lookups by hash, found or not, each trusted for {@code recheckAfter}. */
    private final Cache<String, Optional<StoredKey>> recent;
    /** Hashes whose {@code lastUsedAt} this instance wrote less than {@code lastUsedEvery} ago. */
    private final Cache<String, Boolean> touched;

    @Autowired
    public ApiKeys(Cypher cypher, ApiKeySettings settings) {
        this(cypher, settings, Ticker.systemTicker());
    }

    /** With a ticker of the test's own: time passes when the test says so. */
    ApiKeys(Cypher cypher, ApiKeySettings settings, Ticker ticker) {
        this.cypher = cypher;
        this.recent = Caffeine.newBuilder()
                .ticker(ticker)
                .maximumSize(REMEMBERED)
                .expireAfterWrite(settings.recheckAfter())
                .recordStats()
                .build();
        this.touched = Caffeine.newBuilder()
                .ticker(ticker)
                .maximumSize(REMEMBERED)
                .expireAfterWrite(settings.lastUsedEvery())
                .build();
    }

    /** What a new key may do, as its issuer asks for it (checked by {@link #issue}); null expiry and note: none. */
    public record Grant(
            String partner, Set<Scope> scopes, List<String> places, OffsetDateTime expiresAt, String note) {}

    /**
     * One key written inside a transaction: the key as it is now, its properties before and after for the audit
     * log (without the hash), and the key itself, only in the change that issued it.
     */
    public record KeyChange(String secret, StoredKey key, Value before, Value after) {}

    /**
     * Checks {@code grant} and stores a new key inside {@code tx}. Input errors name the field as
     * {@code fields + name}, e.g. {@code input.places} or {@code --places}.
     */
    public KeyChange issue(Cypher.Transaction tx, Grant grant, String issuedBy, String fields) {
        String partner = grant.partner();
        if (partner == null || !PARTNER.matcher(partner).matches()) {
            throw new BadInputException(
                    fields + "partner",
                    "must be 1-64 letters, digits, '.', '_' or '-' (e.g. a provider id such as dept-01)");
        }
        if (grant.scopes().isEmpty()) {
            throw new BadInputException(fields + "scopes", "must name at least one of " + EnumSet.allOf(Scope.class));
        }
        List<String> places = grant.places();
        if (places.isEmpty() && !grant.scopes().contains(Scope.ADMIN)) {
            throw new BadInputException(
                    fields + "places", "must name at least one place code the key may write under (e.g. 511402)");
        }
        List<String> missing = tx.run(MISSING_PLACES, Map.of("places", places))
                .get(0)
                .get("missing")
                .asList(Value::asString);
        if (!missing.isEmpty()) {
            throw new BadInputException(fields + "places", "names no place: " + String.join(", ", missing));
        }
        String note = grant.note() == null || grant.note().isBlank()
                ? null
                : grant.note().strip();
        if (note != null && note.length() > NOTE_LENGTH) {
            throw new BadInputException(
                    fields + "note", "must be at most " + NOTE_LENGTH + " characters (got " + note.length() + ")");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String body = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String secret = START + body;
        Map<String, Object> params = new HashMap<>();
        params.put("hash", hash(secret));
        params.put("prefix", body.substring(0, PREFIX_LENGTH));
        params.put("partner", partner);
        params.put("scopes", grant.scopes().stream().map(Scope::name).sorted().toList());
        params.put("places", places);
        params.put("issuedBy", issuedBy);
        params.put(
                "expiresAt",
                grant.expiresAt() == null ? null : grant.expiresAt().withOffsetSameInstant(BEIJING));
        params.put("note", note);
        // A prefix already taken (72 random bits: practically never) fails the unique constraint and the whole write.
        Value stored = tx.run(ISSUE, params).get(0).get("key");
        return new KeyChange(secret, StoredKey.from(stored), null, stored);
    }

    /** {@link #issue(Cypher.Transaction, Grant, String, String)} in a transaction of its own, as {@code --issue-key} needs it. */
    public KeyChange issue(Grant grant, String issuedBy, String fields) {
        return cypher.write(tx -> issue(tx, grant, issuedBy, fields));
    }

    /** A key without expiry or note, as {@code --issue-key} makes it (for tests to set up partners); returns the key. */
    public String issue(String partner, Set<Scope> scopes, List<String> places) {
        return issue(new Grant(partner, scopes, places, null, null), COMMAND_LINE, "")
                .secret();
    }

    /**
     * An expiry as a client writes it: ISO-8601 with offset ({@code 2027-01-01T00:00:00+08:00}) or without
     * (read in China Standard Time); it must lie ahead. Blank: none.
     */
    public static OffsetDateTime expiry(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        OffsetDateTime expiry;
        try {
            expiry = OffsetDateTime.parse(text.strip());
        } catch (DateTimeParseException withoutOffset) {
            try {
                expiry = LocalDateTime.parse(text.strip()).atOffset(BEIJING);
            } catch (DateTimeParseException e) {
                throw new BadInputException(
                        field, "must be an ISO date-time such as 2027-01-01T00:00:00+08:00 (got '" + text + "')");
            }
        }
        if (!expiry.toInstant().isAfter(Instant.now())) {
            throw new BadInputException(field, "must lie in the future (got " + text + ")");
        }
        return expiry;
    }

    /**
     * Revokes the key with this prefix inside {@code tx}. A key revoked already stays as it was (its first
     * revocation), so a repeated revocation changes nothing.
     */
    public KeyChange revoke(Cypher.Transaction tx, String prefix, String revokedBy) {
        List<Record> found = tx.run(LOCK, Map.of("prefix", prefix));
        if (found.isEmpty()) {
            throw new NotFoundException("No API key has the prefix " + prefix + "; the apiKeys query lists them.");
        }
        Value before = found.get(0).get("key");
        Value after = before.get("revokedAt").isNull()
                ? tx.run(REVOKE, Map.of("prefix", prefix, "revokedBy", revokedBy))
                        .get(0)
                        .get("key")
                : before;
        return new KeyChange(null, StoredKey.from(after), before, after);
    }

    /**
     * Forgets every key this instance has looked up, so that the next request with any key asks the store.
     * Called after a revocation commits: a lookup made while it ran must not be trusted for another second here.
     */
    public void recheckAll() {
        recent.invalidateAll();
    }

    public Optional<StoredKey> byPrefix(String prefix) {
        return cypher.read(BY_PREFIX, Map.of("prefix", prefix)).stream()
                .map(r -> StoredKey.from(r.get("key")))
                .findFirst();
    }

    /** Keys newest first, without secrets; {@code partner} and {@code revoked} filter when not null. */
    public Connection<StoredKey> list(String partner, Boolean revoked, PageRequest page) {
        Map<String, Object> params = new HashMap<>(page.parameters());
        params.put("partner", partner);
        params.put("revoked", revoked);
        return page.connection(cypher.read(page.cypher(LIST), params).get(0), StoredKey::from);
    }

    /**
     * The caller that sent {@code key} (an {@code X-API-Key} header; null or blank: none), looked up once; a key
     * that may be used now has its use recorded. During a database outage the caller is unresolved: it gets no
     * budget of its own, and what needs its key answers UNAVAILABLE.
     */
    public Caller caller(String key) {
        if (key == null || key.isBlank()) {
            return Caller.NOBODY;
        }
        String hash = hash(key.strip());
        Caller caller;
        try {
            caller = Caller.looked(hash, lookup(hash));
        } catch (UnavailableException e) {
            return Caller.unresolved(hash, e);
        }
        if (caller.usable()) {
            touch(hash);
        }
        return caller;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, recent, METRICS_NAME);
    }

    @EventListener(ApplicationStartedEvent.class)
    void giveLegacyKeysAPrefix() {
        // The first write of a start, maybe on a new store (tokens created) of a busy machine: not bounded like a
        // request.
        long upgraded = cypher.write(
                tx -> tx.run(LEGACY_PREFIXES, Map.of()).get(0).get("upgraded").asLong(), Duration.ofMinutes(1));
        if (upgraded > 0) {
            log.info(
                    "{} API keys issued before keys had prefixes now have one: sha256- and 12 hex digits of their hash",
                    upgraded);
        }
    }

    private Optional<StoredKey> lookup(String hash) {
        return recent.get(
                hash,
                h -> cypher.read(FIND, Map.of("hash", h)).stream()
                        .map(r -> StoredKey.from(r.get("key")))
                        .findFirst());
    }

    /** Writes {@code lastUsedAt} unless this instance did so within {@code lastUsedEvery}. */
    private void touch(String hash) {
        if (touched.asMap().putIfAbsent(hash, Boolean.TRUE) != null) {
            return;
        }
        try {
            cypher.write(tx -> tx.update(TOUCH, Map.of("hash", hash)));
        } catch (RuntimeException e) {
            // Bookkeeping only: a request is not refused because its key's last use could not be noted.
            touched.invalidate(hash);
            log.warn("Could not note the use of an API key: {}", e.getMessage());
        }
    }

    static String hash(String key) {
        return Sha256.hex(key);
    }
}
