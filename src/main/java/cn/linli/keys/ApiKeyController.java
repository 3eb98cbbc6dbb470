package cn.linli.keys;

import cn.linli.api.GlobalId;
import cn.linli.api.errors.NotFoundException;
import cn.linli.api.paging.Connection;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.PagingSettings;
import cn.linli.keys.KeyInputs.IssueApiKeyInput;
import cn.linli.keys.KeyInputs.IssueApiKeyPayload;
import cn.linli.keys.KeyInputs.RevokeApiKeyInput;
import cn.linli.keys.KeyInputs.RevokeApiKeyPayload;
import cn.linli.partner.ApiKeys;
import cn.linli.partner.ApiKeys.KeyChange;
import cn.linli.partner.Caller;
import cn.linli.partner.Scope;
import cn.linli.partner.StoredKey;
import cn.linli.write.Writes;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Keys while the service runs, for ADMIN keys: issue, revoke, list. Both mutations go the way of every write
 * ({@link Writes}: scope check, one transaction, idempotency receipt, audit entry); the key Cypher is
 * {@link ApiKeys}'s. The audit entries hold what {@code apiKeys} shows of a key, never its secret or hash.
 */
@Controller
class ApiKeyController {

    private final Writes writes;
    private final ApiKeys keys;
    private final PagingSettings paging;

    ApiKeyController(Writes writes, ApiKeys keys, PagingSettings paging) {
        this.writes = writes;
        this.keys = keys;
        this.paging = paging;
    }

    @MutationMapping
    IssueApiKeyPayload issueApiKey(
            @Argument IssueApiKeyInput input,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        KeyChange issued = writes.run(
                caller,
                request("issueApiKey", input.clientMutationId(), input),
                (tx, apiKey) -> {
                    ApiKeys.Grant grant = new ApiKeys.Grant(
                            input.partner(),
                            scopes(input.scopes()),
                            input.places() == null ? List.of() : input.places(),
                            ApiKeys.expiry(input.expiresAt(), "input.expiresAt"),
                            input.note());
                    return change(keys.issue(tx, grant, apiKey.partner(), "input."));
                },
                this::replay);
        return new IssueApiKeyPayload(input.clientMutationId(), issued.secret(), issued.key());
    }

    @MutationMapping
    RevokeApiKeyPayload revokeApiKey(
            @Argument RevokeApiKeyInput input,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        String prefix = GlobalId.keyOf(input.apiKeyId(), StoredKey.TYPE, "input.apiKeyId");
        KeyChange revoked = writes.run(
                caller,
                request("revokeApiKey", input.clientMutationId(), input),
                (tx, apiKey) -> change(keys.revoke(tx, prefix, apiKey.partner())),
                this::replay);
        // After the commit: a lookup made here while the revocation ran must not be trusted for another second.
        keys.recheckAll();
        return new RevokeApiKeyPayload(input.clientMutationId(), revoked.key());
    }

    @QueryMapping
    Connection<StoredKey> apiKeys(
            @Argument String partner,
            @Argument Boolean revoked,
            @Argument Integer first,
            @Argument String after,
            @Argument Integer last,
            @Argument String before,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        Caller.orNobody(caller).require(Scope.ADMIN);
        return keys.list(partner, revoked, PageRequest.of(ApiKeys.NEWEST, first, after, last, before, paging));
    }

    @SchemaMapping(typeName = "ApiKey")
    StoredKey.Status status(StoredKey key) {
        return key.status(Instant.now());
    }

    private static Writes.Request request(String mutation, String clientMutationId, Object input) {
        // Keys are in no read cache: nothing to evict.
        return new Writes.Request(mutation, clientMutationId, input, Scope.ADMIN, Set.of());
    }

    private static Writes.Change<KeyChange> change(KeyChange change) {
        return new Writes.Change<>(change, StoredKey.TYPE, change.key().prefix(), change.before(), change.after());
    }

    /** A retry answers the key the first attempt wrote, as it is now; its secret is gone for good. */
    private KeyChange replay(String prefix) {
        StoredKey key =
                keys.byPrefix(prefix).orElseThrow(() -> new NotFoundException("The API key " + prefix + " is gone."));
        return new KeyChange(null, key, null, null);
    }

    private static Set<Scope> scopes(List<Scope> scopes) {
        return scopes == null || scopes.isEmpty() ? Set.of() : EnumSet.copyOf(scopes);
    }
}
