package cn.linli.write;

import cn.linli.api.GlobalId;
import cn.linli.api.Sha256;
import cn.linli.api.errors.BadInputException;
import cn.linli.audit.AuditLog;
import cn.linli.cache.CacheRegion;
import cn.linli.cache.ReadCaches;
import cn.linli.graph.ChangeLog;
import cn.linli.graph.Cypher;
import cn.linli.partner.ApiKey;
import cn.linli.partner.Caller;
import cn.linli.partner.Scope;
import cn.linli.privacy.PersonalDetails;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way a mutation writes: check the caller's key and scope (the {@link Caller} its request was resolved to,
 * once, before the engine ran), then in ONE transaction replay or do the work, record the audit entry, the client
 * mutation id's receipt and a new generation of the cache regions the write affects (so every instance's caches
 * learn of it through the database). Anything thrown inside rolls all of it back.
 *
 * <p>Before anything is written, every text of the input is screened for personal details ({@link PersonalDetails}):
 * what partners write is public.
 *
 * <p>Idempotency: a receipt {@code (:MutationReceipt {key: partner + clientMutationId})} is MERGEd first.
 * Its uniqueness constraint makes a concurrent retry wait for the first attempt's commit; a retry then finds
 * the receipt and returns the record written the first time (as it is now), writing nothing.
 */
@Component
public class Writes {

    static final String RECEIPT = """
            MERGE (r:MutationReceipt {key: $key})
            ON CREATE SET r.state = 'NEW', r.mutation = $mutation, r.input = $input, r.at = datetime.transaction('+08:00')
            RETURN r.state AS state, r.mutation AS mutation, r.input AS input, r.recordKey AS recordKey""";

    static final String COMPLETE_RECEIPT =
            "MATCH (r:MutationReceipt {key: $key}) SET r.state = 'DONE', r.recordKey = $recordKey";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Input fields that name records, not texts: {@code needId}, {@code placeCode}, {@code gridCodes}, {@code clientMutationId}. */
    private static final Pattern REFERENCE = Pattern.compile(".*(Id|Code|Codes)");
    /**
     * Control characters other than tab and line breaks: NUL and the like end up in the export's CSV and in clients'
     * text fields, where they cut or corrupt what follows (a NUL byte makes grep call events.csv binary).
     */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
    /** A client's retry id is a key, not a text: a UUID is 36 characters. */
    static final int CLIENT_MUTATION_ID_MAX = 100;

    private final Cypher cypher;
    private final AuditLog audit;
    private final ReadCaches caches;

    public Writes(Cypher cypher, AuditLog audit, ReadCaches caches) {
        this.cypher = cypher;
        this.audit = audit;
        this.caches = caches;
    }

    /**
     * @param mutation         the GraphQL field, e.g. {@code claimNeed}
     * @param clientMutationId the client's id for retries (may be null: then a retry writes again)
     * @param input            the input as sent; a retry must send the same
     * @param scopes           what the key must allow: one of them
     * @param affects          cache regions this write makes stale
     */
    public record Request(
            String mutation, String clientMutationId, Object input, Set<Scope> scopes, Set<CacheRegion> affects) {

        /** A write that one scope allows. */
        public Request(String mutation, String clientMutationId, Object input, Scope scope, Set<CacheRegion> affects) {
            this(mutation, clientMutationId, input, Set.of(scope), affects);
        }
    }

    /** The work of one mutation, inside its transaction. */
    @FunctionalInterface
    public interface Work<T> {
        Change<T> apply(Cypher.Transaction tx, ApiKey caller);
    }

    /**
     * What the work wrote: the record to return, its GraphQL type and key, and its properties before and
     * after (Neo4j values; {@code before} null when created).
     */
    public record Change<T>(T record, String type, String key, Value before, Value after) {}

    private record Outcome<T>(T record, String replayedKey) {}

    /**
     * Runs {@code work} for {@code sender} (null: a request without a caller, refused as one without a key), or on
     * a retry returns {@code reload} of the record the first attempt wrote.
     */
    public <T> T run(Caller sender, Request request, Work<T> work, Function<String, T> reload) {
        ApiKey caller = Caller.orNobody(sender).require(request.scopes());
        JsonNode fields = JSON.valueToTree(request.input());
        refuseControlCharacters(fields, "input");
        if (request.clientMutationId() != null && request.clientMutationId().length() > CLIENT_MUTATION_ID_MAX) {
            throw new BadInputException(
                    "input.clientMutationId",
                    "must be at most " + CLIENT_MUTATION_ID_MAX + " characters (got "
                            + request.clientMutationId().length() + ")");
        }
        screen(fields, "input");
        String receipt =
                request.clientMutationId() == null ? null : caller.partner() + "\u0000" + request.clientMutationId();
        String input = fingerprint(request.input());
        Outcome<T> outcome = cypher.write(tx -> {
            if (receipt != null) {
                Record found = tx.run(RECEIPT, Map.of("key", receipt, "mutation", request.mutation(), "input", input))
                        .get(0);
                if (found.get("state").asString().equals("DONE")) {
                    checkSameRequest(found, request, input);
                    return new Outcome<T>(null, found.get("recordKey").asString());
                }
            }
            // the number every record this write changes is stamped with; taken first, so writes number in commit order
            tx.update(ChangeLog.NEXT, Map.of());
            Change<T> change = work.apply(tx, caller);
            audit.record(
                    tx,
                    new AuditLog.Written(
                            caller.partner(),
                            request.mutation(),
                            GlobalId.of(change.type(), change.key()),
                            request.clientMutationId(),
                            change.before(),
                            change.after()));
            if (receipt != null) {
                tx.update(COMPLETE_RECEIPT, Map.of("key", receipt, "recordKey", change.key()));
            }
            caches.evict(tx, request.affects());
            return new Outcome<>(change.record(), null);
        });
        if (outcome.replayedKey() != null) {
            return reload.apply(outcome.replayedKey());
        }
        return outcome.record();
    }

    private static void checkSameRequest(Record receipt, Request request, String input) {
        if (!receipt.get("mutation").asString().equals(request.mutation())
                || !receipt.get("input").asString().equals(input)) {
            throw new BadInputException(
                    "input.clientMutationId",
                    "'" + request.clientMutationId()
                            + "' was already used by this key for another request ("
                            + receipt.get("mutation").asString()
                            + "); a retry must repeat the same mutation and input, a new request needs a new id");
        }
    }

    /**
     * Every text of the input, at any depth (lists, nested inputs), screened for personal details: what partners
     * write is public. Errors name the field as {@code input.title}, {@code input.aliases}. Not screened: fields
     * that name existing records ({@code needId}, {@code claimantId}, {@code gridCodes}, ...: their keys were
     * screened when written, and a generated UUID may hold eleven digits in a row) and {@code clientMutationId},
     * which is never published.
     */
    private static void screen(JsonNode node, String field) {
        if (node.isString()) {
            PersonalDetails.screen(node.asString(), field);
        } else if (node.isArray()) {
            node.forEach(element -> screen(element, field));
        } else if (node.isObject()) {
            node.properties().stream()
                    .filter(property -> !REFERENCE.matcher(property.getKey()).matches())
                    .forEach(property -> screen(property.getValue(), field + "." + property.getKey()));
        }
    }

    /** Every string of the input, references and the client's id too, without control characters (but tab and line breaks). */
    private static void refuseControlCharacters(JsonNode node, String field) {
        if (node.isString()) {
            Matcher control = CONTROL.matcher(node.asString());
            if (control.find()) {
                throw new BadInputException(
                        field,
                        "contains the control character U+%04X at position %d; send text without control characters"
                                .formatted((int) control.group().charAt(0), control.start() + 1));
            }
        } else if (node.isArray()) {
            node.forEach(element -> refuseControlCharacters(element, field));
        } else if (node.isObject()) {
            node.properties()
                    .forEach(property -> refuseControlCharacters(property.getValue(), field + "." + property.getKey()));
        }
    }

    /** SHA-256 of the input as JSON: compares a retry with the first attempt without storing the input. */
    private static String fingerprint(Object input) {
        Map<String, Object> holder = new HashMap<>();
        holder.put("input", input);
        return Sha256.hex(JSON.writeValueAsString(holder));
    }
}
