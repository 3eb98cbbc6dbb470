package cn.linli.event;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import cn.linli.partner.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * 部门报到 through the API: who may register which department where, that registering twice is one registration,
 * that withdrawing ends it, and that the lists of who answers for whom, the change feed and routing see it. Written in
 * Pengshan (511403), where the seed registers no department, with departments of the tests' own.
 */
class DutyTest extends PartnerTest {

    private static final String PENGSHAN = "511403";
    /** A grid of {@link #COMMUNITY}'s neighbour, which a registration for the community does not cover. */
    private static final String OTHER_GRID = "511403001002-01";

    private String ownKey(String department) {
        return key(department, Set.of(Scope.EVENTS_DEPARTMENT), PENGSHAN);
    }

    private String centre() {
        return key("centre-duty-" + PENGSHAN, Set.of(Scope.EVENTS_CENTRE), PENGSHAN);
    }

    @Test
    void aDepartmentReportsForDutyInACommunityAndIsListedThereInItsGridsAndAmongThePlacesItAnswersFor() {
        String department = testDepartment("test-dept-duty-own", CITY);

        Map<String, Object> registration = register(ownKey(department), department, COMMUNITY)
                .path("result.registration")
                .entity(Map.class)
                .get();

        assertThat(registration)
                .containsEntry("id", "DutyRegistration:" + department + "/" + COMMUNITY)
                .containsEntry("provenance", "PARTNER")
                .containsEntry("department", Map.of("id", "Provider:" + department))
                .containsEntry("place", Map.of("code", COMMUNITY));
        assertThat(registration.get("createdAt")).isNotNull().isEqualTo(registration.get("updatedAt"));
        Shown shown = shown(department, COMMUNITY, GRID);
        assertThat(shown.community()).contains("Provider:" + department);
        assertThat(shown.grid())
                .as("a community's registration covers its grids")
                .contains("Provider:" + department);
        assertThat(shown.places()).containsExactly(COMMUNITY);
        assertThat(shown(department, COMMUNITY, OTHER_GRID).grid()).doesNotContain("Provider:" + department);
        assertThat(count(
                        "MATCH (a:AuditEntry {recordId: $id, mutation: 'reportForDuty', partner: $partner}) RETURN count(a)",
                        Map.of("id", registration.get("id"), "partner", department)))
                .isEqualTo(1);
        graphQl()
                .document("query($id: ID!) { node(id: $id) { ... on DutyRegistration { id place { code } } } }")
                .variable("id", registration.get("id"))
                .execute()
                .path("node.place.code")
                .entity(String.class)
                .isEqualTo(COMMUNITY);
    }

    @Test
    void registeringTwiceIsOneRegistrationThatKeepsItsFirstDatesAndChangeNumber() {
        String department = testDepartment("test-dept-duty-twice", CITY);
        String key = ownKey(department);
        Map<String, Object> first = registration(register(key, department, GRID));
        Map<String, Object> stamps = stamps(department, GRID);

        Map<String, Object> again = registration(register(key, department, GRID));

        assertThat(again).isEqualTo(first);
        assertThat(stamps(department, GRID)).isEqualTo(stamps);
        assertThat(count(
                        "MATCH (:Provider {id: $department})-[r:REPORTS_FOR]->(:Place {code: $place}) RETURN count(r)",
                        Map.of("department", department, "place", GRID)))
                .isEqualTo(1);
        // a retry under the same clientMutationId answers the registration without a second audit entry
        Map<String, Object> input = input(department, GRID);
        input.put("clientMutationId", "duty-retry-" + System.nanoTime());
        registration(as(key).documentName("duty")
                .operationName("Register")
                .variable("input", input)
                .execute());
        registration(as(key).documentName("duty")
                .operationName("Register")
                .variable("input", input)
                .execute());
        assertThat(count(
                        "MATCH (a:AuditEntry {clientMutationId: $id}) RETURN count(a)",
                        Map.of("id", input.get("clientMutationId"))))
                .isEqualTo(1);
    }

    @Test
    void aDepartmentsKeyRegistersItsOwnDepartmentOnlyAndTheGovernanceCentresKeyAnyWithinTheKeysPlaces() {
        String mine = testDepartment("test-dept-duty-mine", CITY);
        String other = testDepartment("test-dept-duty-other", CITY);

        assertError(register(ownKey(mine), other, COMMUNITY), "FORBIDDEN", null, "registers its own department only");
        assertError(withdraw(ownKey(mine), other, COMMUNITY), "FORBIDDEN", null, "registers its own department only");
        assertError(
                register(key(mine, Set.of(Scope.EVENTS_DEPARTMENT), QINGSHEN), mine, COMMUNITY),
                "FORBIDDEN",
                null,
                "is outside");
        assertError(register(key(mine, Set.of(Scope.EVENTS_GRID), PENGSHAN), mine, COMMUNITY), "FORBIDDEN", null, null);
        assertThat(shown(other, COMMUNITY, GRID).places()).isEmpty();
        assertThat(shown(mine, COMMUNITY, GRID).places()).isEmpty();

        register(centre(), other, COMMUNITY)
                .path("result.registration.id")
                .entity(String.class)
                .isEqualTo("DutyRegistration:" + other + "/" + COMMUNITY);
        assertThat(shown(other, COMMUNITY, GRID).places()).containsExactly(COMMUNITY);
    }

    @Test
    void aPlaceThatIsNoCommunityOrGridAndAProviderThatIsNoDepartmentAreBadInputNamingTheField() {
        String department = testDepartment("test-dept-duty-input", CITY);
        String key = centre();
        for (String place : List.of(PENGSHAN, "511403001", "511403999999", " ")) {
            assertError(register(key, department, place), "BAD_USER_INPUT", "input.placeCode", "no community or grid");
        }
        // a neighbourhood centre of the seed serves places; it does not report for duty
        assertError(register(key, "nc-jinlong", COMMUNITY), "BAD_USER_INPUT", "input.departmentId", "is no department");
        assertError(register(key, "no-such-dept", COMMUNITY), "BAD_USER_INPUT", "input.departmentId", null);
        // Dongpo's housing bureau answers for Dongpo, not for Pengshan's communities
        assertError(register(key, "dept-08", COMMUNITY), "BAD_USER_INPUT", "input.placeCode", "lies outside 511402");
        assertThat(shown(department, COMMUNITY, GRID).places()).isEmpty();
    }

    @Test
    void withdrawingEndsTheRegistrationLeavesADeletedEntryInTheFeedAndWithdrawingWhatIsNotThereIsNotFound() {
        String department = testDepartment("test-dept-duty-withdraw", CITY);
        String key = ownKey(department);
        String id = "DutyRegistration:" + department + "/" + COMMUNITY;
        String before = feedEnd();
        register(key, department, COMMUNITY);
        assertThat(feedKinds(id, before)).containsExactly("ADDED");

        withdraw(key, department, COMMUNITY)
                .path("result.withdrawnId")
                .entity(String.class)
                .isEqualTo(id);

        Shown shown = shown(department, COMMUNITY, GRID);
        assertThat(shown.community()).doesNotContain("Provider:" + department);
        assertThat(shown.grid()).doesNotContain("Provider:" + department);
        assertThat(shown.places()).isEmpty();
        assertThat(feedKinds(id, before)).containsExactly("DELETED");
        graphQl()
                .document("query($id: ID!) { node(id: $id) { id } }")
                .variable("id", id)
                .execute()
                .path("node")
                .valueIsNull();
        assertError(withdraw(key, department, COMMUNITY), "NOT_FOUND", null, "is not registered for " + COMMUNITY);

        // registered anew, it is listed once, as it is now, without its tombstone
        register(key, department, COMMUNITY);
        assertThat(feedKinds(id, before)).containsExactly("ADDED");
    }

    @Test
    void anEventReportedAfterADepartmentRegistersIsInAGridItAnswersForAndIsRoutedAsTheCategoryRulesSay() {
        String department = testDepartment("test-dept-duty-route", CITY);
        register(ownKey(department), department, COMMUNITY);
        String event = as(key("grid-duty-" + GRID, Set.of(Scope.EVENTS_GRID), GRID))
                .documentName("eventSteps")
                .operationName("Report")
                .variable("input", Map.of("gridCode", GRID, "category", "SANITATION", "description", "路灯杆倾斜存在隐患"))
                .execute()
                .path("step.event.id")
                .entity(String.class)
                .get();
        List<String> answering = graphQl()
                .document("""
                        query($id: ID!) { node(id: $id) { ... on Event {
                          grid { reportingDepartments(first: 100) { edges { node { id } } } } } } }""")
                .variable("id", event)
                .execute()
                .path("node.grid.reportingDepartments.edges[*].node.id")
                .entityList(String.class)
                .get();
        assertThat(answering).contains("Provider:" + department);

        // registration is no routing rule: Pengshan has none for SANITATION, so the centre names the department
        assertError(
                as(centre())
                        .documentName("eventSteps")
                        .operationName("Route")
                        .variable("input", Map.of("eventId", event))
                        .execute(),
                "BAD_USER_INPUT",
                "input.departmentId",
                "no routing rule of SANITATION covers grid " + GRID);
        as(centre())
                .documentName("eventSteps")
                .operationName("Route")
                .variable("input", Map.of("eventId", event, "departmentId", "Provider:" + department))
                .execute()
                .path("step.event.department.id")
                .entity(String.class)
                .isEqualTo("Provider:" + department);
        graphQl()
                .document("query($d: String!) { departmentQueue(department: $d) { edges { node { id } } } }")
                .variable("d", department)
                .execute()
                .path("departmentQueue.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(event);
    }

    private record Shown(List<String> community, List<String> grid, List<String> places) {}

    private Shown shown(String department, String community, String grid) {
        GraphQlTester.Response response = graphQl()
                .documentName("duty")
                .operationName("Shown")
                .variable("community", "Community:" + community)
                .variable("grid", "Grid:" + grid)
                .variable("department", "Provider:" + department)
                .execute();
        return new Shown(
                response.path("community.reportingDepartments.edges[*].node.id")
                        .entityList(String.class)
                        .get(),
                response.path("grid.reportingDepartments.edges[*].node.id")
                        .entityList(String.class)
                        .get(),
                response.path("department.reportsFor.edges[*].node.code")
                        .entityList(String.class)
                        .get());
    }

    /** The cursor after the change feed's last entry now. */
    private String feedEnd() {
        String[] end = {null};
        follow(null, node -> {}, end);
        return end[0];
    }

    /** The kinds under which the change feed lists record {@code id} after cursor {@code after}. */
    private List<String> feedKinds(String id, String after) {
        List<String> kinds = new ArrayList<>();
        follow(
                after,
                node -> {
                    if (id.equals(node.get("id"))) {
                        kinds.add((String) node.get("kind"));
                    }
                },
                new String[1]);
        return kinds;
    }

    /** Reads the feed from {@code after} to its end, handing each entry on; {@code end} gets the last cursor. */
    private void follow(String after, Consumer<Map<?, ?>> each, String[] end) {
        boolean more = true;
        while (more) {
            GraphQlTester.Response page =
                    graphQl().document("""
                            query($after: String) { changes(after: $after, first: 100) {
                              edges { node { id kind } } pageInfo { hasNextPage endCursor } } }""").variable("after", after).execute();
            page.path("changes.edges[*].node").entityList(Map.class).get().forEach(node -> each.accept(node));
            more = page.path("changes.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .get();
            after = page.path("changes.pageInfo.endCursor").entity(String.class).get();
        }
        end[0] = after;
    }

    private Map<String, Object> stamps(String department, String place) {
        return cypher.read("""
                        MATCH (:Provider {id: $department})-[r:REPORTS_FOR]->(:Place {code: $place})
                        RETURN {seq: r.seq, createdAt: toString(r.createdAt), updatedAt: toString(r.updatedAt)} AS stamps""", Map.of("department", department, "place", place))
                .get(0)
                .get("stamps")
                .asMap();
    }

    private static Map<String, Object> input(String department, String place) {
        return new HashMap<>(Map.of("departmentId", "Provider:" + department, "placeCode", place));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> registration(GraphQlTester.Response response) {
        return response.path("result.registration").entity(Map.class).get();
    }

    private GraphQlTester.Response register(String apiKey, String department, String place) {
        return duty("Register", apiKey, department, place);
    }

    private GraphQlTester.Response withdraw(String apiKey, String department, String place) {
        return duty("Withdraw", apiKey, department, place);
    }

    private GraphQlTester.Response duty(String operation, String apiKey, String department, String place) {
        return as(apiKey)
                .documentName("duty")
                .operationName(operation)
                .variable("input", input(department, place))
                .execute();
    }
}
