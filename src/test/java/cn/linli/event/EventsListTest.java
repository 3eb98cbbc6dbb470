package cn.linli.event;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliTest;
import cn.linli.SeedCsv;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The events lists, an event's timeline, a resident's view and who answers for a place, against the seed files read
 * here. Tests that write report events now, after the seed's year: every list here is held to that year.
 */
class EventsListTest extends LinliTest {

    private static final Map<String, String> SEED_YEAR = Map.of("from", "2024-07-01", "to", "2025-06-30");

    private static final List<Map<String, String>> EVENTS = SeedCsv.rows("events.csv");
    private static final List<Map<String, String>> STEPS = SeedCsv.rows("event_steps.csv");

    private static final String LIST = """
            query($within: String, $status: [EventStatus!], $category: String, $department: String, $overdue: Boolean,
                  $reported: DateRange, $sort: EventSort, $first: Int, $after: String) {
              events(within: $within, status: $status, category: $category, department: $department, overdue: $overdue,
                     reported: $reported, sort: $sort, first: $first, after: $after) {
                totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }""";

    @Test
    void eachFilterKeepsTheSeedEventsItNames() {
        assertThat(total(Map.of("within", "511402"))).isEqualTo(EVENTS.size());
        assertThat(total(Map.of("within", "511402003")))
                .isEqualTo(count(e -> e.get("grid_code").startsWith("511402003")));
        assertThat(total(Map.of("within", "511402", "status", List.of("ROUTED", "IN_PROGRESS"))))
                .isEqualTo(count(e -> List.of("ROUTED", "IN_PROGRESS").contains(e.get("status"))));
        assertThat(total(Map.of("within", "511402", "category", "SANITATION")))
                .isEqualTo(count(e -> e.get("category").equals("SANITATION")));
        assertThat(total(Map.of("within", "511402", "department", "dept-08")))
                .isEqualTo(count(e -> e.get("department_id").equals("dept-08")))
                .isPositive();
        // the department as the mutations name it, with its type
        assertThat(total(Map.of("within", "511402", "department", "Provider:dept-08")))
                .isEqualTo(count(e -> e.get("department_id").equals("dept-08")));
        long overdue = count(EventsListTest::overdue);
        assertThat(overdue).isPositive();
        assertThat(total(Map.of("within", "511402", "overdue", true))).isEqualTo(overdue);
        assertThat(total(Map.of("within", "511402", "overdue", false))).isEqualTo(EVENTS.size() - overdue);
        assertThat(total(Map.of("within", "511402", "reported", Map.of("from", "2025-01-01", "to", "2025-01-31"))))
                .isEqualTo(count(e -> e.get("reported_at").startsWith("2025-01-")));
    }

    /** A filter that names nothing is an error, never an empty list that reads as "no events". */
    @Test
    void aFilterNamingNoPlaceCategoryOrDepartmentIsAnErrorNotAnEmptyList() {
        expectError(list(Map.of("within", "999999")), "NOT_FOUND", null);
        expectError(list(Map.of("within", " ")), "BAD_USER_INPUT", "within");
        expectError(list(Map.of("within", "511402", "category", "FOO")), "BAD_USER_INPUT", "category");
        expectError(list(Map.of("within", "511402", "department", "dept-99")), "NOT_FOUND", null);
        expectError(list(Map.of("within", "511402", "department", "nc-jinlong")), "BAD_USER_INPUT", "department");
        expectError(list(Map.of("within", "511402", "department", " ")), "BAD_USER_INPUT", "department");
        for (String department : List.of("dept-99", "", "Provider:nc-jinlong")) {
            GraphQlTester.Response queue = graphQl()
                    .document("query($d: String!) { departmentQueue(department: $d) { totalCount } }")
                    .variable("d", department)
                    .execute();
            queue.errors().satisfy(errors -> assertThat(errors).as(department).singleElement());
        }
        assertThat(graphQl()
                        .document("{ departmentQueue(department: \"Provider:dept-08\") { totalCount } }")
                        .execute()
                        .path("departmentQueue.totalCount")
                        .entity(Long.class)
                        .get())
                .isEqualTo(count(e -> e.get("department_id").equals("dept-08")
                        && List.of("ROUTED", "IN_PROGRESS").contains(e.get("status"))));
    }

    private static void expectError(GraphQlTester.Response response, String code, String field) {
        response.errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("code", code);
                    if (field != null) {
                        assertThat(error.getExtensions()).containsEntry("field", field);
                    }
                }));
    }

    @Test
    void cursorsWalkACommunitysEventsNewestFirstEachOnce() {
        String community = EVENTS.get(0).get("grid_code").substring(0, 12);
        List<String> expected = EVENTS.stream()
                .filter(e -> e.get("grid_code").startsWith(community))
                .sorted(Comparator.comparing((Map<String, String> e) -> OffsetDateTime.parse(e.get("reported_at")))
                        .thenComparing(e -> e.get("id"))
                        .reversed())
                .map(e -> "Event:" + e.get("id"))
                .toList();
        assertThat(expected).hasSizeGreaterThan(7);
        List<String> walked = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            Map<String, Object> variables = new HashMap<>(Map.of("within", community, "first", 7));
            if (after != null) {
                variables.put("after", after);
            }
            GraphQlTester.Response page = list(variables);
            walked.addAll(page.path("events.edges[*].node.id")
                    .entityList(String.class)
                    .get());
            more = page.path("events.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .get();
            after = page.path("events.pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(walked).isEqualTo(expected);
    }

    @Test
    void anEventReadsAsItsSeedRowWithItsWholeTimeline() {
        Map<String, String> row = EVENTS.stream()
                .filter(e ->
                        !e.get("department_id").isEmpty() && e.get("status").equals("CLOSED"))
                .findFirst()
                .orElseThrow();
        List<Map<String, String>> steps = STEPS.stream()
                .filter(s -> s.get("event_id").equals(row.get("id")))
                .toList();
        graphQl()
                .document("""
                        query($id: ID!) { node(id: $id) { ... on Event {
                          reference description status level open311Status statusLabel nextActions reportedAt expectedAt
                          resolvedAt satisfied provenance category { code name timeLimitHours } grid { code }
                          department { id kind }
                          timeline { position action actionLabel role place { code } department { id } at note } } } }""")
                .variable("id", "Event:" + row.get("id"))
                .execute()
                .path("node.reference")
                .entity(String.class)
                .isEqualTo(row.get("id"))
                .path("node.description")
                .entity(String.class)
                .isEqualTo(row.get("description"))
                .path("node.status")
                .entity(String.class)
                .isEqualTo("CLOSED")
                .path("node.open311Status")
                .entity(String.class)
                .isEqualTo("CLOSED")
                .path("node.statusLabel")
                .entity(String.class)
                .isEqualTo("办结回访反馈")
                .path("node.nextActions")
                .entityList(String.class)
                .hasSize(0)
                .path("node.level")
                .entity(String.class)
                .isEqualTo(row.get("level"))
                .path("node.expectedAt")
                .entity(String.class)
                .isEqualTo(row.get("expected_at"))
                .path("node.resolvedAt")
                .entity(String.class)
                .isEqualTo(row.get("resolved_at"))
                .path("node.satisfied")
                .entity(Boolean.class)
                .isEqualTo(Boolean.parseBoolean(row.get("satisfied")))
                .path("node.provenance")
                .entity(String.class)
                .isEqualTo("SYNTHETIC")
                .path("node.category.code")
                .entity(String.class)
                .isEqualTo(row.get("category"))
                .path("node.grid.code")
                .entity(String.class)
                .isEqualTo(row.get("grid_code"))
                .path("node.department.id")
                .entity(String.class)
                .isEqualTo("Provider:" + row.get("department_id"))
                .path("node.department.kind")
                .entity(String.class)
                .isEqualTo("DEPARTMENT")
                .path("node.timeline[*].action")
                .entityList(String.class)
                .isEqualTo(steps.stream().map(s -> s.get("action")).toList())
                .path("node.timeline[*].role")
                .entityList(String.class)
                .isEqualTo(steps.stream().map(s -> s.get("role")).toList())
                .path("node.timeline[*].at")
                .entityList(String.class)
                .isEqualTo(steps.stream().map(s -> s.get("at")).toList())
                .path("node.timeline[0].actionLabel")
                .entity(String.class)
                .isEqualTo("网格发现报告");
    }

    @Test
    void aResidentFollowsAnEventByItsReferenceAndSeesNoNoteNorItsGrid() {
        Map<String, String> row = EVENTS.stream()
                .filter(e -> !e.get("department_id").isEmpty())
                .findFirst()
                .orElseThrow();
        List<Map<String, String>> steps = STEPS.stream()
                .filter(s -> s.get("event_id").equals(row.get("id")))
                .toList();
        GraphQlTester.Response answer =
                graphQl().document("""
                        query($reference: String!) { eventProgress(reference: $reference) {
                          reference status statusLabel open311Status reportedAt expectedAt overdue
                          category { code } community { code name } steps { action actionLabel role at } } }""").variable("reference", row.get("id")).execute();
        answer.path("eventProgress.community.code")
                .entity(String.class)
                .isEqualTo(row.get("grid_code").substring(0, 12))
                .path("eventProgress.steps[*].action")
                .entityList(String.class)
                .isEqualTo(steps.stream().map(s -> s.get("action")).toList())
                .path("eventProgress.steps[*].role")
                .entityList(String.class)
                .isEqualTo(steps.stream().map(s -> s.get("role")).toList());
        String text = answer.path("eventProgress").entity(Map.class).get().toString();
        steps.stream()
                .map(s -> s.get("note"))
                .filter(note -> !note.isEmpty())
                .forEach(note -> assertThat(text).doesNotContain(note));
        assertThat(text).doesNotContain(row.get("grid_code"));

        graphQl()
                .document("{ eventProgress(reference: \"511402-1999-000001\") { status } }")
                .execute()
                .path("eventProgress")
                .valueIsNull();
        // what is no reference number at all is said so, not answered as an unknown one
        for (String malformed : List.of("hello", "", "Event:511402-2024-000001", "511402-2024-1")) {
            expectError(
                    graphQl()
                            .document("query($r: String!) { eventProgress(reference: $r) { status } }")
                            .variable("r", malformed)
                            .execute(),
                    "BAD_USER_INPUT",
                    "reference");
        }
    }

    @Test
    void theCategoriesAndTheirRoutingRulesAreTheSeeds() {
        List<Map<String, String>> categories = SeedCsv.rows("event_categories.csv");
        graphQl()
                .document("{ eventCategories { code name timeLimitHours } }")
                .execute()
                .path("eventCategories[*].code")
                .entityList(String.class)
                .isEqualTo(categories.stream().map(c -> c.get("code")).sorted().toList())
                .path("eventCategories[*].timeLimitHours")
                .entityList(Integer.class)
                .isEqualTo(categories.stream()
                        .sorted(Comparator.comparing(c -> c.get("code")))
                        .map(c -> Integer.parseInt(c.get("time_limit_hours")))
                        .toList());
        List<String> parkingRules = SeedCsv.rows("routing_rules.csv").stream()
                .filter(r -> r.get("category").equals("PARKING"))
                .sorted(Comparator.comparing(r -> r.get("place_code")))
                .map(r -> r.get("place_code") + " Provider:" + r.get("department_id"))
                .toList();
        assertThat(parkingRules).hasSizeGreaterThan(1);
        List<String> routes = new ArrayList<>();
        graphQl()
                .document("{ eventCategories { code routes { place { code } department { id } } } }")
                .execute()
                .path("eventCategories[?(@.code == 'PARKING')].routes[*]")
                .entityList(Map.class)
                .get()
                .forEach(r -> routes.add(
                        ((Map<?, ?>) r.get("place")).get("code") + " " + ((Map<?, ?>) r.get("department")).get("id")));
        assertThat(routes).isEqualTo(parkingRules);
    }

    @Test
    void theDepartmentsReportingForACommunityAreItsRegistrationsAndItsGridsShareThem() {
        List<Map<String, String>> registrations = SeedCsv.rows("reports_for.csv");
        String community = registrations.get(0).get("place_code");
        List<String> expected = registrations.stream()
                .filter(r -> r.get("place_code").equals(community))
                .map(r -> "Provider:" + r.get("department_id"))
                .sorted()
                .toList();
        String grid = SeedCsv.rows("grids.csv").stream()
                .filter(g -> g.get("parent_code").equals(community))
                .findFirst()
                .orElseThrow()
                .get("code");
        String department = registrations.get(0).get("department_id");
        graphQl()
                .document("""
                        query($community: ID!, $grid: ID!, $department: ID!) {
                          community: node(id: $community) { ... on Community {
                            reportingDepartments(first: 100) { totalCount edges { node { id } } } } }
                          grid: node(id: $grid) { ... on Grid { reportingDepartments(first: 100) { totalCount } } }
                          department: node(id: $department) { ... on Provider { reportsFor(first: 1) { totalCount } } } }""")
                .variable("community", "Community:" + community)
                .variable("grid", "Grid:" + grid)
                .variable("department", "Provider:" + department)
                .execute()
                .path("community.reportingDepartments.edges[*].node.id")
                .entityList(String.class)
                .isEqualTo(expected)
                .path("grid.reportingDepartments.totalCount")
                .entity(Integer.class)
                .isEqualTo(expected.size())
                .path("department.reportsFor.totalCount")
                .entity(Long.class)
                .isEqualTo(registrations.stream()
                        .filter(r -> r.get("department_id").equals(department))
                        .count());
    }

    /** Overdue as docs/EVENTS.md defines it, computed here: resolved after its limit, or unresolved past it now. */
    static boolean overdue(Map<String, String> event) {
        OffsetDateTime expected = OffsetDateTime.parse(event.get("expected_at"));
        return event.get("resolved_at").isEmpty()
                ? OffsetDateTime.now().isAfter(expected)
                : OffsetDateTime.parse(event.get("resolved_at")).isAfter(expected);
    }

    private static long count(Predicate<Map<String, String>> filter) {
        return EVENTS.stream().filter(filter).count();
    }

    private long total(Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.putIfAbsent("reported", SEED_YEAR);
        all.put("first", 1);
        return list(all).path("events.totalCount").entity(Long.class).get();
    }

    private GraphQlTester.Response list(Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.putIfAbsent("reported", SEED_YEAR);
        GraphQlTester.Request<?> request = graphQl().document(LIST);
        all.forEach(request::variable);
        return request.execute();
    }
}
