package cn.linli.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import cn.linli.SeedCsv;
import cn.linli.partner.Scope;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.databind.JsonNode;

/** The whole graph as files, as an open-data portal or a researcher downloads it (docs/OPEN_DATA.md). */
class ExportTest extends PartnerTest {

    /** Each table and a count of its records written here, apart from the export's own queries. */
    private static final Map<String, String> COUNTS = Map.ofEntries(
            Map.entry("places", "MATCH (p:Place) RETURN count(p)"),
            Map.entry("providers", "MATCH (p:Provider) RETURN count(p)"),
            Map.entry("service_items", "MATCH (s:ServiceItem) RETURN count(s)"),
            Map.entry("serves", "MATCH (:Provider)-[r:SERVES]->() RETURN count(r)"),
            Map.entry("resources", "MATCH (r:Resource) RETURN count(r)"),
            Map.entry("deployments", "MATCH (:Resource)-[d:DEPLOYED_TO]->() RETURN count(d)"),
            Map.entry("needs", "MATCH (n:Need) RETURN count(n)"),
            Map.entry("event_categories", "MATCH (c:EventCategory) RETURN count(c)"),
            Map.entry("routing_rules", "MATCH (:EventCategory)-[r:ROUTED_TO]->() RETURN count(r)"),
            Map.entry("reports_for", "MATCH (:Provider)-[r:REPORTS_FOR]->() RETURN count(r)"),
            Map.entry("events", "MATCH (e:Event) RETURN count(e)"),
            Map.entry("event_steps", "MATCH (s:EventStep) RETURN count(s)"));

    @LocalServerPort
    int port;

    @Autowired
    Downloads downloads;

    @Autowired
    OpenDataSettings settings;

    private OpenDataClient http() {
        return new OpenDataClient(port);
    }

    @Test
    void everyTableHasOneLinePerRecordOfItsKindInTheGraph() {
        COUNTS.forEach((table, count) -> assertThat(http().ndjson("/opendata/" + table + ".ndjson"))
                .as(table)
                .hasSize((int) count(count, Map.of())));
    }

    @Test
    void aProviderLineCarriesTheValuesOfItsSeedRow() {
        Map<String, String> seed = SeedCsv.rows("providers.csv").stream()
                .filter(r -> r.get("id").equals("nc-jinlong"))
                .findFirst()
                .orElseThrow();
        JsonNode line = http().ndjson("/opendata/providers.ndjson").stream()
                .filter(l -> l.get("id").asString().equals("nc-jinlong"))
                .findFirst()
                .orElseThrow();
        for (String column : List.of(
                "name", "kind", "level", "place_code", "address", "phone", "hours", "description", "provenance")) {
            assertThat(line.get(column).asString()).as(column).isEqualTo(seed.get(column));
        }
        assertThat(line.get("lon").asDouble()).isEqualTo(Double.parseDouble(seed.get("lon")));
        assertThat(line.get("lat").asDouble()).isEqualTo(Double.parseDouble(seed.get("lat")));
        assertThat(StreamSupport.stream(line.get("aliases").spliterator(), false)
                        .map(JsonNode::asString)
                        .toList())
                .isEqualTo(Arrays.asList(seed.get("alias").split("\\|")));
        assertThat(line.get("capacity").isNull()).isTrue();
    }

    @Test
    void aNeedLineCarriesItsLifecycleTimesWithTheirOffsetAndItsClaimantAndNothingMore() {
        Map<String, String> seed = SeedCsv.rows("needs.csv").stream()
                .filter(r -> r.get("id").equals("wish-0001"))
                .findFirst()
                .orElseThrow();
        JsonNode line = http().ndjson("/opendata/needs.ndjson").stream()
                .filter(l -> l.get("id").asString().equals("wish-0001"))
                .findFirst()
                .orElseThrow();
        assertThat(Set.copyOf(line.propertyNames()))
                .isEqualTo(Set.of(
                        "id",
                        "title",
                        "category",
                        "status",
                        "grid_code",
                        "raised_at",
                        "dispatched_at",
                        "claimed_by",
                        "claimed_at",
                        "completed_at",
                        "followed_up_at",
                        "provenance",
                        "created_at",
                        "updated_at"));
        for (String column : List.of(
                "title",
                "category",
                "status",
                "grid_code",
                "raised_at",
                "dispatched_at",
                "claimed_by",
                "claimed_at",
                "completed_at",
                "provenance")) {
            assertThat(line.get(column).asString()).as(column).isEqualTo(seed.get(column));
        }
        assertThat(seed.get("followed_up_at")).isEmpty();
        assertThat(line.get("followed_up_at").isNull()).isTrue();
    }

    /** How each dated table's line names its record in GraphQL: the global id. */
    private static final Map<String, Function<JsonNode, String>> GLOBAL_IDS = Map.of(
            "places",
            l -> typeName(l.get("level").asString()) + ":" + l.get("code").asString(),
            "providers",
            l -> "Provider:" + l.get("id").asString(),
            "service_items",
            l -> "ServiceItem:" + l.get("id").asString(),
            "resources",
            l -> "Resource:" + l.get("id").asString(),
            "deployments",
            l -> "Deployment:" + l.get("resource_id").asString() + "/"
                    + l.get("grid_code").asString(),
            "needs",
            l -> "Need:" + l.get("id").asString(),
            "events",
            l -> "Event:" + l.get("id").asString(),
            "reports_for",
            l -> "DutyRegistration:" + l.get("department_id").asString() + "/"
                    + l.get("place_code").asString());

    private static final String DATES = """
            query($id: ID!) { node(id: $id) {
              ... on Place { createdAt updatedAt divisionCodeVintage }
              ... on Provider { createdAt updatedAt }
              ... on ServiceItem { createdAt updatedAt }
              ... on Resource { createdAt updatedAt }
              ... on Deployment { createdAt updatedAt }
              ... on Need { createdAt updatedAt }
              ... on Event { createdAt updatedAt }
              ... on DutyRegistration { createdAt updatedAt } } }""";

    @Test
    void everyDatedRecordCarriesTheDatesGraphQlServesAndASeedRecordItsSourcesDate() {
        Map<String, String> published = SeedCsv.rows("sources.csv").stream()
                .collect(Collectors.toMap(r -> r.get("provenance"), r -> r.get("published")));
        JsonNode descriptor = http().json("/opendata/datapackage.json");
        GLOBAL_IDS.forEach((table, globalId) -> {
            // the first seed record (records other tests write are the partner's)
            JsonNode line = http().ndjson("/opendata/" + table + ".ndjson").stream()
                    .filter(l -> !l.get("provenance").asString().equals("partner"))
                    .findFirst()
                    .orElseThrow();
            Map<String, Object> node = node(globalId.apply(line));
            assertThat(line.get("created_at").asString()).as(table).isEqualTo(node.get("createdAt"));
            assertThat(line.get("updated_at").asString()).as(table).isEqualTo(node.get("updatedAt"));
            assertThat(line.get("created_at").asString())
                    .as("%s: a seed record is dated by its source", table)
                    .isEqualTo(published.get(line.get("provenance").asString()));
            assertThat(fieldTypes(descriptor, table))
                    .as(table)
                    .containsEntry("created_at", "datetime")
                    .containsEntry("updated_at", "datetime");
        });
        JsonNode city = http().ndjson("/opendata/places.ndjson").get(0);
        assertThat(city.get("division_code_vintage").asString())
                .isEqualTo(SeedCsv.rows("sources.csv").get(0).get("division_codes"))
                .isEqualTo(node("City:" + city.get("code").asString()).get("divisionCodeVintage"));
        assertThat(fieldTypes(descriptor, "places")).containsEntry("division_code_vintage", "string");
    }

    @Test
    void aRecordWrittenThroughTheApiIsExportedWithTheDatesGraphQlServesAndANoOpWriteChangesNeither()
            throws InterruptedException {
        String key = key("export-dates-test", Set.of(Scope.PROVIDERS), COMMUNITY);
        Map<String, Object> input = organisationInGrid("test-so-export-dates", "城中社区导出日期服务社");
        Map<String, Object> written = upsertProvider(key, input, "export-dates-1");
        assertThat(written.get("createdAt")).isEqualTo(written.get("updatedAt"));
        assertThat(exportedDates("test-so-export-dates"))
                .isEqualTo(List.of(written.get("createdAt"), written.get("updatedAt")))
                .isEqualTo(List.of(
                        node("Provider:test-so-export-dates").get("createdAt"),
                        node("Provider:test-so-export-dates").get("updatedAt")));

        Thread.sleep(1100); // the stamps are whole seconds: a new stamp would differ from the first
        Map<String, Object> again = upsertProvider(key, input, "export-dates-2");
        assertThat(again).isEqualTo(written);
        assertThat(exportedDates("test-so-export-dates"))
                .isEqualTo(List.of(written.get("createdAt"), written.get("updatedAt")));
    }

    /** The provider's created_at and updated_at in providers.ndjson, checked equal to those in providers.csv. */
    private List<String> exportedDates(String provider) {
        JsonNode line = http().ndjson("/opendata/providers.ndjson").stream()
                .filter(l -> l.get("id").asString().equals(provider))
                .findFirst()
                .orElseThrow();
        Map<String, String> row = OpenDataClient.csv(
                        http().get("/opendata/providers.csv").body())
                .rows()
                .stream()
                .filter(r -> r.get("id").equals(provider))
                .findFirst()
                .orElseThrow();
        List<String> dates = List.of(
                line.get("created_at").asString(), line.get("updated_at").asString());
        assertThat(List.of(row.get("created_at"), row.get("updated_at"))).isEqualTo(dates);
        return dates;
    }

    private Map<String, Object> upsertProvider(String apiKey, Map<String, Object> input, String clientMutationId) {
        Map<String, Object> sent = new java.util.HashMap<>(input);
        sent.put("clientMutationId", clientMutationId);
        return as(apiKey)
                .document("""
                        mutation($input: UpsertProviderInput!) {
                          upsertProvider(input: $input) { provider { createdAt updatedAt } } }""")
                .variable("input", sent)
                .execute()
                .path("upsertProvider.provider")
                .entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
                .get();
    }

    private Map<String, Object> node(String id) {
        return graphQl()
                .document(DATES)
                .variable("id", id)
                .execute()
                .path("node")
                .entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
                .get();
    }

    /** A table's fields in datapackage.json: name to Table Schema type. */
    private static Map<String, String> fieldTypes(JsonNode descriptor, String table) {
        for (JsonNode resource : descriptor.get("resources")) {
            if (resource.get("name").asString().equals(table)) {
                return StreamSupport.stream(resource.at("/schema/fields").spliterator(), false)
                        .collect(Collectors.toMap(
                                f -> f.get("name").asString(),
                                f -> f.get("type").asString()));
            }
        }
        throw new AssertionError("no table " + table + " in datapackage.json");
    }

    /** GraphQL's type of a place level: GRID is Grid. */
    private static String typeName(String level) {
        return level.charAt(0) + level.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** A table that declares the dates fills them on every line, the seed's and the partners' alike. */
    @Test
    void everyLineOfATableWithDatesHasThem() {
        JsonNode descriptor = http().json("/opendata/datapackage.json");
        for (JsonNode resource : descriptor.get("resources")) {
            String table = resource.get("name").asString();
            if (fieldTypes(descriptor, table).containsKey("created_at")) {
                List<JsonNode> lines = http().ndjson("/opendata/" + table + ".ndjson");
                assertThat(lines).as(table).isNotEmpty();
                assertThat(lines)
                        .as(table)
                        .allSatisfy(line -> assertThat(List.of(line.get("created_at"), line.get("updated_at")))
                                .allSatisfy(date -> assertThat(date.isString()).isTrue()));
            }
        }
    }

    @Test
    void anEventLineAndItsStepsLinesAreTheirSeedRowsColumnForColumn() {
        for (String table : List.of("events", "event_steps")) {
            List<Map<String, String>> rows = SeedCsv.rows(table + ".csv");
            Map<String, String> seed = rows.get(rows.size() / 2);
            JsonNode line = http().ndjson("/opendata/" + table + ".ndjson").stream()
                    .filter(l -> l.get("id").asString().equals(seed.get("id")))
                    .findFirst()
                    .orElseThrow();
            // an event also carries its dates, which the seed file leaves to its source (sources.csv)
            Set<String> columns = new HashSet<>(line.propertyNames());
            columns.removeAll(Set.of("created_at", "updated_at"));
            assertThat(columns).as(table).isEqualTo(seed.keySet());
            seed.forEach((column, value) -> assertThat(
                            line.get(column).isNull() ? "" : line.get(column).asString())
                    .as(table + "." + column)
                    .isEqualTo(value));
        }
    }

    @Test
    void aDeploymentLineCarriesItsDatesAsIsoDates() {
        Map<String, String> seed = SeedCsv.rows("deployments.csv").get(0);
        JsonNode line = http().ndjson("/opendata/deployments.ndjson").stream()
                .filter(l -> l.get("resource_id").asString().equals(seed.get("resource_id"))
                        && l.get("grid_code").asString().equals(seed.get("grid_code")))
                .findFirst()
                .orElseThrow();
        assertThat(line.get("since").asString()).isEqualTo(seed.get("since"));
        assertThat(line.get("until").isNull()).isEqualTo(seed.get("until").isEmpty());
    }

    @Test
    void theDataPackageHoldsEveryTableAsCsvDescribedFieldByFieldInDatapackageJson() {
        HttpResponse<byte[]> response = http().get("/opendata/datapackage.zip");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        Map<String, byte[]> files = OpenDataClient.unzip(response.body());
        JsonNode descriptor = http().json().readTree(files.get("datapackage.json"));

        assertThat(descriptor.get("profile").asString()).isEqualTo("tabular-data-package");
        assertThat(descriptor.at("/licenses/0/name").asString()).isEqualTo(settings.licenseName());
        assertThat(descriptor.get("sources").toString())
                .contains("统计用区划代码")
                .contains("DataV")
                .contains("synthetic");
        OffsetDateTime created = OffsetDateTime.parse(descriptor.get("created").asString());
        assertThat(created)
                .isBetween(
                        OffsetDateTime.now().minusMinutes(5),
                        OffsetDateTime.now().plusMinutes(1));

        Set<String> resources = new HashSet<>();
        for (JsonNode resource : descriptor.get("resources")) {
            String name = resource.get("name").asString();
            resources.add(name);
            OpenDataClient.Csv csv =
                    OpenDataClient.csv(files.get(resource.get("path").asString()));
            List<String> fields = StreamSupport.stream(
                            resource.at("/schema/fields").spliterator(), false)
                    .map(f -> f.get("name").asString())
                    .toList();
            assertThat(csv.header()).as(name).isEqualTo(fields);
            assertThat(csv.rows()).as(name).hasSize((int) count(COUNTS.get(name), Map.of()));
            for (JsonNode field : resource.at("/schema/fields")) {
                String column = field.get("name").asString();
                csv.rows().stream()
                        .map(row -> row.get(column))
                        .filter(cell -> !cell.isEmpty())
                        .forEach(cell -> assertThat(parses(field.get("type").asString(), cell))
                                .as(
                                        "%s.%s '%s' is a %s",
                                        name, column, cell, field.get("type").asString())
                                .isTrue());
            }
            for (JsonNode key : resource.at("/schema/foreignKeys")) {
                String column = key.at("/fields/0").asString();
                JsonNode reference = key.get("reference");
                Set<String> targets =
                        OpenDataClient.csv(files.get(reference.get("resource").asString() + ".csv")).rows().stream()
                                .map(row -> row.get(reference.at("/fields/0").asString()))
                                .collect(Collectors.toSet());
                assertThat(csv.rows().stream().map(row -> row.get(column)).filter(v -> !v.isEmpty()))
                        .as(
                                "%s.%s names a row of %s",
                                name, column, reference.get("resource").asString())
                        .allMatch(targets::contains);
            }
        }
        assertThat(resources).isEqualTo(COUNTS.keySet());
        assertThat(files.keySet())
                .containsExactlyInAnyOrderElementsOf(resources.stream()
                        .map(r -> r + ".csv")
                        .collect(Collectors.toCollection(() -> new HashSet<>(Set.of("datapackage.json")))));
    }

    @Test
    void aTableAloneIsServedAsCsvWithTheSameRowsAsItsNdjson() {
        List<JsonNode> lines = http().ndjson("/opendata/resources.ndjson");
        OpenDataClient.Csv csv =
                OpenDataClient.csv(http().get("/opendata/resources.csv").body());
        assertThat(csv.rows().stream().map(r -> r.get("id")).toList())
                .isEqualTo(lines.stream().map(l -> l.get("id").asString()).toList());
        assertThat(http().json("/opendata/datapackage.json")
                        .at("/resources/4/path")
                        .asString())
                .isEqualTo("resources.csv");
    }

    @Test
    void aCopyThatIsStillCurrentIsAnswered304UntilAWriteMakesItStale() {
        HttpResponse<byte[]> first = http().get("/opendata/needs.ndjson");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(etag).startsWith("W/\"");
        HttpResponse<byte[]> head = http().head("/opendata/needs.ndjson");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("ETag")).hasValue(etag);
        assertThat(head.body()).isEmpty();

        HttpResponse<byte[]> byTag = http().get("/opendata/needs.ndjson", "If-None-Match", etag);
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(http().get("/opendata/providers.csv", "If-Modified-Since", lastModified)
                        .statusCode())
                .isEqualTo(304);

        String key = key("community-export-test", Set.of(Scope.NEEDS), COMMUNITY);
        String id = as(key).document("mutation($input: RaiseNeedInput!) { raiseNeed(input: $input) { need { id } } }")
                .variable("input", Map.of("title", "导出测试：修补健身器材", "category", "SPORTS", "gridCode", GRID))
                .execute()
                .path("raiseNeed.need.id")
                .entity(String.class)
                .get();

        HttpResponse<byte[]> after = http().get("/opendata/needs.ndjson", "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        ZonedDateTime before = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(ZonedDateTime.parse(
                        after.headers().firstValue("Last-Modified").orElseThrow(),
                        DateTimeFormatter.RFC_1123_DATE_TIME))
                .isAfterOrEqualTo(before);
        assertThat(http().ndjson(after.body()))
                .anyMatch(l -> ("Need:" + l.get("id").asString()).equals(id));
    }

    @Test
    void aClientThatAcceptsGzipGetsTheSameBytesCompressed() {
        HttpResponse<byte[]> plain = http().get("/opendata/serves.csv");
        HttpResponse<byte[]> zipped = http().get("/opendata/serves.csv", "Accept-Encoding", "gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("Vary").orElse("")).containsIgnoringCase("Accept-Encoding");
        assertThat(zipped.body().length).isLessThan(plain.body().length / 3);
        assertThat(new String(OpenDataClient.gunzip(zipped.body()), StandardCharsets.UTF_8))
                .isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        assertThat(http().get("/opendata/serves.csv", "Accept-Encoding", "gzip;q=0, identity")
                        .headers()
                        .firstValue("Content-Encoding"))
                .isEmpty();
    }

    @Test
    void aWebPageOfAnyOriginMayDownloadAndReadTheVersionHeaders() {
        HttpResponse<byte[]> response = http().get("/opendata/resources.csv", "Origin", "https://data.example.org");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers()
                        .firstValue("Access-Control-Expose-Headers")
                        .orElse(""))
                .contains("ETag")
                .contains("Last-Modified");
    }

    @Test
    void anUnknownTableIsNotFoundAndNamesTheTables() {
        HttpResponse<byte[]> response = http().get("/opendata/residents.ndjson");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .contains("NOT_FOUND")
                .contains("places");
    }

    @Test
    void downloadsBeyondTheBoundAreRefusedAtOnceWith503AndRetryAfterWhileTheOthersStream() throws Exception {
        int bound = settings.maxConcurrentExports();
        CountDownLatch streaming = new CountDownLatch(bound);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(bound);
        try {
            List<Future<MockHttpServletResponse>> held = new java.util.ArrayList<>();
            for (int i = 0; i < bound; i++) {
                held.add(pool.submit(() -> send(out -> {
                    streaming.countDown();
                    await(release);
                })));
            }
            assertThat(streaming.await(30, TimeUnit.SECONDS)).isTrue();
            MockHttpServletResponse refused = send(out -> {
                throw new AssertionError("a download beyond the bound must not start");
            });
            assertThat(refused.getStatus()).isEqualTo(503);
            assertThat(refused.getHeader("Retry-After")).isEqualTo(String.valueOf(settings.retryAfterSeconds()));
            assertThat(refused.getContentAsString()).contains("UNAVAILABLE");
            release.countDown();
            for (Future<MockHttpServletResponse> f : held) {
                assertThat(f.get(30, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
            }
            assertThat(send(out -> {}).getStatus()).as("permits are given back").isEqualTo(200);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private MockHttpServletResponse send(java.util.function.Consumer<java.io.OutputStream> body) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/opendata/needs.ndjson");
        MockHttpServletResponse response = new MockHttpServletResponse();
        downloads.send(new ServletWebRequest(request, response), response, MediaType.TEXT_PLAIN, null, body);
        return response;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether {@code cell} is a value of Table Schema type {@code type}, read here with the JDK, not the exporter. */
    private boolean parses(String type, String cell) {
        try {
            switch (type) {
                case "integer" -> Long.parseLong(cell);
                case "number" -> Double.parseDouble(cell);
                case "date" -> LocalDate.parse(cell);
                case "datetime" -> OffsetDateTime.parse(cell);
                case "array" -> {
                    return http().json().readTree(cell).isArray();
                }
                default -> {}
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
