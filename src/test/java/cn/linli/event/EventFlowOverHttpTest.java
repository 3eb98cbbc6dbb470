package cn.linli.event;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import cn.linli.SeedCsv;
import cn.linli.partner.Scope;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The acceptance: the five steps 网格发现报告 → 网上分流移交 → 部门限时办理 → 全程跟踪督办 → 办结回访反馈, end to end over
 * HTTP with the three keys a grid worker, the governance centre and a department hold, as their apps send them in
 * {@code X-API-Key}; and what leaves the API about it names no one.
 */
class EventFlowOverHttpTest extends PartnerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String FIELDS = """
            event { id reference status level open311Status department { id } routedAt acceptedAt resolvedAt closedAt
                    satisfied timeline { action role place { code } department { id } note } }""";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anEventGoesFromTheGridToItsDepartmentAndBackToTheResidentWithTheThreeKeys() throws Exception {
        // partner names that would be personal if they leaked: the answers must not carry them
        String worker = key("wanggeyuan-zhang", Set.of(Scope.EVENTS_GRID), GRID);
        String centre = key("zongzhi-li", Set.of(Scope.EVENTS_CENTRE), "511403");
        String department = key(testDepartment("test-dept-http", CITY), Set.of(Scope.EVENTS_DEPARTMENT), "511403");

        JsonNode reported = mutation(
                worker,
                "reportEvent(input: {gridCode: \"%s\", category: \"WATER_DRAINAGE\", description: \"供水管道漏水\", address: \"城中社区小区东门\"})"
                        .formatted(GRID));
        String id = reported.path("id").asString();
        assertThat(reported.path("status").asString()).isEqualTo("REPORTED");
        assertThat(reported.path("open311Status").asString()).isEqualTo("OPEN");

        JsonNode routed = mutation(
                centre,
                "routeEvent(input: {eventId: \"%s\", departmentId: \"Provider:test-dept-http\", note: \"按职责移交\"})"
                        .formatted(id));
        assertThat(routed.path("status").asString()).isEqualTo("ROUTED");
        assertThat(routed.path("department").path("id").asString()).isEqualTo("Provider:test-dept-http");

        assertThat(mutation(department, "acceptEvent(input: {eventId: \"%s\"})".formatted(id))
                        .path("status")
                        .asString())
                .isEqualTo("IN_PROGRESS");
        mutation(department, "reportEventProgress(input: {eventId: \"%s\", note: \"已派员现场核查\"})".formatted(id));
        JsonNode resolved =
                mutation(department, "resolveEvent(input: {eventId: \"%s\", note: \"已完成维修，恢复正常使用\"})".formatted(id));
        assertThat(resolved.path("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.path("open311Status").asString()).isEqualTo("CLOSED");
        assertThat(resolved.path("level").asString()).isEqualTo("DISTRICT");

        JsonNode closed = mutation(
                centre,
                "callbackEvent(input: {eventId: \"%s\", satisfied: true, note: \"居民对处理结果表示满意\"})".formatted(id));
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.path("satisfied").asBoolean()).isTrue();
        for (String stamp : List.of("routedAt", "acceptedAt", "resolvedAt", "closedAt")) {
            assertThat(closed.path(stamp).isNull()).as(stamp).isFalse();
        }
        List<String> steps = new ArrayList<>();
        closed.path("timeline")
                .forEach(s -> steps.add(
                        s.path("action").asString() + " " + s.path("role").asString() + " "
                                + s.path("place").path("code").asString("-") + " "
                                + s.path("department").path("id").asString("-")));
        assertThat(steps)
                .containsExactly(
                        "REPORT GRID_WORKER " + GRID + " -",
                        "ROUTE GOVERNANCE_CENTRE 511403 Provider:test-dept-http",
                        "ACCEPT DEPARTMENT - Provider:test-dept-http",
                        "PROGRESS DEPARTMENT - Provider:test-dept-http",
                        "RESOLVE DEPARTMENT - Provider:test-dept-http",
                        "CALLBACK GOVERNANCE_CENTRE 511403 -");

        // each step one audited write, under the partner of the key that took it (the audit log is for ADMIN keys only)
        JsonNode audit = post(
                        "{ auditLog(recordId: \"%s\", first: 10) { edges { node { partner mutation } } } }"
                                .formatted(id),
                        adminKey())
                .path("data")
                .path("auditLog")
                .path("edges");
        List<String> writes = new ArrayList<>();
        audit.forEach(e -> writes.add(e.path("node").path("mutation").asString() + " "
                + e.path("node").path("partner").asString()));
        assertThat(writes)
                .containsExactlyInAnyOrder(
                        "reportEvent wanggeyuan-zhang",
                        "routeEvent zongzhi-li",
                        "acceptEvent test-dept-http",
                        "reportEventProgress test-dept-http",
                        "resolveEvent test-dept-http",
                        "callbackEvent zongzhi-li");

        // the public reads, the event by id and the resident's view by its reference, name no key's partner
        String read = post("""
                        { node(id: "%s") { ... on Event { status timeline { action role place { code } department { id } note } } }
                          eventProgress(reference: "%s") { status steps { action role at } community { code } } }""".formatted(id, reported.path("reference").asString()), null)
                .toString();
        assertThat(read)
                .contains("\"status\":\"CLOSED\"", "\"community\":{\"code\":\"" + COMMUNITY + "\"}")
                .doesNotContain("wanggeyuan", "zongzhi", "errors");
    }

    @Test
    void theCentreRoutesByTheCategorysRuleForTheGridAndOnlyThatDepartmentTakesItOn() throws Exception {
        // a grid of 苏祠街道, whose town has a parking rule of its own: the rule of the smallest place wins
        String grid = "511402003001-01";
        String expected = SeedCsv.rows("routing_rules.csv").stream()
                .filter(r -> r.get("category").equals("PARKING") && grid.startsWith(r.get("place_code")))
                .max(Comparator.comparingInt(r -> r.get("place_code").length()))
                .orElseThrow()
                .get("department_id");
        String districtWide = SeedCsv.rows("routing_rules.csv").stream()
                .filter(r -> r.get("category").equals("PARKING")
                        && r.get("place_code").equals("511402"))
                .findFirst()
                .orElseThrow()
                .get("department_id");
        assertThat(expected).isNotEqualTo(districtWide);

        String worker = key("grid-rule-" + grid, Set.of(Scope.EVENTS_GRID), grid);
        String centre = key("centre-511402", Set.of(Scope.EVENTS_CENTRE), "511402");
        String id = mutation(
                        worker,
                        "reportEvent(input: {gridCode: \"%s\", category: \"PARKING\", description: \"僵尸车长期占用公共车位\"})"
                                .formatted(grid))
                .path("id")
                .asString();
        assertThat(mutation(centre, "routeEvent(input: {eventId: \"%s\"})".formatted(id))
                        .path("department")
                        .path("id")
                        .asString())
                .isEqualTo("Provider:" + expected);

        String wrong = key(districtWide, Set.of(Scope.EVENTS_DEPARTMENT), "511402");
        assertThat(post("mutation { acceptEvent(input: {eventId: \"%s\"}) { event { status } } }".formatted(id), wrong)
                        .toString())
                .contains("\"code\":\"FORBIDDEN\"");
        String right = key(expected, Set.of(Scope.EVENTS_DEPARTMENT), "511402");
        assertThat(mutation(right, "acceptEvent(input: {eventId: \"%s\"})".formatted(id))
                        .path("status")
                        .asString())
                .isEqualTo("IN_PROGRESS");
        // the department's queue has it, due first among its own open events
        JsonNode queue = post(
                        "{ departmentQueue(department: \"%s\", first: 100) { edges { node { id status } } } }"
                                .formatted(expected),
                        null)
                .path("data")
                .path("departmentQueue")
                .path("edges");
        List<String> queued = new ArrayList<>();
        queue.forEach(e -> queued.add(e.path("node").path("id").asString()));
        assertThat(queued).contains(id);
    }

    /** The event a mutation answers, failing on any error. */
    private JsonNode mutation(String apiKey, String call) throws Exception {
        String field = call.substring(0, call.indexOf('('));
        JsonNode answer = post("mutation { " + call + " { " + FIELDS + " } }", apiKey);
        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        return answer.path("data").path(field).path("event");
    }

    private JsonNode post(String document, String apiKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document))));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return JSON.readTree(
                http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }
}
