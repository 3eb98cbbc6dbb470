package cn.linli.partner;

import cn.linli.api.errors.ForbiddenException;
import cn.linli.api.errors.UnavailableException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Who sent a request: the key of its {@code X-API-Key} header as it is stored, looked up once per request by
 * {@link CallerInterceptor} and kept in the GraphQL context under {@link #CONTEXT_KEY}. Mutations and the admin
 * queries take it with {@code @ContextValue} and ask {@link #require} what the key may do; nothing looks the key
 * up again. The key's state is judged when it is used (an expiry holds to the second), its lookup only once.
 */
public final class Caller {

    /** Where {@link CallerInterceptor} puts the caller in the GraphQL context. */
    public static final String CONTEXT_KEY = "linli.caller";

    /** A request without a key, or one that did not come over HTTP (the engine run directly has no header). */
    public static final Caller NOBODY = new Caller(null, null, null);

    /** SHA-256 of the key sent; null when none was. */
    private final String hash;
    /** The key stored under that hash; null when none is (or it could not be looked up). */
    private final StoredKey stored;
    /** Set when the key could not be looked up because the database did not answer. */
    private final UnavailableException lookupFailure;

    private Caller(String hash, StoredKey stored, UnavailableException lookupFailure) {
        this.hash = hash;
        this.stored = stored;
        this.lookupFailure = lookupFailure;
    }

    static Caller looked(String hash, Optional<StoredKey> stored) {
        return new Caller(hash, stored.orElse(null), null);
    }

    static Caller unresolved(String hash, UnavailableException failure) {
        return new Caller(hash, null, failure);
    }

    /** {@code caller}, or {@link #NOBODY} when the context held none. */
    public static Caller orNobody(Caller caller) {
        return caller == null ? NOBODY : caller;
    }

    /** SHA-256 of the key sent (hex), or null without one: how the key's rate budget is named. */
    public String hash() {
        return hash;
    }

    /** A key was sent, is stored, and is neither revoked nor expired now. */
    public boolean usable() {
        return stored != null && stored.status(Instant.now()) == StoredKey.Status.ACTIVE;
    }

    /**
     * The caller's key, if it may be used now and allows {@code scope}; otherwise FORBIDDEN, or UNAVAILABLE when
     * the database could not be asked about it.
     */
    public ApiKey require(Scope scope) {
        return require(Set.of(scope));
    }

    /**
     * The caller's key, if it may be used now and allows one of {@code scopes} (a step that more than one role may
     * take; the feature then checks which role the key acts in); otherwise as {@link #require(Scope)}.
     */
    public ApiKey require(Set<Scope> scopes) {
        if (hash == null) {
            throw new ForbiddenException("This needs an API key: send it in the HTTP header X-API-Key.");
        }
        if (lookupFailure != null) {
            throw new UnavailableException(lookupFailure.getMessage(), lookupFailure);
        }
        if (stored == null) {
            throw new ForbiddenException("The API key is not valid.");
        }
        Optional<String> refusal = stored.refusal(Instant.now());
        if (refusal.isPresent()) {
            throw new ForbiddenException(refusal.get());
        }
        ApiKey caller = stored.caller();
        if (scopes.stream().noneMatch(caller::allows)) {
            throw new ForbiddenException("The API key of " + caller.partner() + " may not write "
                    + String.join(
                            " or ", scopes.stream().map(Scope::name).sorted().toList()) + "; its scopes are "
                    + caller.scopes() + ".");
        }
        return caller;
    }
}
