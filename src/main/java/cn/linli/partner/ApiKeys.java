package cn.linli.partner;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import cn.linli.api.Sha256;
import cn.linli.api.errors.BadInputException;
import cn.linli.api.errors.ForbiddenException;
import cn.linli.api.http.IssuedKeys;
import cn.linli.graph.Cypher;
import graphql.GraphQLContext;

/**
 * Issues API keys and recognises them. Only the SHA-256 of a key is stored (as an {@code :ApiKey} node);
 * the key itself is shown once, when issued. 32 random bytes make guessing hopeless, so an unsalted
 * hash is enough and lets a key be found by an index lookup.
 */
@Component
public class ApiKeys implements IssuedKeys {

    /** Where {@link ApiKeyInterceptor} puts the {@code X-API-Key} header in the GraphQL context. */
    public static final String CONTEXT_KEY = "linli.apiKey";

    static final String ISSUE = """
            CREATE (k:ApiKey {hash: $hash, partner: $partner, scopes: $scopes, places: $places, issuedAt: datetime()})""";

    static final String FIND = "MATCH (k:ApiKey {hash: $hash}) RETURN k";

    static final String MISSING_PLACES = """
            UNWIND $places AS code
            OPTIONAL MATCH (p:Place {code: code})
            WITH code, p WHERE p IS NULL
            RETURN collect(code) AS missing""";

    private static final Pattern PARTNER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Cypher cypher;
    private final SecureRandom random = new SecureRandom();

    public ApiKeys(Cypher cypher) {
        this.cypher = cypher;
    }

    /** Stores a new key for {@code partner} and returns it: the only time it is ever seen. */
    public String issue(String partner, Set<Scope> scopes, List<String> places) {
        if (partner == null || !PARTNER.matcher(partner).matches()) {
            throw new BadInputException("partner", "must be 1-64 letters, digits, '.', '_' or '-' (e.g. a provider id such as dept-01)");
        }
        if (scopes.isEmpty()) {
            throw new BadInputException("scopes", "must name at least one of " + EnumSet.allOf(Scope.class));
        }
        if (places.isEmpty() && !scopes.contains(Scope.ADMIN)) {
            throw new BadInputException("places", "must name at least one place code the key may write under (e.g. 511402)");
        }
        List<String> missing = cypher.read(MISSING_PLACES, Map.of("places", places)).get(0).get("missing")
                .asList(Value::asString);
        if (!missing.isEmpty()) {
            throw new BadInputException("places", "names no place: " + String.join(", ", missing));
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = "linli_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        List<String> scopeNames = scopes.stream().map(Scope::name).sorted().toList();
        cypher.write(tx -> tx.update(ISSUE, Map.of("hash", hash(key), "partner", partner, "scopes", scopeNames,
                "places", places)));
        return key;
    }

    @Override
    public boolean issued(String key) {
        return find(key).isPresent();
    }

    public Optional<ApiKey> find(String key) {
        return cypher.read(FIND, Map.of("hash", hash(key))).stream().map(r -> r.get("k")).findFirst()
                .map(k -> new ApiKey(k.get("partner").asString(),
                        Set.copyOf(k.get("scopes").asList(v -> Scope.valueOf(v.asString()))),
                        k.get("places").asList(Value::asString)));
    }

    /** The caller's key from the request, if it is valid and may write {@code scope}; otherwise FORBIDDEN. */
    public ApiKey require(GraphQLContext context, Scope scope) {
        String key = context.get(CONTEXT_KEY);
        if (key == null || key.isBlank()) {
            throw new ForbiddenException("This needs an API key: send it in the HTTP header X-API-Key.");
        }
        ApiKey caller = find(key.strip()).orElseThrow(() -> new ForbiddenException("The API key is not valid."));
        if (!caller.allows(scope)) {
            throw new ForbiddenException("The API key of " + caller.partner() + " may not write " + scope
                    + "; its scopes are " + caller.scopes() + ".");
        }
        return caller;
    }

    static String hash(String key) {
        return Sha256.hex(key);
    }
}
