package cn.linli.provider;

import cn.linli.api.GlobalId;
import cn.linli.api.Keys;
import cn.linli.api.errors.BadInputException;
import cn.linli.api.errors.NotFoundException;
import cn.linli.geo.ClientPositions;
import cn.linli.geo.LonLat;
import cn.linli.graph.ChangeLog;
import cn.linli.graph.Cypher;
import cn.linli.hours.OpeningHours;
import cn.linli.partner.ApiKey;
import cn.linli.place.Place;
import cn.linli.place.PlaceBoundaries;
import cn.linli.privacy.PersonalDetails;
import cn.linli.provider.ProviderInputs.DeleteServiceItemInput;
import cn.linli.provider.ProviderInputs.UpsertProviderInput;
import cn.linli.provider.ProviderInputs.UpsertServiceItemInput;
import cn.linli.seed.DerivedProperties;
import cn.linli.write.Writes.Change;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/** The Cypher and the rules of provider and service item upserts; each runs inside the mutation's transaction. */
@Component
class ProviderWrites {

    /** Locks the provider, if it exists (dummy property), and reads it. */
    static final String LOCK_PROVIDER = """
            MATCH (p:Provider {id: $key})
            SET p._lock = true
            REMOVE p._lock
            RETURN p.placeCode AS placeCode, properties(p) AS before""";

    static final String PLACE = "MATCH (x:Place {code: $code}) RETURN x" + Place.FIELDS + " AS place";

    /** {@code $row} has the columns of a providers.csv row (but provenance): written as the seed writes one. */
    static final String UPSERT_PROVIDER = Provider.PROPERTIES.upsert("Provider", Provider.LOCATED_IN);

    static final String LOCK_ITEM = """
            MATCH (s:ServiceItem {id: $key})
            SET s._lock = true
            REMOVE s._lock
            RETURN s.providerId AS providerId, properties(s) AS before""";

    /** {@code $row} has the columns of a service_items.csv row (but provenance): written as the seed writes one. */
    static final String UPSERT_ITEM = ServiceItem.PROPERTIES.upsert("ServiceItem", ServiceItem.OFFERED_BY);

    /** Deletes the item; {@link ChangeLog#TOMBSTONE} then tells the feed it is gone. */
    static final String DELETE_ITEM = "MATCH (s:ServiceItem {id: $key}) DETACH DELETE s";

    private final DerivedProperties derived;
    private final PlaceBoundaries boundaries;

    ProviderWrites(DerivedProperties derived, PlaceBoundaries boundaries) {
        this.derived = derived;
        this.boundaries = boundaries;
    }

    Change<Provider> upsertProvider(Cypher.Transaction tx, ApiKey caller, UpsertProviderInput input) {
        String key = Keys.check(input.key(), "input.key");
        Map<String, Object> row = new HashMap<>();
        row.put("id", key);
        row.put("name", Keys.text(input.name(), 60, "input.name"));
        List<String> aliases = input.aliases() == null ? List.of() : input.aliases();
        if (aliases.size() > 10) {
            throw new BadInputException("input.aliases", "must be at most 10 names (got " + aliases.size() + ")");
        }
        row.put(
                "alias",
                aliases.stream().map(a -> Keys.text(a, 60, "input.aliases")).toList());
        row.put("kind", input.kind());
        row.put("level", input.level());
        String placeCode = input.placeCode() == null ? "" : input.placeCode().strip();
        List<Record> place = tx.run(PLACE, Map.of("code", placeCode));
        if (place.isEmpty()) {
            throw new BadInputException("input.placeCode", "'" + placeCode + "' names no place");
        }
        row.put("place_code", placeCode);
        LonLat wgs = ClientPositions.toWgs84(
                input.location().lon(), input.location().lat(), input.location().crs(), "input.location");
        boundaries.checkPoint(Place.from(place.get(0).get("place")), wgs, "input.location");
        row.put("lon", wgs.lon());
        row.put("lat", wgs.lat());
        row.put("address", optionalText(input.address(), 120, "input.address"));
        row.put("phone", PersonalDetails.publicLine(input.phone(), "input.phone"));
        row.put("hours", OpeningHours.check(input.hours(), "input.hours"));
        if (input.capacity() != null && input.capacity() < 0) {
            throw new BadInputException("input.capacity", "must not be negative (got " + input.capacity() + ")");
        }
        row.put("capacity", input.capacity());
        row.put("description", optionalText(input.description(), 500, "input.description"));

        List<Record> existing = tx.run(LOCK_PROVIDER, Map.of("key", key));
        if (!caller.covers(placeCode)) {
            throw caller.outside("place " + placeCode);
        }
        if (!existing.isEmpty()
                && !caller.covers(existing.get(0).get("placeCode").asString())) {
            throw caller.outside("Provider:" + key + " (in "
                    + existing.get(0).get("placeCode").asString() + ")");
        }
        Record written = tx.run(
                        UPSERT_PROVIDER,
                        Map.of("row", row, "derived", derived.of("Provider", Provider.PROPERTIES.stored(row))))
                .get(0);
        return new Change<>(
                Provider.from(written.get("n")),
                "Provider",
                key,
                existing.isEmpty() ? null : existing.get(0).get("before"),
                written.get("after"));
    }

    Change<ServiceItem> upsertServiceItem(Cypher.Transaction tx, ApiKey caller, UpsertServiceItemInput input) {
        String key = Keys.check(input.key(), "input.key");
        String providerKey = GlobalId.keyOf(input.providerId(), "Provider", "input.providerId");
        Map<String, Object> row = new HashMap<>();
        row.put("id", key);
        row.put("provider_id", providerKey);
        row.put("name", Keys.text(input.name(), 60, "input.name"));
        row.put("category", input.category());
        row.put("description", optionalText(input.description(), 500, "input.description"));
        row.put("hours", OpeningHours.check(input.hours(), "input.hours"));
        row.put("eligibility", optionalText(input.eligibility(), 200, "input.eligibility"));
        row.put("fee", optionalText(input.fee(), 100, "input.fee"));
        row.put("documents", texts(input.documents(), 20, "input.documents"));
        row.put("languages", texts(input.languages(), 10, "input.languages"));

        List<Record> provider = tx.run(LOCK_PROVIDER, Map.of("key", providerKey));
        if (provider.isEmpty()) {
            throw new BadInputException("input.providerId", "'" + input.providerId() + "' names no provider");
        }
        checkMayWrite(caller, providerKey, provider.get(0).get("placeCode").asString());
        List<Record> existing = tx.run(LOCK_ITEM, Map.of("key", key));
        if (!existing.isEmpty()) {
            String previous = existing.get(0).get("providerId").asString();
            List<Record> previousProvider = tx.run(LOCK_PROVIDER, Map.of("key", previous));
            checkMayWrite(
                    caller, previous, previousProvider.get(0).get("placeCode").asString());
        }
        Record written = tx.run(
                        UPSERT_ITEM,
                        Map.of("row", row, "derived", derived.of("ServiceItem", ServiceItem.PROPERTIES.stored(row))))
                .get(0);
        return new Change<>(
                ServiceItem.from(written.get("n")),
                "ServiceItem",
                key,
                existing.isEmpty() ? null : existing.get(0).get("before"),
                written.get("after"));
    }

    /** Deletes an item the key may write, leaving a tombstone for the change feed. */
    Change<String> deleteServiceItem(Cypher.Transaction tx, ApiKey caller, DeleteServiceItemInput input) {
        String key = GlobalId.keyOf(input.itemId(), "ServiceItem", "input.itemId");
        List<Record> existing = tx.run(LOCK_ITEM, Map.of("key", key));
        if (existing.isEmpty()) {
            throw new NotFoundException("No service item has the id " + input.itemId() + ".");
        }
        String providerKey = existing.get(0).get("providerId").asString();
        List<Record> provider = tx.run(LOCK_PROVIDER, Map.of("key", providerKey));
        checkMayWrite(caller, providerKey, provider.get(0).get("placeCode").asString());
        String id = GlobalId.of("ServiceItem", key);
        tx.update(DELETE_ITEM, Map.of("key", key));
        tx.update(ChangeLog.TOMBSTONE, Map.of("id", id, "type", "ServiceItem"));
        return new Change<>(id, "ServiceItem", key, existing.get(0).get("before"), null);
    }

    /** A key writes the items of its own partner's provider, or of providers located in its places. */
    private static void checkMayWrite(ApiKey caller, String providerKey, String placeCode) {
        if (!providerKey.equals(caller.partner()) && !caller.covers(placeCode)) {
            throw caller.outside("Provider:" + providerKey + " (in " + placeCode + ")");
        }
    }

    private static String optionalText(String value, int max, String field) {
        return value == null ? null : Keys.text(value, max, field);
    }

    private static List<String> texts(List<String> values, int max, String field) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > max) {
            throw new BadInputException(field, "must be at most " + max + " entries (got " + values.size() + ")");
        }
        return values.stream().map(v -> Keys.text(v, 60, field)).toList();
    }
}
