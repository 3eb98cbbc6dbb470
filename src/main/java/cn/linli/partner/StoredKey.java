package cn.linli.partner;

import cn.linli.api.GlobalId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Value;

/**
 * An API key as the store holds it, minus its secret and the secret's hash: what an operator may see of it.
 * Times are ISO-8601 with offset (+08:00); {@code expiresAt}, {@code lastUsedAt}, {@code revokedAt} and their
 * companions are null while they have not happened.
 */
public record StoredKey(
        String prefix,
        String partner,
        List<Scope> scopes,
        List<String> places,
        String issuedAt,
        String issuedBy,
        String expiresAt,
        String note,
        String lastUsedAt,
        String revokedAt,
        String revokedBy) {

    public static final String TYPE = "ApiKey";

    /** Cypher projection of a key node {@code k}: every property but {@code hash}, which never leaves the store. */
    static final String PROJECTION = """
            k {.prefix, .partner, .scopes, .places, .issuedAt, .issuedBy, .expiresAt, .note, .lastUsedAt, .revokedAt, .revokedBy}""";

    /** Whether a key may be used now. */
    public enum Status {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    /** {@code ApiKey:<prefix>}: the {@code recordId} of the key's audit entries, and what revokeApiKey takes. */
    public String id() {
        return GlobalId.of(TYPE, prefix);
    }

    public Status status(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt != null
                        && !now.isBefore(OffsetDateTime.parse(expiresAt).toInstant())
                ? Status.EXPIRED
                : Status.ACTIVE;
    }

    /** Why the key is refused at {@code now}, if it is. */
    Optional<String> refusal(Instant now) {
        return switch (status(now)) {
            case ACTIVE -> Optional.empty();
            case REVOKED ->
                Optional.of(
                        "The API key " + prefix + " was revoked at " + revokedAt + "; ask the operator for a new one.");
            case EXPIRED ->
                Optional.of("The API key " + prefix + " expired at " + expiresAt + "; ask the operator for a new one.");
        };
    }

    /** The holder, as writes check it. */
    ApiKey caller() {
        return new ApiKey(partner, Set.copyOf(scopes), places);
    }

    /** Maps a {@link #PROJECTION} value. */
    static StoredKey from(Value k) {
        return new StoredKey(
                k.get("prefix").asString(),
                k.get("partner").asString(),
                k.get("scopes").asList(v -> Scope.valueOf(v.asString())),
                k.get("places").asList(Value::asString),
                time(k.get("issuedAt")),
                k.get("issuedBy").asString(null),
                time(k.get("expiresAt")),
                k.get("note").asString(null),
                time(k.get("lastUsedAt")),
                time(k.get("revokedAt")),
                k.get("revokedBy").asString(null));
    }

    private static String time(Value value) {
        return value.isNull() ? null : value.asZonedDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
