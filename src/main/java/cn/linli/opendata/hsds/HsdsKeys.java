package cn.linli.opendata.hsds;

import cn.linli.graph.Cypher;
import cn.linli.opendata.DataVersion;
import cn.linli.opendata.OpenDataSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * From an HSDS id back to the Linli key it was made from. A name-based UUID cannot be reversed, so the ids of all
 * providers and service items are computed once per version of the data ({@link DataVersion}: any write or import
 * makes a new one) and kept until the next: one read of the version per lookup, one scan of the keys per version.
 */
@Component
class HsdsKeys {

    static final String KEYS = """
            MATCH (p:Provider) WHERE p.id IS NOT NULL RETURN 'provider' AS kind, p.id AS key
            UNION ALL
            MATCH (s:ServiceItem) WHERE s.id IS NOT NULL RETURN 'item' AS kind, s.id AS key""";

    private record Snapshot(String version, Map<String, String> keys) {}

    private final Cypher cypher;
    private final DataVersion version;
    private final OpenDataSettings settings;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(new Snapshot("", Map.of()));

    HsdsKeys(Cypher cypher, DataVersion version, OpenDataSettings settings) {
        this.cypher = cypher;
        this.version = version;
        this.settings = settings;
    }

    /** The Linli key of the record of HSDS table {@code table} (organization, location, service, service_at_location) with id {@code id}. */
    Optional<String> key(String table, String id) {
        return Optional.ofNullable(current().get(table + ":" + id));
    }

    private Map<String, String> current() {
        String now = version.current().etag();
        Snapshot known = snapshot.get();
        if (known.version().equals(now)) {
            return known.keys();
        }
        Map<String, String> keys = new HashMap<>();
        cypher.stream(KEYS, Map.of(), settings.exportTimeout(), record -> {
            String key = record.get("key").asString();
            boolean provider = record.get("kind").asString().equals("provider");
            for (String table : provider
                    ? new String[] {"organization", "location"}
                    : new String[] {"service", "service_at_location"}) {
                keys.put(table + ":" + HsdsIds.of(table, key), key);
            }
        });
        snapshot.set(new Snapshot(now, keys));
        return keys;
    }
}
