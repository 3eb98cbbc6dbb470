package cn.linli.opendata.hsds;

import static cn.linli.opendata.Field.formatted;
import static cn.linli.opendata.Field.of;
import static cn.linli.opendata.Field.string;

import cn.linli.api.Timestamps;
import cn.linli.api.paging.KeyType;
import cn.linli.api.paging.ListOrder;
import cn.linli.api.paging.SortKey;
import cn.linli.geo.ChinaCoordinates;
import cn.linli.geo.LonLat;
import cn.linli.opendata.Field;
import cn.linli.opendata.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Linli's directory as the tables of HSDS 3.0 (docs/HSDS.md has the mapping): each table's fields (HSDS's, then
 * Linli's extensions, prefixed {@code linli_}) and the Cypher that reads its rows, whole (for NDJSON and CSV) or for
 * some records (for the nested documents of the API). A query starts from providers ({@code p}) or service items
 * ({@code s}); {@link Source} puts either the whole label or {@code $keys} in front of it.
 */
@Component
class HsdsTables {

    /**
     * Where a query's rows come from: every record of a label in key order, or those whose key is in {@code $keys};
     * {@code order} is the key order, by the unique index of {@code id}, in which pages are read.
     */
    enum Source {
        PROVIDERS("p", "Provider"),
        ITEMS("s", "ServiceItem"),
        NONE(null, null);

        private final String variable;
        private final String all;
        private final String some;
        private final ListOrder order;

        Source(String variable, String label) {
            this.variable = variable;
            this.all = label == null ? "" : "MATCH (%s:%s) WHERE %1$s.id IS NOT NULL".formatted(variable, label);
            this.some = label == null ? "" : "MATCH (%s:%s) WHERE %1$s.id IN $keys".formatted(variable, label);
            this.order = label == null
                    ? null
                    : ListOrder.of("hsds:" + label, "ID", SortKey.ascending(variable + ".id", KeyType.STRING));
        }

        ListOrder order() {
            return order;
        }
    }

    /** One query of a table: its source, the rest of its Cypher, and how a record becomes rows. */
    record Query(Source source, String cypher, Function<Record, List<Map<String, Object>>> rows) {

        String all() {
            return source.all + "\n" + cypher;
        }

        String some() {
            return source.some + "\n" + cypher;
        }

        /**
         * A page of {@link #all}: the records after a key, in key order, with the markers of
         * {@link cn.linli.api.paging.PageRequest#cypher}: a seek in the id's index, however deep the page lies.
         */
        String page() {
            return source.all + "\n  AND {keyset}\nWITH " + source.variable + " ORDER BY {orderBy} LIMIT $fetch\n"
                    + cypher;
        }
    }

    /** An HSDS table: the fields of its CSV (and of its JSON objects) and its queries. */
    record HsdsTable(String name, String path, String description, List<Field> fields, List<Query> queries) {}

    static final String ORGANIZATIONS = """
            RETURN p.id AS key, p.name AS name, p.aliases AS aliases, p.description AS description, p.kind AS kind,
                   p.level AS level, p.provenance AS provenance
            ORDER BY p.id""";

    static final String LOCATIONS = """
            RETURN p.id AS key, p.name AS name, p.location.x AS lon, p.location.y AS lat, p.placeCode AS placeCode
            ORDER BY p.id""";

    // A provider's phone is an organisation's public line (privacy.PersonalDetails), several separated by 、.
    static final String PHONES = """
              AND p.phone IS NOT NULL
            RETURN p.id AS key, p.phone AS phone
            ORDER BY p.id""";

    // The city and district of an address from the code's prefix (codes nest: docs/ARCHITECTURE.md), by index seek.
    static final String ADDRESSES = """
              AND p.address IS NOT NULL
            OPTIONAL MATCH (city:Place {code: left(p.placeCode, 4) + '00'})
            OPTIONAL MATCH (district:Place {code: left(p.placeCode, 6)})
            RETURN p.id AS key, p.address AS address, p.placeCode AS placeCode, city.name AS city, district.name AS district
            ORDER BY p.id""";

    // HSDS's last_modified is when "the service, or any related information about it" changed: the item, its provider
    // (organization, location, address, phones, the hours an item without its own follows) or what the provider
    // SERVES (service areas), whichever changed last.
    static final String SERVICES = """
            OPTIONAL MATCH (p:Provider {id: s.providerId})
            CALL (p) {
                OPTIONAL MATCH (p)-[served:SERVES]->(:Place)
                RETURN max(served.updatedAt) AS areasChanged
            }
            RETURN s.id AS key, s.providerId AS provider, s.name AS name, s.description AS description, s.fee AS fee,
                   s.eligibility AS eligibility, s.category AS category, s.hours AS hours, s.provenance AS provenance,
                   reduce(latest = s.updatedAt, t IN [p.updatedAt, areasChanged] |
                          CASE WHEN t > latest THEN t ELSE latest END) AS lastModified
            ORDER BY s.id""";

    static final String SERVICE_AT_LOCATIONS = """
            RETURN s.id AS key, s.providerId AS provider
            ORDER BY s.id""";

    // An item without hours of its own keeps its provider's (schema/service.graphqls, ServiceItem.hours).
    static final String SERVICE_SCHEDULES = """
            OPTIONAL MATCH (p:Provider {id: s.providerId})
            RETURN s.id AS key, coalesce(s.hours, p.hours) AS hours,
                   CASE WHEN s.hours IS NULL THEN p.openWeek ELSE s.openWeek END AS week
            ORDER BY s.id""";

    static final String LOCATION_SCHEDULES = """
            RETURN p.id AS key, p.hours AS hours, p.openWeek AS week
            ORDER BY p.id""";

    static final String SERVICE_AREAS = """
            MATCH (p:Provider {id: s.providerId})-[:SERVES]->(place:Place)
            RETURN s.id AS key, place.code AS code, place.name AS name, place.level AS level
            ORDER BY s.id, place.code""";

    static final String SERVICE_ATTRIBUTES = """
            RETURN s.id AS key, s.category AS term
            ORDER BY s.id""";

    static final String ORGANIZATION_ATTRIBUTES = """
            RETURN p.id AS key, p.kind AS term
            ORDER BY p.id""";

    static final String STATIC = "UNWIND $rows AS row RETURN row";

    private static final Map<String, String> LEVEL_NAMES =
            Map.of("CITY", "市", "DISTRICT", "区/县", "TOWN", "乡镇/街道", "COMMUNITY", "社区/村", "GRID", "网格");

    private static final Field LINLI_ID = string("linli_id", "Linli's global id of the record (GraphQL node(id:))");
    private static final Field PROVENANCE =
            string("linli_provenance", "official, article, synthetic or partner (docs/OPEN_DATA.md)");

    private final Taxonomies taxonomies;
    private final Map<String, HsdsTable> tables = new LinkedHashMap<>();

    HsdsTables(Taxonomies taxonomies) {
        this.taxonomies = taxonomies;
        add(new HsdsTable(
                "organizations",
                "organizations.csv",
                "Every Linli provider: who delivers the services.",
                List.of(
                        formatted("id", "string", "uuid", "HSDS id"),
                        string("name", "name"),
                        string("alternate_name", "other names, separated by 、"),
                        string("description", "description; the provider kind's name where the provider has none"),
                        LINLI_ID,
                        string("linli_kind", "ProviderKind"),
                        string("linli_level", "ProviderLevel"),
                        PROVENANCE),
                List.of(new Query(Source.PROVIDERS, ORGANIZATIONS, this::organization))));
        add(new HsdsTable(
                "locations",
                "locations.csv",
                "Each provider's point: where its services are delivered.",
                List.of(
                        formatted("id", "string", "uuid", "HSDS id"),
                        string("location_type", "physical"),
                        formatted("organization_id", "string", "uuid", "the organization"),
                        string("name", "name"),
                        of("latitude", "number", "WGS-84"),
                        of("longitude", "number", "WGS-84"),
                        LINLI_ID,
                        string(
                                "linli_division_code",
                                "code of the place (grid, community, town or district) it lies in"),
                        string("linli_grid_code", "the grid it lies in, where it lies in one"),
                        of("linli_gcj02_latitude", "number", "GCJ-02 latitude (Amap, Tencent, WeChat maps)"),
                        of("linli_gcj02_longitude", "number", "GCJ-02 longitude")),
                List.of(new Query(Source.PROVIDERS, LOCATIONS, this::location))));
        add(new HsdsTable(
                "services",
                "services.csv",
                "Every Linli service item (服务事项).",
                List.of(
                        formatted("id", "string", "uuid", "HSDS id"),
                        formatted("organization_id", "string", "uuid", "the organization"),
                        string("name", "name"),
                        string("description", "description"),
                        string("status", "active"),
                        string("fees_description", "what it costs (免费 where Linli records no fee)"),
                        string("eligibility_description", "who may use it"),
                        of(
                                "last_modified",
                                "datetime",
                                "when it or what HSDS relates to it (organization, location, service areas) last changed"),
                        LINLI_ID,
                        string("linli_category", "ServiceCategory"),
                        string(
                                "linli_hours",
                                "opening hours, OpenStreetMap opening_hours (its provider's where it has none)"),
                        PROVENANCE),
                List.of(new Query(Source.ITEMS, SERVICES, this::service))));
        add(new HsdsTable(
                "service_at_locations",
                "service_at_location.csv",
                "Each service at its provider's location.",
                List.of(
                        formatted("id", "string", "uuid", "HSDS id"),
                        formatted("service_id", "string", "uuid", "the service"),
                        formatted("location_id", "string", "uuid", "the location")),
                List.of(new Query(Source.ITEMS, SERVICE_AT_LOCATIONS, this::serviceAtLocation))));
        add(new HsdsTable(
                "phones",
                "phones.csv",
                "Public lines of organisations, at their locations.",
                List.of(
                        formatted("id", "string", "uuid", "HSDS id"),
                        formatted("organization_id", "string", "uuid", "the organization"),
                        formatted("location_id", "string", "uuid", "its location"),
                        string("number", "the number as published"),
                        string("type", "voice")),
                List.of(new Query(Source.PROVIDERS, PHONES, this::phones))));
        add(new HsdsTable(
                "addresses",
                "addresses.csv",
                "Street addresses of locations.",
                List.of(
                        formatted("id", "string", "uuid", "HSDS id"),
                        formatted("location_id", "string", "uuid", "the location"),
                        string("address_1", "street address as published"),
                        string("city", "city (市)"),
                        string("region", "district or county (区/县)"),
                        string("state_province", "province, from the division code's first two digits (51: 四川省)"),
                        string("postal_code", "empty: Linli records no postal codes"),
                        string("country", "ISO 3166-1: CN"),
                        string("address_type", "physical"),
                        string("linli_division_code", "code of the place it lies in")),
                List.of(new Query(Source.PROVIDERS, ADDRESSES, this::address))));
        add(new HsdsTable(
                "schedules",
                "schedules.csv",
                "Weekly opening slots of services and locations.",
                List.of(
                        formatted("id", "string", "uuid", "HSDS id"),
                        formatted("service_id", "string", "uuid", "the service"),
                        formatted("location_id", "string", "uuid", "the location"),
                        string("freq", "WEEKLY"),
                        string("byday", "days (RFC 5545): MO,TU,..."),
                        of("opens_at", "string", "HH:MM+08:00"),
                        of("closes_at", "string", "HH:MM+08:00 (24:00: midnight)"),
                        string("description", "the opening hours in OpenStreetMap syntax, public holidays included")),
                List.of(
                        new Query(Source.ITEMS, SERVICE_SCHEDULES, r -> schedules(r, "service_id", "service")),
                        new Query(
                                Source.PROVIDERS, LOCATION_SCHEDULES, r -> schedules(r, "location_id", "location")))));
        add(new HsdsTable(
                "service_areas",
                "service_areas.csv",
                "The grids and communities a service's provider serves.",
                List.of(
                        formatted("id", "string", "uuid", "HSDS id"),
                                formatted("service_id", "string", "uuid", "the service"),
                        string("name", "the place's name"), string("description", "its level and division code"),
                        string("linli_division_code", "the place's code"), string("linli_level", "GRID or COMMUNITY")),
                List.of(new Query(Source.ITEMS, SERVICE_AREAS, this::serviceArea))));
        add(new HsdsTable(
                "taxonomies",
                "taxonomies.csv",
                "Linli's classifications.",
                List.of(
                        formatted("id", "string", "uuid", "HSDS id"),
                        string("name", "name"),
                        string("description", "description"),
                        string("version", "version")),
                List.of(new Query(Source.NONE, STATIC, HsdsTables::staticRow))));
        add(new HsdsTable(
                "taxonomy_terms",
                "taxonomy_terms.csv",
                "Service categories and provider kinds.",
                List.of(
                        formatted("id", "string", "uuid", "HSDS id"),
                        string("code", "taxonomy/enum value"),
                        string("name", "name"),
                        string("description", "description"),
                        string("taxonomy", "which classification"),
                        formatted("taxonomy_id", "string", "uuid", "the taxonomy"),
                        string("language", "zh")),
                List.of(new Query(Source.NONE, STATIC, HsdsTables::staticRow))));
        add(new HsdsTable(
                "attributes",
                "attributes.csv",
                "Each service's category and each organization's kind.",
                List.of(
                        formatted("id", "string", "uuid", "HSDS id"),
                        formatted("link_id", "string", "uuid", "the service or organization"),
                        formatted("taxonomy_term_id", "string", "uuid", "the term"),
                        string("link_type", "category or kind"),
                        string("link_entity", "service or organization")),
                List.of(
                        new Query(
                                Source.ITEMS, SERVICE_ATTRIBUTES, r -> attribute(r, Taxonomies.CATEGORIES, "service")),
                        new Query(
                                Source.PROVIDERS,
                                ORGANIZATION_ATTRIBUTES,
                                r -> attribute(r, Taxonomies.KINDS, "organization")))));
    }

    List<HsdsTable> all() {
        return List.copyOf(tables.values());
    }

    Optional<HsdsTable> named(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    HsdsTable get(String name) {
        return tables.get(name);
    }

    /** The table as the open-data streams write it: every query whole, static rows as their parameter. */
    Table streamed(HsdsTable table) {
        List<Table.Part> parts = table.queries().stream()
                .map(q -> new Table.Part(q.all(), params(table), q.rows()))
                .toList();
        return new Table(
                table.name(), table.path(), table.description(), table.fields(), List.of("id"), List.of(), parts);
    }

    /** Parameters of a table's queries: the rows of the tables Linli holds in code rather than in the graph. */
    Map<String, Object> params(HsdsTable table) {
        return switch (table.name()) {
            case "taxonomies" -> Map.of("rows", taxonomies.taxonomyRows());
            case "taxonomy_terms" -> Map.of("rows", taxonomies.termRows());
            default -> Map.of();
        };
    }

    private void add(HsdsTable table) {
        tables.put(table.name(), table);
    }

    private List<Map<String, Object>> organization(Record r) {
        Row row = new Row().id("organization", key(r)).put("name", text(r, "name"));
        List<String> aliases =
                r.get("aliases").isNull() ? List.of() : r.get("aliases").asList(Value::asString);
        row.put("alternate_name", aliases.isEmpty() ? null : String.join("、", aliases));
        String description = text(r, "description");
        row.put("description", description == null ? taxonomies.kindName(text(r, "kind")) : description);
        return row.linli("Provider", key(r))
                .put("linli_kind", text(r, "kind"))
                .put("linli_level", text(r, "level"))
                .put("linli_provenance", text(r, "provenance"))
                .list();
    }

    private List<Map<String, Object>> location(Record r) {
        String placeCode = text(r, "placeCode");
        Row row = new Row()
                .id("location", key(r))
                .put("location_type", "physical")
                .put("organization_id", HsdsIds.of("organization", key(r)))
                .put("name", text(r, "name"));
        if (!r.get("lon").isNull()) {
            LonLat wgs = new LonLat(r.get("lon").asDouble(), r.get("lat").asDouble());
            LonLat gcj = ChinaCoordinates.wgs84ToGcj02(wgs);
            row.put("latitude", wgs.lat()).put("longitude", wgs.lon());
            row.linli("Provider", key(r))
                    .put("linli_division_code", placeCode)
                    .put("linli_grid_code", placeCode != null && placeCode.contains("-") ? placeCode : null)
                    .put("linli_gcj02_latitude", round(gcj.lat()))
                    .put("linli_gcj02_longitude", round(gcj.lon()));
        } else {
            row.linli("Provider", key(r)).put("linli_division_code", placeCode);
        }
        return row.list();
    }

    private List<Map<String, Object>> phones(Record r) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String[] numbers = text(r, "phone").split("、");
        for (int i = 0; i < numbers.length; i++) {
            if (!numbers[i].isBlank()) {
                rows.add(new Row()
                        .id("phone", key(r) + "#" + i)
                        .put("organization_id", HsdsIds.of("organization", key(r)))
                        .put("location_id", HsdsIds.of("location", key(r)))
                        .put("number", numbers[i].strip())
                        .put("type", "voice")
                        .map);
            }
        }
        return rows;
    }

    private List<Map<String, Object>> address(Record r) {
        String placeCode = text(r, "placeCode");
        return new Row()
                .id("address", key(r))
                .put("location_id", HsdsIds.of("location", key(r)))
                .put("address_1", text(r, "address"))
                .put("city", orEmpty(text(r, "city")))
                .put("region", text(r, "district"))
                .put("state_province", placeCode != null && placeCode.startsWith("51") ? "四川省" : "")
                .put("postal_code", "")
                .put("country", "CN")
                .put("address_type", "physical")
                .put("linli_division_code", placeCode)
                .list();
    }

    private List<Map<String, Object>> service(Record r) {
        String fee = text(r, "fee");
        return new Row()
                .id("service", key(r))
                .put("organization_id", HsdsIds.of("organization", text(r, "provider")))
                .put("name", text(r, "name"))
                .put("description", text(r, "description"))
                .put("status", "active")
                .put("fees_description", fee == null || fee.isBlank() ? "免费" : fee)
                .put("eligibility_description", text(r, "eligibility"))
                .put("last_modified", Timestamps.iso(r.get("lastModified")))
                .linli("ServiceItem", key(r))
                .put("linli_category", text(r, "category"))
                .put("linli_hours", text(r, "hours"))
                .put("linli_provenance", text(r, "provenance"))
                .list();
    }

    private List<Map<String, Object>> serviceAtLocation(Record r) {
        return new Row()
                .id("service_at_location", key(r))
                .put("service_id", HsdsIds.of("service", key(r)))
                .put("location_id", HsdsIds.of("location", text(r, "provider")))
                .list();
    }

    private List<Map<String, Object>> schedules(Record r, String link, String entity) {
        String hours = text(r, "hours");
        if (hours == null) {
            return List.of();
        }
        List<Long> week = r.get("week").isNull() ? List.of() : r.get("week").asList(Value::asLong);
        List<Schedules.Slot> slots = Schedules.slots(week);
        String linked = HsdsIds.of(entity, key(r));
        if (slots.isEmpty()) {
            return new Row()
                    .id("schedule", entity + ":" + key(r) + "#0")
                    .put(link, linked)
                    .put("description", hours)
                    .list();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Schedules.Slot slot = slots.get(i);
            rows.add(new Row()
                    .id("schedule", entity + ":" + key(r) + "#" + i)
                    .put(link, linked)
                    .put("freq", "WEEKLY")
                    .put("byday", slot.byday())
                    .put("opens_at", slot.opensAt())
                    .put("closes_at", slot.closesAt())
                    .put("description", hours)
                    .map);
        }
        return rows;
    }

    private List<Map<String, Object>> serviceArea(Record r) {
        String code = text(r, "code");
        String level = text(r, "level");
        return new Row()
                .id("service_area", key(r) + "@" + code)
                .put("service_id", HsdsIds.of("service", key(r)))
                .put("name", text(r, "name"))
                .put("description", LEVEL_NAMES.getOrDefault(level, level) + " " + code)
                .put("linli_division_code", code)
                .put("linli_level", level)
                .list();
    }

    private static List<Map<String, Object>> attribute(Record r, String taxonomy, String entity) {
        return new Row()
                .id("attribute", entity + ":" + key(r))
                .put("link_id", HsdsIds.of(entity, key(r)))
                .put("taxonomy_term_id", Taxonomies.termId(taxonomy, text(r, "term")))
                .put("link_type", taxonomy.equals(Taxonomies.CATEGORIES) ? "category" : "kind")
                .put("link_entity", entity)
                .list();
    }

    private static List<Map<String, Object>> staticRow(Record r) {
        return List.of(new LinkedHashMap<>(r.get("row").asMap()));
    }

    private static String key(Record r) {
        return r.get("key").asString();
    }

    private static String text(Record r, String column) {
        Value value = r.get(column);
        return value.isNull() ? null : value.asString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    /** A row being built: values in field order, none for null (HSDS's JSON has no nulls: a field is left out). */
    private static final class Row {
        private final Map<String, Object> map = new LinkedHashMap<>();

        Row id(String table, String key) {
            return put("id", HsdsIds.of(table, key));
        }

        Row linli(String type, String key) {
            return put("linli_id", type + ":" + key);
        }

        Row put(String field, Object value) {
            if (value != null) {
                map.put(field, value);
            }
            return this;
        }

        List<Map<String, Object>> list() {
            return List.of(map);
        }
    }
}
