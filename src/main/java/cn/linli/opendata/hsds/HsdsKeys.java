package cn.linli.opendata.hsds;

import cn.linli.graph.Cypher;
import cn.linli.opendata.DataVersion;
import cn.linli.opendata.OpenDataSettings;
import cn.linli.opendata.hsds.HsdsTables.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * From an HSDS id back to the Linli key it was made from, and where each page of the API's lists begins. A name-based
 * UUID cannot be reversed, so the ids of all providers and service items are computed once per version of the data
 * ({@link DataVersion}: any write or import makes a new one) and kept until the next: one read of the version per
 * lookup, one scan of the keys per version. The same scan keeps the keys in order, so that page N of a list is found
 * by its position ({@link #inOrder}) and read from the key before it by an index seek, without skipping N − 1 pages.
 */
@Component
class HsdsKeys {

    static final String KEYS = """
            CALL () {
                MATCH (p:Provider) WHERE p.id IS NOT NULL RETURN 'provider' AS kind, p.id AS key
                UNION ALL
                MATCH (s:ServiceItem) WHERE s.id IS NOT NULL RETURN 'item' AS kind, s.id AS key
            }
            RETURN kind, key ORDER BY kind, key""";

    /** A version's ids and, per source, its keys in the order the pages' queries read them (Cypher's). */
    private record Snapshot(String version, Map<String, String> keys, Map<Source, List<String>> ordered) {}

    private final Cypher cypher;
    private final DataVersion version;
    private final OpenDataSettings settings;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(new Snapshot("", Map.of(), Map.of()));

    HsdsKeys(Cypher cypher, DataVersion version, OpenDataSettings settings) {
        this.cypher = cypher;
        this.version = version;
        this.settings = settings;
    }

    /** The Linli key of the record of HSDS table {@code table} (organization, location, service, service_at_location) with id {@code id}. */
    Optional<String> key(String table, String id) {
        return Optional.ofNullable(current().keys().get(table + ":" + id));
    }

    /** Every key of {@code source} (providers or service items) in key order, as of the current data version. */
    List<String> inOrder(Source source) {
        return current().ordered().getOrDefault(source, List.of());
    }

    private Snapshot current() {
        String now = version.current().etag();
        Snapshot known = snapshot.get();
        if (known.version().equals(now)) {
            return known;
        }
        Map<String, String> keys = new HashMap<>();
        Map<Source, List<String>> ordered =
                Map.of(Source.PROVIDERS, new ArrayList<>(), Source.ITEMS, new ArrayList<>());
        cypher.stream(KEYS, Map.of(), settings.exportTimeout(), record -> {
            String key = record.get("key").asString();
            boolean provider = record.get("kind").asString().equals("provider");
            ordered.get(provider ? Source.PROVIDERS : Source.ITEMS).add(key);
            for (String table : provider
                    ? new String[] {"organization", "location"}
                    : new String[] {"service", "service_at_location"}) {
                keys.put(table + ":" + HsdsIds.of(table, key), key);
            }
        });
        Snapshot fresh = new Snapshot(now, keys, ordered);
        snapshot.set(fresh);
        return fresh;
    }
}
