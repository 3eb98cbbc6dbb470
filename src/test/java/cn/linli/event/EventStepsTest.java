package cn.linli.event;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import cn.linli.SeedCsv;
import cn.linli.partner.Scope;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The rules of each step, through the GraphQL mutations: the order of the flow (CONFLICT otherwise), who may take
 * which step (FORBIDDEN otherwise), retries, bad input, escalation, reassignment, reference numbers and time limits.
 * Events are written in a Pengshan grid, which the seed leaves without events.
 */
class EventStepsTest extends PartnerTest {

    private static final String OTHER_GRID = "511403001001-02";
    private static final String PENGSHAN = "511403";

    private String gridWorker() {
        return key("grid-" + GRID, Set.of(Scope.EVENTS_GRID), GRID);
    }

    private String community() {
        return key("community-" + COMMUNITY, Set.of(Scope.EVENTS_GRID), COMMUNITY);
    }

    private String centre() {
        return key("centre-" + PENGSHAN, Set.of(Scope.EVENTS_CENTRE), PENGSHAN);
    }

    /** A key of department {@code id} (a test department, located in 青神县), for Pengshan's events. */
    private String department(String id) {
        return key(testDepartment(id, CITY), Set.of(Scope.EVENTS_DEPARTMENT), PENGSHAN);
    }

    @Test
    void aStepOutOfOrderIsAConflictThatNamesTheStatusTheLevelAndTheStepsAllowedAndChangesNothing() {
        String id = report(gridWorker(), GRID, "SANITATION", "垃圾桶满溢未及时清运");

        step(department("test-dept-order"), "Accept", Map.of("eventId", id))
                .errors()
                .satisfy(errors -> {
                    assertThat(errors).singleElement().satisfies(e -> {
                        assertThat(e.getExtensions())
                                .containsEntry("code", "CONFLICT")
                                .containsEntry("status", "REPORTED")
                                .containsEntry("level", "GRID")
                                .containsEntry("allowed", "escalateEvent, routeEvent, resolveEvent");
                        assertThat(e.getMessage())
                                .contains("is REPORTED (网格发现报告) at the GRID level")
                                .contains("acceptEvent cannot follow that");
                    });
                });
        assertThat(timeline(id)).extracting(s -> s.get("action")).containsExactly("REPORT");
    }

    @Test
    void anEventWhistledUpFromTheGridThroughTheCommunityReachesTheDistrictWhereOnlyRoutingIsLeft() {
        String worker = gridWorker();
        String community = community();
        String id = report(worker, GRID, "NEIGHBOUR_DISPUTE", "楼上楼下漏水纠纷");

        step(worker, "Escalate", Map.of("eventId", id, "reason", "当事人分歧较大，需社区组织调解"))
                .path("step.event.status")
                .entity(String.class)
                .isEqualTo("ESCALATED")
                .path("step.event.level")
                .entity(String.class)
                .isEqualTo("COMMUNITY");
        // the grid's key does not reach the community, which holds it now
        assertError(step(worker, "Escalate", Map.of("eventId", id, "reason", "再次上报")), "FORBIDDEN");
        step(community, "Escalate", Map.of("eventId", id, "reason", "涉及职能部门执法权限，吹哨呼叫区级部门"))
                .path("step.event.level")
                .entity(String.class)
                .isEqualTo("DISTRICT")
                .path("step.event.nextActions")
                .entityList(String.class)
                .containsExactly("ROUTE");
        assertConflict(step(community, "Escalate", Map.of("eventId", id, "reason", "再次上报")), "routeEvent");
        assertConflict(step(community, "Resolve", Map.of("eventId", id, "note", "社区自行处理")), "routeEvent");

        step(
                        centre(),
                        "Route",
                        Map.of("eventId", id, "departmentId", "Provider:" + testDepartment("test-dept-chain", CITY)))
                .path("step.event.status")
                .entity(String.class)
                .isEqualTo("ROUTED")
                .path("step.event.department.id")
                .entity(String.class)
                .isEqualTo("Provider:test-dept-chain");

        List<Map<String, Object>> timeline = timeline(id);
        assertThat(timeline)
                .extracting(
                        s -> s.get("action") + " " + s.get("role") + " " + code(s.get("place")) + " " + s.get("level"))
                .containsExactly(
                        "REPORT GRID_WORKER " + GRID + " GRID",
                        "ESCALATE GRID_WORKER " + GRID + " COMMUNITY",
                        "ESCALATE COMMUNITY_STAFF " + COMMUNITY + " DISTRICT",
                        "ROUTE GOVERNANCE_CENTRE " + PENGSHAN + " DISTRICT");
        assertThat(timeline.get(1).get("note")).isEqualTo("当事人分歧较大，需社区组织调解");
    }

    @Test
    void aRetryWithTheSameClientMutationIdWritesNothingAndAnotherInputUnderItIsBadInput() {
        String worker = gridWorker();
        Map<String, Object> input = new HashMap<>(Map.of(
                "clientMutationId",
                "evt-retry-" + System.nanoTime(),
                "gridCode",
                GRID,
                "category",
                "PARKING",
                "description",
                "车辆长期占用小区消防车道"));
        long before = count("MATCH (e:Event {gridCode: $grid}) RETURN count(e)", Map.of("grid", GRID));
        String id = step(worker, "Report", input)
                .path("step.event.id")
                .entity(String.class)
                .get();
        step(worker, "Report", input).path("step.event.id").entity(String.class).isEqualTo(id);
        assertThat(count("MATCH (e:Event {gridCode: $grid}) RETURN count(e)", Map.of("grid", GRID)))
                .isEqualTo(before + 1);

        Map<String, Object> escalate =
                Map.of("clientMutationId", "evt-retry-escalate-" + id, "eventId", id, "reason", "涉及多个单元，网格无法独立协调");
        step(worker, "Escalate", escalate);
        step(worker, "Escalate", escalate)
                .path("step.event.timeline")
                .entityList(Object.class)
                .hasSize(2);
        assertThat(count(
                        "MATCH (a:AuditEntry {recordId: $id, mutation: 'escalateEvent'}) RETURN count(a)",
                        Map.of("id", id)))
                .isEqualTo(1);

        input.put("description", "另一件事");
        assertError(step(worker, "Report", input), "BAD_USER_INPUT", "input.clientMutationId");
    }

    @Test
    void aKeyActsOnlyInItsOwnRoleOnItsOwnPlacesAndAsItsOwnDepartment() {
        String worker = gridWorker();
        String id = report(worker, GRID, "SAFETY_HAZARD", "电动车楼道内充电");

        assertError(step(worker, "Route", Map.of("eventId", id)), "FORBIDDEN", null, "may not write EVENTS_CENTRE");
        assertError(
                step(centre(), "Report", Map.of("gridCode", GRID, "category", "PARKING", "description", "非机动车乱停")),
                "FORBIDDEN",
                null,
                "may not write EVENTS_GRID");
        String neighbour = key("grid-" + OTHER_GRID, Set.of(Scope.EVENTS_GRID), OTHER_GRID);
        assertError(step(neighbour, "Resolve", Map.of("eventId", id, "note", "已处理")), "FORBIDDEN", null, GRID);
        String departmentA = department("test-dept-scope-a");
        assertError(
                step(departmentA, "Resolve", Map.of("eventId", id, "note", "已处理")),
                "FORBIDDEN",
                null,
                "may not act as GRID_WORKER");

        String departmentB = department("test-dept-scope-b");
        step(centre(), "Route", Map.of("eventId", id, "departmentId", "Provider:test-dept-scope-b"));
        assertError(
                step(departmentA, "Accept", Map.of("eventId", id)), "FORBIDDEN", null, "routed to test-dept-scope-b");
        assertThat(status(id)).isEqualTo("ROUTED");
        step(departmentB, "Accept", Map.of("eventId", id))
                .path("step.event.status")
                .entity(String.class)
                .isEqualTo("IN_PROGRESS");
    }

    /** The public timeline says which role acted for which place: a community's key acts as the community. */
    @Test
    void aCommunityKeyTakingAGridStepIsRecordedAsTheCommunitysStaffForTheCommunity() {
        String id = report(community(), GRID, "PARKING", "非机动车乱停占用盲道");
        step(community(), "Resolve", Map.of("eventId", id, "note", "社区已组织清理"));
        assertThat(timeline(id))
                .extracting(s -> s.get("action") + " " + s.get("role") + " " + ((Map<?, ?>) s.get("place")).get("code"))
                .containsExactly("REPORT COMMUNITY_STAFF " + COMMUNITY, "RESOLVE COMMUNITY_STAFF " + COMMUNITY);
        String byWorker = report(gridWorker(), GRID, "PARKING", "非机动车乱停占用消防通道");
        assertThat(timeline(byWorker))
                .extracting(s -> s.get("role") + " " + ((Map<?, ?>) s.get("place")).get("code"))
                .containsExactly("GRID_WORKER " + GRID);
    }

    /** A district's events go to departments that answer for it: its own district's, or the city's. */
    @Test
    void anEventIsRoutedOnlyToADepartmentOfItsOwnDistrictOrAbove() {
        String id = report(gridWorker(), GRID, "WATER_DRAINAGE", "雨水井堵塞积水");
        testDepartment("test-dept-qingshen");
        assertError(
                step(centre(), "Route", Map.of("eventId", id, "departmentId", "Provider:test-dept-qingshen")),
                "BAD_USER_INPUT",
                "input.departmentId",
                "input.departmentId 'Provider:test-dept-qingshen' is a department of " + QINGSHEN);
        assertError(
                step(centre(), "Route", Map.of("eventId", id, "departmentId", "Provider:dept-08")),
                "BAD_USER_INPUT",
                "input.departmentId",
                "input.departmentId 'Provider:dept-08' is a department of 511402");
        assertThat(status(id)).isEqualTo("REPORTED");
        testDepartment("test-dept-city", CITY);
        step(centre(), "Route", Map.of("eventId", id, "departmentId", "Provider:test-dept-city"))
                .path("step.event.status")
                .entity(String.class)
                .isEqualTo("ROUTED");
    }

    @Test
    void aReassignedEventWaitsForItsNewDepartmentWhichAloneMayTakeItOn() {
        String id = report(gridWorker(), GRID, "WATER_DRAINAGE", "小区下水道堵塞返水");
        String first = department("test-dept-first");
        String second = department("test-dept-second");
        step(centre(), "Route", Map.of("eventId", id, "departmentId", "Provider:test-dept-first"));
        step(first, "Accept", Map.of("eventId", id))
                .path("step.event.acceptedAt")
                .hasValue();

        step(
                        centre(),
                        "Reassign",
                        Map.of("eventId", id, "departmentId", "Provider:test-dept-second", "reason", "职责不符，改派至主责部门"))
                .path("step.event.status")
                .entity(String.class)
                .isEqualTo("ROUTED")
                .path("step.event.department.id")
                .entity(String.class)
                .isEqualTo("Provider:test-dept-second")
                .path("step.event.acceptedAt")
                .valueIsNull();
        assertConflict(step(first, "Progress", Map.of("eventId", id, "note", "已派员现场核查")), "acceptEvent, reassignEvent");
        assertError(step(first, "Accept", Map.of("eventId", id)), "FORBIDDEN");
        assertError(
                step(
                        centre(),
                        "Reassign",
                        Map.of("eventId", id, "departmentId", "Provider:test-dept-second", "reason", "再改派")),
                "BAD_USER_INPUT",
                "input.departmentId");
        step(second, "Accept", Map.of("eventId", id))
                .path("step.event.status")
                .entity(String.class)
                .isEqualTo("IN_PROGRESS");
        assertThat(count(
                        "MATCH (:Event {id: $key})-[:ASSIGNED_TO]->(d:Provider) RETURN count(d)",
                        Map.of("key", id.substring("Event:".length()))))
                .isEqualTo(1);
    }

    @Test
    void badInputIsRefusedNamingTheFieldBeforeAnythingIsWritten() {
        String worker = gridWorker();
        assertError(
                step(worker, "Report", Map.of("gridCode", GRID, "category", "NO_SUCH", "description", "井盖松动")),
                "BAD_USER_INPUT",
                "input.category");
        assertError(
                step(
                        worker,
                        "Report",
                        Map.of("gridCode", "511403001001-99", "category", "PARKING", "description", "井盖松动")),
                "BAD_USER_INPUT",
                "input.gridCode");
        assertError(
                step(
                        worker,
                        "Report",
                        Map.of("gridCode", GRID, "category", "PARKING", "description", "车主电话13812345678占道停车")),
                "BAD_USER_INPUT",
                "input.description");
        assertError(
                step(
                        worker,
                        "Report",
                        Map.of(
                                "gridCode",
                                GRID,
                                "category",
                                "PARKING",
                                "description",
                                "占道停车",
                                "address",
                                "3栋2单元501门口")),
                "BAD_USER_INPUT",
                "input.address");
        String id = report(worker, GRID, "PARKING", "非机动车乱停占用盲道");
        assertError(step(worker, "Resolve", Map.of("eventId", id)), "BAD_USER_INPUT", "input.note");
        assertError(step(worker, "Escalate", Map.of("eventId", id, "reason", " ")), "BAD_USER_INPUT", "input.reason");
        assertError(
                step(centre(), "Route", Map.of("eventId", id, "departmentId", "Provider:pb-" + GRID)),
                "BAD_USER_INPUT",
                "input.departmentId");
        // no rule routes Pengshan's parking: the centre must name the department
        assertError(step(centre(), "Route", Map.of("eventId", id)), "BAD_USER_INPUT", "input.departmentId");
        assertError(
                step(worker, "Resolve", Map.of("eventId", "Event:" + PENGSHAN + "-1999-000001", "note", "已处理")),
                "NOT_FOUND");
        assertThat(timeline(id)).hasSize(1);
    }

    @Test
    void concurrentReportsInOneDistrictTakeDistinctReferenceNumbersAfterTheLastOfItsYear() throws Exception {
        String worker = key("grid-refs", Set.of(Scope.EVENTS_GRID), COMMUNITY);
        String prefix = "Event:" + PENGSHAN + "-"
                + OffsetDateTime.now(ZoneOffset.ofHours(8)).getYear() + "-";
        String last = cypher.read(
                        "MATCH (e:Event) WHERE e.id STARTS WITH $prefix RETURN max(e.id) AS last",
                        Map.of("prefix", prefix.substring("Event:".length())))
                .get(0)
                .get("last")
                .asString("");
        int lastNumber = last.isEmpty() ? 0 : Integer.parseInt(last.substring(prefix.length() - "Event:".length()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> reports = new ArrayList<>();
            for (String grid : List.of(GRID, OTHER_GRID, GRID, OTHER_GRID)) {
                reports.add(pool.submit(() -> {
                    start.await();
                    return report(worker, grid, "SANITATION", "背街小巷建筑垃圾堆放");
                }));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<String> report : reports) {
                String id = report.get();
                assertThat(id).startsWith(prefix).hasSize(prefix.length() + 6);
                numbers.add(Integer.parseInt(id.substring(prefix.length())));
            }
            // other tests may report in the district meanwhile: the numbers are the next ones, not necessarily adjacent
            assertThat(numbers)
                    .doesNotHaveDuplicates()
                    .allSatisfy(n -> assertThat(n).isGreaterThan(lastNumber));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEventIsDueItsCategorysLimitAfterItsReportAndOverdueOncePastItUnresolved() {
        Map<String, String> limits = new HashMap<>();
        SeedCsv.rows("event_categories.csv").forEach(r -> limits.put(r.get("code"), r.get("time_limit_hours")));
        String worker = gridWorker();
        String id = report(worker, GRID, "PROPERTY_MANAGEMENT", "电梯停运多日未修复");
        Map<String, Object> event = event(id);
        assertThat(OffsetDateTime.parse((String) event.get("expectedAt")))
                .isEqualTo(OffsetDateTime.parse((String) event.get("reportedAt"))
                        .plusHours(Long.parseLong(limits.get("PROPERTY_MANAGEMENT"))));
        assertThat(event.get("overdue")).isEqualTo(false);

        // the limit passed an hour ago: overdue while unresolved, and still overdue once resolved late
        cypher.write(tx -> tx.update(
                "MATCH (e:Event {id: $key}) SET e.expectedAt = datetime() - duration('PT1H')",
                Map.of("key", id.substring("Event:".length()))));
        assertThat(event(id).get("overdue")).isEqualTo(true);
        assertThat(overdueIds(true)).contains(id);
        assertThat(overdueIds(false)).doesNotContain(id);
        step(worker, "Resolve", Map.of("eventId", id, "note", "已联系物业完成处理"))
                .path("step.event.overdue")
                .entity(Boolean.class)
                .isEqualTo(true);
    }

    private List<String> overdueIds(boolean overdue) {
        return graphQl()
                .document("""
                        query($within: String, $overdue: Boolean) {
                          events(within: $within, overdue: $overdue, first: 100) { edges { node { id } } } }""")
                .variable("within", GRID)
                .variable("overdue", overdue)
                .execute()
                .path("events.edges[*].node.id")
                .entityList(String.class)
                .get();
    }

    private String report(String apiKey, String grid, String category, String description) {
        return step(apiKey, "Report", Map.of("gridCode", grid, "category", category, "description", description))
                .path("step.event.id")
                .entity(String.class)
                .get();
    }

    private GraphQlTester.Response step(String apiKey, String operation, Map<String, Object> input) {
        return as(apiKey)
                .documentName("eventSteps")
                .operationName(operation)
                .variable("input", input)
                .execute();
    }

    private Map<String, Object> event(String id) {
        return graphQl()
                .document("query($id: ID!) { node(id: $id) { ... on Event { status reportedAt expectedAt overdue } } }")
                .variable("id", id)
                .execute()
                .path("node")
                .entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
                .get();
    }

    private String status(String id) {
        return (String) event(id).get("status");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> timeline(String id) {
        return graphQl()
                .document("""
                        query($id: ID!) { node(id: $id) { ... on Event {
                          timeline { action role level note place { code } } } } }""")
                .variable("id", id)
                .execute()
                .path("node.timeline")
                .entityList(Map.class)
                .get()
                .stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static String code(Object place) {
        return place == null ? null : (String) ((Map<String, Object>) place).get("code");
    }

    private static void assertConflict(GraphQlTester.Response response, String allowed) {
        response.errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getExtensions())
                                .containsEntry("code", "CONFLICT")
                                .containsEntry("allowed", allowed)));
    }

    private static void assertError(GraphQlTester.Response response, String code) {
        assertError(response, code, null, null);
    }

    private static void assertError(GraphQlTester.Response response, String code, String field) {
        assertError(response, code, field, null);
    }
}
