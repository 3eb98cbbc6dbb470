package cn.linli.opendata.hsds;

import cn.linli.api.errors.BadInputException;
import cn.linli.api.errors.NotFoundException;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.PagingSettings;
import cn.linli.graph.Cypher;
import cn.linli.opendata.hsds.HsdsTables.HsdsTable;
import cn.linli.opendata.hsds.HsdsTables.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * The JSON of the HSDS API: paged lists of a table's records ({@code total_items, total_pages, page_number, size,
 * first_page, last_page, empty, contents}), and single records with their related records nested as HSDS's
 * compiled schemas nest them (a service with its organization, schedules, service areas, attributes and service at
 * locations, each with its location). Nested records are read a table at a time for the keys at hand.
 */
@Component
class HsdsDocuments {

    static final String PROVIDER_OF_ITEM = "MATCH (s:ServiceItem {id: $key}) RETURN s.providerId AS provider";
    static final String ITEMS_OF_PROVIDER =
            "MATCH (:Provider {id: $key})-[:OFFERS]->(s:ServiceItem) RETURN s.id AS key ORDER BY s.id";

    private final Cypher cypher;
    private final HsdsTables tables;
    private final Taxonomies taxonomies;
    private final HsdsKeys keys;
    private final PagingSettings paging;

    HsdsDocuments(Cypher cypher, HsdsTables tables, Taxonomies taxonomies, HsdsKeys keys, PagingSettings paging) {
        this.cypher = cypher;
        this.tables = tables;
        this.taxonomies = taxonomies;
        this.keys = keys;
        this.paging = paging;
    }

    /** Page {@code page} (from 1) of {@code perPage} records of a table the API lists. */
    Map<String, Object> page(String table, Integer page, Integer perPage) {
        int number = page == null ? 1 : page;
        int size = perPage == null ? paging.defaultSize() : perPage;
        if (number < 1) {
            throw new BadInputException("page", "must be 1 or more (got " + number + ")");
        }
        if (size < 1 || size > paging.maxSize()) {
            throw new BadInputException(
                    "per_page", "must be between 1 and " + paging.maxSize() + " (got " + size + ")");
        }
        // HSDS pages by number; the record before page N is found by its position among the keys (HsdsKeys), and
        // the page read from it by an index seek: page N costs what page 1 costs (docs/HSDS.md, "Pages").
        long skip = (long) (number - 1) * size;
        long total;
        List<Map<String, Object>> contents;
        if (table.equals("taxonomies") || table.equals("taxonomy_terms")) {
            List<Map<String, Object>> all =
                    table.equals("taxonomies") ? taxonomies.taxonomyRows() : taxonomies.termRows();
            total = all.size();
            contents = skip >= total ? List.of() : all.subList((int) skip, (int) Math.min(total, skip + size));
        } else {
            Query query = tables.get(table).queries().get(0);
            List<String> ordered = keys.inOrder(query.source());
            total = ordered.size();
            contents = skip >= total ? List.of() : after(query, skip == 0 ? null : ordered.get((int) skip - 1), size);
        }
        long pages = (total + size - 1) / size;
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("total_items", total);
        answer.put("total_pages", pages);
        answer.put("page_number", number);
        answer.put("size", contents.size());
        answer.put("first_page", number == 1);
        answer.put("last_page", number >= pages);
        answer.put("empty", contents.isEmpty());
        answer.put("contents", contents);
        return answer;
    }

    /** The {@code size} records of {@code query} after key {@code after} (from the first when null), in key order. */
    private List<Map<String, Object>> after(Query query, String after, int size) {
        PageRequest page =
                new PageRequest(query.source().order(), size, false, after == null ? null : List.of(after), null);
        List<Map<String, Object>> rows = rows(query, page.cypher(query.page()), page.parameters());
        // one row per record in the listed tables; the one beyond the page only says that more follow
        return rows.size() > size ? rows.subList(0, size) : rows;
    }

    /** A service with everything HSDS nests in it. */
    Map<String, Object> service(String key) {
        Map<String, Object> service = found("services", key);
        String provider = provider(key);
        one("organizations", 0, provider).ifPresent(organization -> service.put("organization", organization));
        service.put("schedules", some("schedules", 0, key));
        service.put("service_areas", some("service_areas", 0, key));
        service.put("attributes", attributes(0, key));
        service.put("service_at_locations", List.of(serviceAtLocation(key)));
        return service;
    }

    /** An organization with its phones, its location, its services (one-to-one fields) and its kind. */
    Map<String, Object> organization(String key) {
        Map<String, Object> organization = found("organizations", key);
        organization.put("phones", some("phones", 0, key));
        organization.put("locations", List.of(location(key)));
        List<String> items = cypher.read(ITEMS_OF_PROVIDER, Map.of("key", key)).stream()
                .map(r -> r.get("key").asString())
                .toList();
        organization.put(
                "services",
                items.isEmpty()
                        ? List.of()
                        : rows(tables.get("services").queries().get(0), items));
        organization.put("attributes", attributes(1, key));
        return organization;
    }

    /** A provider's location with its address, phones and opening hours. */
    Map<String, Object> location(String key) {
        Map<String, Object> location = found("locations", key);
        location.put("addresses", some("addresses", 0, key));
        location.put("phones", some("phones", 0, key));
        location.put("schedules", some("schedules", 1, key));
        return location;
    }

    /** A service at its provider's location, the location nested. */
    Map<String, Object> serviceAtLocation(String key) {
        Map<String, Object> at = found("service_at_locations", key);
        at.put("location", location(provider(key)));
        return at;
    }

    Optional<Map<String, Object>> taxonomy(String id) {
        return taxonomies.taxonomyRows().stream()
                .filter(t -> t.get("id").equals(id))
                .findFirst()
                .map(LinkedHashMap::new);
    }

    Optional<Map<String, Object>> term(String id) {
        return taxonomies.termRows().stream()
                .filter(t -> t.get("id").equals(id))
                .findFirst()
                .map(this::withTaxonomy);
    }

    private Map<String, Object> withTaxonomy(Map<String, Object> term) {
        Map<String, Object> nested = new LinkedHashMap<>(term);
        taxonomy((String) term.get("taxonomy_id")).ifPresent(t -> nested.put("taxonomy_detail", t));
        return nested;
    }

    private List<Map<String, Object>> attributes(int query, String key) {
        List<Map<String, Object>> attributes = new ArrayList<>();
        for (Map<String, Object> attribute : some("attributes", query, key)) {
            term((String) attribute.get("taxonomy_term_id")).ifPresent(term -> attribute.put("taxonomy_term", term));
            attributes.add(attribute);
        }
        return attributes;
    }

    /** The provider of an item; an item deleted since its id was looked up is not found. */
    private String provider(String item) {
        return cypher.read(PROVIDER_OF_ITEM, Map.of("key", item)).stream()
                .map(r -> r.get("provider").asString())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("There is no service item " + item + " any more."));
    }

    /** The record of {@code table} made from Linli's {@code key}; one deleted since its id was looked up is not found. */
    private Map<String, Object> found(String table, String key) {
        return one(table, 0, key)
                .orElseThrow(() -> new NotFoundException("There is no record " + key + " in " + table + " any more."));
    }

    private Optional<Map<String, Object>> one(String table, int query, String key) {
        return some(table, query, key).stream().findFirst();
    }

    private List<Map<String, Object>> some(String table, int query, String key) {
        HsdsTable found = tables.get(table);
        return rows(found.queries().get(query), List.of(key));
    }

    private List<Map<String, Object>> rows(Query query, List<String> keys) {
        return rows(query, query.some(), Map.of("keys", keys));
    }

    private List<Map<String, Object>> rows(Query query, String cypherText, Map<String, Object> params) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Record record : cypher.read(cypherText, params)) {
            query.rows().apply(record).forEach(row -> rows.add(new LinkedHashMap<>(row)));
        }
        return rows;
    }
}
