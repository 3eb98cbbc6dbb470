package cn.linli.keys;

import cn.linli.partner.Scope;
import cn.linli.partner.StoredKey;
import java.util.List;

/** Inputs and payloads of the key mutations, as schema/keys.graphqls declares them. */
final class KeyInputs {

    private KeyInputs() {}

    record IssueApiKeyInput(
            String clientMutationId,
            String partner,
            List<Scope> scopes,
            List<String> places,
            String expiresAt,
            String note) {}

    /** {@code secret} is null on a retry: the key was issued by the first attempt and cannot be shown again. */
    record IssueApiKeyPayload(String clientMutationId, String secret, StoredKey apiKey) {}

    record RevokeApiKeyInput(String clientMutationId, String apiKeyId) {}

    record RevokeApiKeyPayload(String clientMutationId, StoredKey apiKey) {}
}
