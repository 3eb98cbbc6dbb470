package cn.linli.opendata.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import cn.linli.SeedCsv;
import cn.linli.api.paging.PageRequest;
import cn.linli.partner.Scope;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Linli's directory as Open Referral HSDS 3.0 (docs/HSDS.md), checked against the specification's JSON schemas
 * (src/test/resources/hsds-3.0): every record of every table, the nested documents and the pages of the API.
 * Expected values come from the seed files and from Cypher counts.
 */
class HsdsTest extends PartnerTest {

    /** The HSDS tables Linli serves, with the schema each record must satisfy. */
    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("organizations", "organization"),
            Map.entry("services", "service"),
            Map.entry("locations", "location"),
            Map.entry("service_at_locations", "service_at_location"),
            Map.entry("phones", "phone"),
            Map.entry("addresses", "address"),
            Map.entry("schedules", "schedule"),
            Map.entry("service_areas", "service_area"),
            Map.entry("taxonomies", "taxonomy"),
            Map.entry("taxonomy_terms", "taxonomy_term"),
            Map.entry("attributes", "attribute"));

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    HsdsTables tables;

    private cn.linli.opendata.OpenDataClient http() {
        return new cn.linli.opendata.OpenDataClient(port);
    }

    @Test
    void everyRecordOfEveryTableCarriesWhatHsdsRequiresWithItsTypesAndFormats() {
        for (Map.Entry<String, String> table : TABLES.entrySet()) {
            HsdsSchema schema = HsdsSchema.of(table.getValue());
            List<JsonNode> records = http().ndjson("/hsds/" + table.getKey() + ".ndjson");
            assertThat(records).as(table.getKey()).isNotEmpty();
            for (JsonNode record : records) {
                assertThat(schema.problems(record))
                        .as("%s %s", table.getKey(), record)
                        .isEmpty();
            }
            assertThat(records.stream()
                            .map(r -> r.get("id").asString())
                            .distinct()
                            .count())
                    .as("%s ids are unique", table.getKey())
                    .isEqualTo(records.size());
            // optional in HSDS, but Linli dates every record: where HSDS has the field, every record fills it
            if (lastModified(table.getValue())) {
                assertThat(records)
                        .as("%s have last_modified", table.getKey())
                        .allMatch(r -> r.hasNonNull("last_modified"));
            }
        }
        assertThat(TABLES.values().stream().filter(HsdsTest::lastModified)).containsExactly("service");
    }

    @Test
    void aServiceWasLastModifiedWhenItItsProviderOrWhatItsProviderServesLastChanged() throws InterruptedException {
        // a seed service: the latest date of the sources of its item, its provider and the provider's SERVES rows
        Map<String, String> published = SeedCsv.rows("sources.csv").stream()
                .collect(Collectors.toMap(r -> r.get("provenance"), r -> r.get("published")));
        List<String> sources = new java.util.ArrayList<>(List.of(
                seed("service_items.csv", "si-00001").get("provenance"),
                seed("providers.csv", "nc-jinlong").get("provenance")));
        SeedCsv.rows("serves.csv").stream()
                .filter(r -> r.get("provider_id").equals("nc-jinlong"))
                .forEach(r -> sources.add(r.get("provenance")));
        String latest = sources.stream()
                .map(published::get)
                .max(Comparator.comparing(OffsetDateTime::parse))
                .orElseThrow();
        assertThat(line("/hsds/services.ndjson", "ServiceItem:si-00001")
                        .get("last_modified")
                        .asString())
                .isEqualTo(latest);

        // a written one: first its item's time; after its provider changes (the item does not), the provider's
        String key = key("hsds-last-modified", Set.of(Scope.PROVIDERS), COMMUNITY);
        Map<String, Object> provider = new HashMap<>(organisationInGrid("test-so-hsds-dated", "城中社区开放数据服务社"));
        write(key, "upsertProvider", "provider", provider);
        String itemWritten = write(
                key,
                "upsertServiceItem",
                "serviceItem",
                Map.of(
                        "key",
                        "test-si-hsds-dated",
                        "providerId",
                        "Provider:test-so-hsds-dated",
                        "name",
                        "开放数据测试服务",
                        "category",
                        "ELDERLY_CARE"));
        assertThat(line("/hsds/services.ndjson", "ServiceItem:test-si-hsds-dated")
                        .get("last_modified")
                        .asString())
                .isEqualTo(itemWritten);

        Thread.sleep(1100); // stamps are whole seconds: the provider's change gets a later one
        provider.put("description", "新的说明");
        String providerChanged = write(key, "upsertProvider", "provider", provider);
        assertThat(providerChanged).isGreaterThan(itemWritten);
        JsonNode service = line("/hsds/services.ndjson", "ServiceItem:test-si-hsds-dated");
        assertThat(service.get("last_modified").asString()).isEqualTo(providerChanged);
        graphQl()
                .document("{ node(id: \"ServiceItem:test-si-hsds-dated\") { ... on ServiceItem { updatedAt } } }")
                .execute()
                .path("node.updatedAt")
                .entity(String.class)
                .isEqualTo(itemWritten);
        assertThat(HsdsSchema.of("service")
                        .problems(http().json(
                                        "/hsds/services/" + service.get("id").asString())))
                .isEmpty();
    }

    /** Runs mutation {@code mutation} with {@code input} and answers the written record's updatedAt. */
    private String write(String apiKey, String mutation, String record, Map<String, Object> input) {
        return as(apiKey)
                .document("mutation($input: %sInput!) { %s(input: $input) { %s { updatedAt } } }"
                        .formatted(Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1), mutation, record))
                .variable("input", input)
                .execute()
                .path(mutation + "." + record + ".updatedAt")
                .entity(String.class)
                .get();
    }

    /** Whether HSDS 3.0 has {@code last_modified} on the records of {@code table}. */
    private static boolean lastModified(String table) {
        return HsdsSchema.DOCUMENT.at("/$defs/" + table + "/properties").has("last_modified");
    }

    @Test
    void everyProviderIsAnOrganizationAtALocationAndEveryServiceItemAServiceThere() {
        long providers = count("MATCH (p:Provider) RETURN count(p)");
        long items = count("MATCH (s:ServiceItem) RETURN count(s)");
        assertThat(http().ndjson("/hsds/organizations.ndjson")).hasSize((int) providers);
        assertThat(http().ndjson("/hsds/locations.ndjson")).hasSize((int) providers);
        assertThat(http().ndjson("/hsds/services.ndjson")).hasSize((int) items);
        assertThat(http().ndjson("/hsds/service_at_locations.ndjson")).hasSize((int) items);
        // one attribute per service (its category) and per organization (its kind)
        assertThat(http().ndjson("/hsds/attributes.ndjson")).hasSize((int) (providers + items));
    }

    @Test
    void aServiceIsServedWithItsOrganizationScheduleAreasAndLocationNested() {
        JsonNode listed = line("/hsds/services.ndjson", "ServiceItem:si-00001");
        JsonNode service = http().json("/hsds/services/" + listed.get("id").asString());
        assertThat(HsdsSchema.of("service").problems(service)).isEmpty();
        Map<String, String> item = seed("service_items.csv", "si-00001");
        Map<String, String> provider = seed("providers.csv", "nc-jinlong");

        assertThat(service.get("name").asString()).isEqualTo(item.get("name"));
        assertThat(service.get("status").asString()).isEqualTo("active");
        assertThat(service.at("/organization/linli_id").asString()).isEqualTo("Provider:nc-jinlong");
        assertThat(service.at("/organization/name").asString()).isEqualTo(provider.get("name"));
        assertThat(service.get("organization_id").asString())
                .isEqualTo(service.at("/organization/id").asString());

        // seed hours "Mo-Su 08:00-21:00": one weekly slot on every day
        assertThat(item.get("hours")).isEqualTo("Mo-Su 08:00-21:00");
        assertThat(service.get("schedules")).hasSize(1);
        assertThat(service.at("/schedules/0/byday").asString()).isEqualTo("MO,TU,WE,TH,FR,SA,SU");
        assertThat(service.at("/schedules/0/opens_at").asString()).isEqualTo("08:00+08:00");
        assertThat(service.at("/schedules/0/closes_at").asString()).isEqualTo("21:00+08:00");
        assertThat(service.at("/schedules/0/freq").asString()).isEqualTo("WEEKLY");

        Set<String> served = SeedCsv.rows("serves.csv").stream()
                .filter(r -> r.get("provider_id").equals("nc-jinlong"))
                .map(r -> r.get("place_code"))
                .collect(Collectors.toSet());
        assertThat(values(service.get("service_areas"), "linli_division_code")).isEqualTo(served);

        JsonNode location = service.at("/service_at_locations/0/location");
        assertThat(service.at("/service_at_locations/0/service_id").asString())
                .isEqualTo(service.get("id").asString());
        assertThat(location.get("latitude").asDouble()).isEqualTo(Double.parseDouble(provider.get("lat")));
        assertThat(location.get("longitude").asDouble()).isEqualTo(Double.parseDouble(provider.get("lon")));
        assertThat(location.get("linli_division_code").asString()).isEqualTo(provider.get("place_code"));
        assertThat(location.at("/addresses/0/address_1").asString()).isEqualTo(provider.get("address"));
        assertThat(location.at("/addresses/0/city").asString()).isEqualTo("眉山市");
        assertThat(location.at("/addresses/0/region").asString()).isEqualTo("东坡区");
        assertThat(location.at("/addresses/0/country").asString()).isEqualTo("CN");
        assertThat(location.at("/phones/0/number").asString()).isEqualTo(provider.get("phone"));
        assertThat(service.at("/attributes/0/taxonomy_term/code").asString())
                .isEqualTo("service_category/" + item.get("category"));
        // GCJ-02 lies a few hundred metres from WGS-84 in Meishan
        double shift = SeedCsv.haversine(
                location.get("longitude").asDouble(),
                location.get("latitude").asDouble(),
                location.get("linli_gcj02_longitude").asDouble(),
                location.get("linli_gcj02_latitude").asDouble());
        assertThat(shift).isBetween(100.0, 1000.0);
    }

    @Test
    void aDepartmentsLunchBreakBecomesTwoWeekdaySlotsAndItsHolidayRuleStaysInTheDescription() {
        Map<String, String> department = seed("providers.csv", "dept-01");
        assertThat(department.get("hours")).isEqualTo("Mo-Fr 09:00-12:00,13:30-17:30; PH off");
        JsonNode listed = line("/hsds/locations.ndjson", "Provider:dept-01");
        JsonNode location = http().json("/hsds/locations/" + listed.get("id").asString());
        assertThat(HsdsSchema.of("location").problems(location)).isEmpty();
        JsonNode schedules = location.get("schedules");
        assertThat(schedules).hasSize(2);
        for (JsonNode schedule : schedules) {
            assertThat(schedule.get("byday").asString()).isEqualTo("MO,TU,WE,TH,FR");
            assertThat(schedule.get("description").asString()).isEqualTo(department.get("hours"));
        }
        assertThat(List.of(
                        schedules.get(0).get("opens_at").asString(),
                        schedules.get(0).get("closes_at").asString(),
                        schedules.get(1).get("opens_at").asString(),
                        schedules.get(1).get("closes_at").asString()))
                .containsExactly("09:00+08:00", "12:00+08:00", "13:30+08:00", "17:30+08:00");
    }

    @Test
    void anOrganizationIsServedWithItsPhonesLocationAndServices() {
        JsonNode listed = line("/hsds/organizations.ndjson", "Provider:dept-01");
        JsonNode organization =
                http().json("/hsds/organizations/" + listed.get("id").asString());
        assertThat(HsdsSchema.of("organization").problems(organization)).isEmpty();
        long items = SeedCsv.rows("service_items.csv").stream()
                .filter(r -> r.get("provider_id").equals("dept-01"))
                .count();
        assertThat(organization.get("services")).hasSize((int) items);
        for (JsonNode service : organization.get("services")) {
            assertThat(HsdsSchema.of("service").problems(service)).isEmpty();
        }
        assertThat(organization.at("/locations/0/linli_id").asString()).isEqualTo("Provider:dept-01");
        assertThat(organization.at("/attributes/0/taxonomy_term/name").asString())
                .isEqualTo("区级部门");
    }

    @Test
    void listsArePagedAsTheHsdsApiDescribes() {
        long total = count("MATCH (s:ServiceItem) RETURN count(s)");
        List<JsonNode> all = http().ndjson("/hsds/services?format=ndjson");
        assertThat(all).hasSize((int) total);

        JsonNode second = http().json("/hsds/services?page=2&per_page=10");
        assertThat(HsdsSchema.of("page").problems(second)).isEmpty();
        assertThat(second.get("total_items").asLong()).isEqualTo(total);
        assertThat(second.get("total_pages").asLong()).isEqualTo((total + 9) / 10);
        assertThat(second.get("page_number").asInt()).isEqualTo(2);
        assertThat(second.get("size").asInt()).isEqualTo(10);
        assertThat(second.get("first_page").asBoolean()).isFalse();
        assertThat(second.get("last_page").asBoolean()).isFalse();
        assertThat(second.get("empty").asBoolean()).isFalse();
        assertThat(values(second.get("contents"), "id"))
                .isEqualTo(all.subList(10, 20).stream()
                        .map(l -> l.get("id").asString())
                        .collect(Collectors.toSet()));

        long lastPage = (total + 9) / 10;
        JsonNode last = http().json("/hsds/services?page=" + lastPage + "&per_page=10");
        assertThat(last.get("last_page").asBoolean()).isTrue();
        assertThat(last.get("size").asLong()).isEqualTo(total - (lastPage - 1) * 10);
        JsonNode beyond = http().json("/hsds/services?page=" + (lastPage + 1) + "&per_page=10");
        assertThat(beyond.get("empty").asBoolean()).isTrue();
        assertThat(beyond.get("contents")).isEmpty();

        JsonNode terms = http().json("/hsds/taxonomy_terms?per_page=100");
        assertThat(HsdsSchema.of("page").problems(terms)).isEmpty();
        // 18 service categories and 15 provider kinds (seed/FORMAT.md)
        assertThat(terms.get("total_items").asInt()).isEqualTo(18 + 15);
        JsonNode term =
                http().json("/hsds/taxonomy_terms/" + terms.at("/contents/0/id").asString());
        assertThat(HsdsSchema.of("taxonomy_term").problems(term)).isEmpty();
        assertThat(term.at("/taxonomy_detail/id").asString())
                .isEqualTo(term.get("taxonomy_id").asString());
    }

    @Test
    void thePagesInTurnGiveEveryRecordOnceInTheOrderOfTheWholeList() {
        for (String list : List.of("services", "organizations", "taxonomy_terms")) {
            List<String> whole = http().ndjson("/hsds/" + list + "?format=ndjson").stream()
                    .map(l -> l.get("id").asString())
                    .toList();
            List<String> paged = new java.util.ArrayList<>();
            JsonNode page;
            int number = 0;
            do {
                page = http().json("/hsds/" + list + "?per_page=100&page=" + ++number);
                assertThat(page.get("page_number").asInt()).isEqualTo(number);
                assertThat(page.get("total_items").asInt()).as(list).isEqualTo(whole.size());
                page.get("contents")
                        .forEach(record -> paged.add(record.get("id").asString()));
            } while (!page.get("last_page").asBoolean());
            assertThat(number).as(list).isEqualTo((whole.size() + 99) / 100);
            assertThat(paged).as(list).isEqualTo(whole);
        }
    }

    @Test
    void aDeepPageIsReadByAnIndexSeekFromTheKeyBeforeItWithoutSkippingOrSorting() {
        for (String list : List.of("services", "organizations", "locations", "service_at_locations")) {
            HsdsTables.Query query = tables.get(list).queries().get(0);
            PageRequest deep = new PageRequest(query.source().order(), 100, false, List.of("x"), null);
            List<String> operators = new java.util.ArrayList<>();
            operators(cypher.explain(deep.cypher(query.page()), deep.parameters()), operators);
            assertThat(operators)
                    .as(list)
                    .anySatisfy(op -> assertThat(op)
                            .containsPattern("^Node(Unique)?IndexSeekByRange")
                            .contains("id > $after0"))
                    .noneSatisfy(op -> assertThat(op).startsWith("Skip"))
                    .noneSatisfy(op -> assertThat(op).startsWith("Sort"))
                    .noneSatisfy(op -> assertThat(op).startsWith("Top"));
        }
    }

    private static void operators(org.neo4j.driver.summary.Plan plan, List<String> into) {
        into.add(plan.operatorType() + " " + plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL));
        plan.children().forEach(child -> operators(child, into));
    }

    @Test
    void theTabularFormIsHsdssTablesAsCsvWithTheirRequiredColumnsFilled() {
        Map<String, byte[]> files = cn.linli.opendata.OpenDataClient.unzip(
                http().get("/hsds/datapackage.zip").body());
        // the paths of HSDS 3.0's tabular data package (schema/compiled/tabular.json)
        assertThat(files.keySet())
                .containsExactlyInAnyOrder(
                        "organizations.csv",
                        "services.csv",
                        "locations.csv",
                        "service_at_location.csv",
                        "phones.csv",
                        "addresses.csv",
                        "schedules.csv",
                        "service_areas.csv",
                        "taxonomies.csv",
                        "taxonomy_terms.csv",
                        "attributes.csv",
                        "datapackage.json");
        JsonNode descriptor = http().json().readTree(files.get("datapackage.json"));
        for (JsonNode resource : descriptor.get("resources")) {
            String table = TABLES.get(resource.get("name").asString());
            var csv = cn.linli.opendata.OpenDataClient.csv(
                    files.get(resource.get("path").asString()));
            List<String> needed = new java.util.ArrayList<>(HsdsSchema.required(table, "required"));
            needed.addAll(HsdsSchema.required(table, "tabular_required"));
            // Linli records no postal codes (docs/HSDS.md): the column is there, its cells are empty
            needed.remove(table.equals("address") ? "postal_code" : "");
            if (lastModified(table)) {
                needed.add("last_modified");
            }
            for (JsonNode field : resource.at("/schema/fields")) {
                String type = HsdsSchema.DOCUMENT
                        .at("/$defs/" + table + "/properties/"
                                + field.get("name").asString() + "/datapackage_type")
                        .asString("");
                if (type.startsWith("date")) {
                    assertThat(field.get("type").asString())
                            .as("%s.%s is a %s as HSDS states", table, field.get("name"), type)
                            .isEqualTo(type);
                }
            }
            for (String column : needed) {
                assertThat(csv.header()).as("%s has column %s", table, column).contains(column);
                assertThat(csv.rows())
                        .as("%s.%s is filled", table, column)
                        .allMatch(row -> !row.get(column).isEmpty());
            }
        }
    }

    @Test
    void filtersLinliDoesNotOfferAreRefusedAndUnknownIdsAreNotFound() {
        HttpResponse<byte[]> filtered = http().get("/hsds/services?taxonomy_term_id=x");
        assertThat(filtered.statusCode()).isEqualTo(400);
        assertThat(new String(filtered.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("taxonomy_term_id");
        assertThat(http().get("/hsds/services/00000000-0000-3000-8000-000000000000")
                        .statusCode())
                .isEqualTo(404);
        assertThat(http().get("/hsds/services?per_page=1000").statusCode()).isEqualTo(400);
        assertThat(http().json("/hsds").get("version").asString()).isEqualTo("3.0");
    }

    private JsonNode line(String path, String linliId) {
        return http().ndjson(path).stream()
                .filter(l -> l.path("linli_id").asString("").equals(linliId))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, String> seed(String file, String id) {
        return SeedCsv.rows(file).stream()
                .filter(r -> r.get("id").equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static Set<String> values(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(n -> n.get(field).asString())
                .collect(Collectors.toSet());
    }

    private long count(String query) {
        return cypher.read(query, Map.of()).get(0).get(0).asLong();
    }
}
