package cn.linli.provider;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

import cn.linli.api.GlobalId;
import cn.linli.api.Keys;
import cn.linli.api.errors.BadInputException;
import cn.linli.geo.ChinaCoordinates;
import cn.linli.geo.ClientPositions;
import cn.linli.geo.LonLat;
import cn.linli.graph.Cypher;
import cn.linli.hours.OpeningHours;
import cn.linli.partner.ApiKey;
import cn.linli.place.Place;
import cn.linli.place.PlaceBoundaries;
import cn.linli.privacy.PersonalDetails;
import cn.linli.provider.ProviderInputs.UpsertProviderInput;
import cn.linli.provider.ProviderInputs.UpsertServiceItemInput;
import cn.linli.seed.DerivedProperties;
import cn.linli.write.Writes.Change;

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

    static final String UPSERT_PROVIDER = """
            MERGE (p:Provider {id: $key})
            ON CREATE SET p.provenance = 'partner'
            SET p.name = $name, p.aliases = $aliases, p.kind = $kind, p.level = $level, p.placeCode = $placeCode,
                p.location = point({longitude: $lon, latitude: $lat}), p.address = $address, p.phone = $phone,
                p.hours = $hours, p.capacity = $capacity, p.description = $description
            SET p += $derived
            WITH p
            OPTIONAL MATCH (p)-[old:LOCATED_IN]->(previous) WHERE previous.code <> $placeCode
            DELETE old
            WITH DISTINCT p
            MATCH (place:Place {code: $placeCode})
            MERGE (p)-[:LOCATED_IN]->(place)
            RETURN p, properties(p) AS after""";

    static final String LOCK_ITEM = """
            MATCH (s:ServiceItem {id: $key})
            SET s._lock = true
            REMOVE s._lock
            RETURN s.providerId AS providerId, properties(s) AS before""";

    static final String UPSERT_ITEM = """
            MERGE (s:ServiceItem {id: $key})
            ON CREATE SET s.provenance = 'partner'
            SET s.name = $name, s.category = $category, s.description = $description, s.hours = $hours,
                s.eligibility = $eligibility, s.fee = $fee, s.documents = $documents, s.languages = $languages,
                s.providerId = $providerId
            SET s += $derived
            WITH s
            OPTIONAL MATCH (previous:Provider)-[old:OFFERS]->(s) WHERE previous.id <> $providerId
            DELETE old
            WITH DISTINCT s
            MATCH (p:Provider {id: $providerId})
            MERGE (p)-[:OFFERS]->(s)
            RETURN s, properties(s) AS after""";

    private final DerivedProperties derived;
    private final PlaceBoundaries boundaries;

    ProviderWrites(DerivedProperties derived, PlaceBoundaries boundaries) {
        this.derived = derived;
        this.boundaries = boundaries;
    }

    Change<Provider> upsertProvider(Cypher.Transaction tx, ApiKey caller, UpsertProviderInput input) {
        String key = Keys.check(input.key(), "input.key");
        Map<String, Object> params = new HashMap<>();
        params.put("key", key);
        params.put("name", Keys.text(input.name(), 60, "input.name"));
        List<String> aliases = input.aliases() == null ? List.of() : input.aliases();
        if (aliases.size() > 10) {
            throw new BadInputException("input.aliases", "must be at most 10 names (got " + aliases.size() + ")");
        }
        params.put("aliases", aliases.stream().map(a -> Keys.text(a, 60, "input.aliases")).toList());
        params.put("kind", input.kind());
        params.put("level", input.level());
        String placeCode = input.placeCode() == null ? "" : input.placeCode().strip();
        List<Record> place = tx.run(PLACE, Map.of("code", placeCode));
        if (place.isEmpty()) {
            throw new BadInputException("input.placeCode", "'" + placeCode + "' names no place");
        }
        params.put("placeCode", placeCode);
        LonLat wgs = ClientPositions.toWgs84(input.location().lon(), input.location().lat(), input.location().crs(),
                "input.location");
        boundaries.checkPoint(Place.from(place.get(0).get("place")), wgs, "input.location");
        params.put("lon", wgs.lon());
        params.put("lat", wgs.lat());
        params.put("address", optionalText(input.address(), 120, "input.address"));
        params.put("phone", PersonalDetails.publicLine(input.phone(), "input.phone"));
        params.put("hours", OpeningHours.check(input.hours(), "input.hours"));
        if (input.capacity() != null && input.capacity() < 0) {
            throw new BadInputException("input.capacity", "must not be negative (got " + input.capacity() + ")");
        }
        params.put("capacity", input.capacity());
        params.put("description", optionalText(input.description(), 500, "input.description"));
        params.put("derived", derived.of("Provider", params));

        List<Record> existing = tx.run(LOCK_PROVIDER, Map.of("key", key));
        if (!caller.covers(placeCode)) {
            throw caller.outside("place " + placeCode);
        }
        if (!existing.isEmpty() && !caller.covers(existing.get(0).get("placeCode").asString())) {
            throw caller.outside("Provider:" + key + " (in " + existing.get(0).get("placeCode").asString() + ")");
        }
        Record row = tx.run(UPSERT_PROVIDER, params).get(0);
        return new Change<>(Provider.from(row.get("p")), "Provider", key,
                existing.isEmpty() ? null : existing.get(0).get("before"), row.get("after"));
    }

    Change<ServiceItem> upsertServiceItem(Cypher.Transaction tx, ApiKey caller, UpsertServiceItemInput input) {
        String key = Keys.check(input.key(), "input.key");
        String providerKey = GlobalId.keyOf(input.providerId(), "Provider", "input.providerId");
        Map<String, Object> params = new HashMap<>();
        params.put("key", key);
        params.put("providerId", providerKey);
        params.put("name", Keys.text(input.name(), 60, "input.name"));
        params.put("category", input.category());
        params.put("description", optionalText(input.description(), 500, "input.description"));
        params.put("hours", OpeningHours.check(input.hours(), "input.hours"));
        params.put("eligibility", optionalText(input.eligibility(), 200, "input.eligibility"));
        params.put("fee", optionalText(input.fee(), 100, "input.fee"));
        params.put("documents", texts(input.documents(), 20, "input.documents"));
        params.put("languages", texts(input.languages(), 10, "input.languages"));
        params.put("derived", derived.of("ServiceItem", params));

        List<Record> provider = tx.run(LOCK_PROVIDER, Map.of("key", providerKey));
        if (provider.isEmpty()) {
            throw new BadInputException("input.providerId", "'" + input.providerId() + "' names no provider");
        }
        checkMayWrite(caller, providerKey, provider.get(0).get("placeCode").asString());
        List<Record> existing = tx.run(LOCK_ITEM, Map.of("key", key));
        if (!existing.isEmpty()) {
            String previous = existing.get(0).get("providerId").asString();
            List<Record> previousProvider = tx.run(LOCK_PROVIDER, Map.of("key", previous));
            checkMayWrite(caller, previous, previousProvider.get(0).get("placeCode").asString());
        }
        Record row = tx.run(UPSERT_ITEM, params).get(0);
        return new Change<>(ServiceItem.from(row.get("s")), "ServiceItem", key,
                existing.isEmpty() ? null : existing.get(0).get("before"), row.get("after"));
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
