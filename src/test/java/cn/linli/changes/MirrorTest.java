package cn.linli.changes;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import cn.linli.partner.Scope;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.neo4j.driver.Value;

/**
 * The issue's acceptance: a mirror that starts from nothing and follows {@code changes} in pages, across writes of every
 * kind, ends with exactly the API's data, read here by Cypher over the whole graph.
 *
 * <p>Isolated: the mirror is compared with the whole graph, so no other test class may write while this one runs.
 */
@Isolated
class MirrorTest extends PartnerTest {

    private static final String FEED = """
            query($after: String) { changes(after: $after, first: 100) {
              edges { cursor node { id type kind at record { id
                ... on Place { name updatedAt }
                ... on Provider { name updatedAt }
                ... on ServiceItem { name updatedAt }
                ... on Resource { name resourceStatus: status updatedAt }
                ... on Deployment { since until updatedAt }
                ... on Need { title needStatus: status updatedAt }
                ... on Event { description eventStatus: status updatedAt }
                ... on DutyRegistration { place { name } updatedAt } } } }
              pageInfo { hasNextPage hasPreviousPage endCursor } } }""";

    /** Every record of the feed's types, by global id, with the fields the mirror keeps: read without the feed. */
    private static final String EVERYTHING = """
            MATCH (n:Place) RETURN head([l IN labels(n) WHERE l <> 'Place']) + ':' + n.code AS id, n.name AS name,
                   null AS status, null AS since, null AS until, n.updatedAt AS updatedAt
            UNION ALL MATCH (n:Provider) RETURN 'Provider:' + n.id AS id, n.name AS name, null AS status, null AS since,
                   null AS until, n.updatedAt AS updatedAt
            UNION ALL MATCH (n:ServiceItem) RETURN 'ServiceItem:' + n.id AS id, n.name AS name, null AS status,
                   null AS since, null AS until, n.updatedAt AS updatedAt
            UNION ALL MATCH (n:Resource) RETURN 'Resource:' + n.id AS id, n.name AS name, n.status AS status,
                   null AS since, null AS until, n.updatedAt AS updatedAt
            UNION ALL MATCH (r:Resource)-[d:DEPLOYED_TO]->(g:Grid) RETURN 'Deployment:' + r.id + '/' + g.code AS id,
                   null AS name, null AS status, toString(d.since) AS since, toString(d.until) AS until, d.updatedAt AS updatedAt
            UNION ALL MATCH (n:Need) RETURN 'Need:' + n.id AS id, n.title AS name, n.status AS status, null AS since,
                   null AS until, n.updatedAt AS updatedAt
            UNION ALL MATCH (n:Event) RETURN 'Event:' + n.id AS id, n.description AS name, n.status AS status,
                   null AS since, null AS until, n.updatedAt AS updatedAt
            UNION ALL MATCH (d:Provider)-[r:REPORTS_FOR]->(x:Place) RETURN 'DutyRegistration:' + d.id + '/' + x.code AS id,
                   x.name AS name, null AS status, null AS since, null AS until, r.updatedAt AS updatedAt""";

    /** The mirror: global id → the fields it keeps, as one line. */
    private final Map<String, String> mirror = new HashMap<>();

    private String cursor;
    private int pages;

    @Test
    void aMirrorFollowingTheFeedAcrossWritesOfEveryKindEndsWithExactlyTheApisData() {
        follow();
        assertThat(mirror).isEqualTo(everything());
        int seedPages = pages;
        assertThat(seedPages).isGreaterThan(10);

        String providers = key("street-office-mirror", Set.of(Scope.PROVIDERS), COMMUNITY);
        String department = testDepartment("test-dept-mirror", CITY);
        String resources = key(department, Set.of(Scope.RESOURCES), COMMUNITY);
        String needs = key("grid-mirror", Set.of(Scope.NEEDS), COMMUNITY);
        String events = key("grid-mirror-events", Set.of(Scope.EVENTS_GRID), COMMUNITY);

        Map<String, Object> provider = new HashMap<>(organisationInGrid("test-so-mirror", "镜像服务社"));
        upsertProvider(providers, provider);
        item(providers, "test-item-mirror-1", "助浴");
        item(providers, "test-item-mirror-2", "助餐");
        follow();
        provider.put("name", "镜像为老服务社");
        upsertProvider(providers, provider);
        item(providers, "test-item-mirror-1", "上门助浴");
        as(providers)
                .document("""
                mutation($input: DeleteServiceItemInput!) { deleteServiceItem(input: $input) { deletedId } }""")
                .variable("input", Map.of("itemId", "ServiceItem:test-item-mirror-2"))
                .execute()
                .path("deleteServiceItem.deletedId")
                .entity(String.class)
                .isEqualTo("ServiceItem:test-item-mirror-2");
        follow();
        assertThat(mirror)
                .doesNotContainKey("ServiceItem:test-item-mirror-2")
                .containsKey("ServiceItem:test-item-mirror-1");

        String resource = publishResource(resources, "test-res-mirror", "镜像资源", "RESOURCE", "CULTURE");
        as(resources)
                .documentName("deployments")
                .operationName("Deploy")
                .variable(
                        "input",
                        Map.of(
                                "resourceId",
                                resource,
                                "gridCodes",
                                List.of(GRID, "511403001001-02"),
                                "since",
                                "2024-05-01"))
                .execute();
        follow();
        as(resources)
                .documentName("deployments")
                .operationName("Withdraw")
                .variable("input", Map.of("resourceId", resource, "gridCodes", List.of(GRID), "until", "2024-06-01"))
                .execute();
        String need = as(needs)
                .documentName("raiseNeed")
                .variable("input", Map.of("title", "楼道灯坏了", "category", "SAFETY", "gridCode", GRID))
                .execute()
                .path("raiseNeed.need.id")
                .entity(String.class)
                .get();
        as(needs)
                .documentName("needSteps")
                .operationName("Dispatch")
                .variable("input", Map.of("needId", need))
                .execute()
                .path("step.need.status")
                .entity(String.class)
                .isEqualTo("DISPATCHED");
        String event = as(events)
                .documentName("eventSteps")
                .operationName("Report")
                .variable("input", Map.of("gridCode", GRID, "category", "SANITATION", "description", "楼道杂物堆放影响通行"))
                .execute()
                .path("step.event.id")
                .entity(String.class)
                .get();
        follow();
        as(events)
                .documentName("eventSteps")
                .operationName("Escalate")
                .variable("input", Map.of("eventId", event, "reason", "涉及多个单元，网格无法独立协调"))
                .execute()
                .path("step.event.status")
                .entity(String.class)
                .isEqualTo("ESCALATED");
        String centre = key("centre-mirror", Set.of(Scope.EVENTS_CENTRE), COMMUNITY);
        for (String place : List.of(COMMUNITY, GRID)) {
            as(centre)
                    .documentName("duty")
                    .operationName("Register")
                    .variable("input", Map.of("departmentId", "Provider:" + department, "placeCode", place))
                    .execute()
                    .path("result.registration.id")
                    .entity(String.class)
                    .isEqualTo("DutyRegistration:" + department + "/" + place);
        }
        follow();
        as(centre)
                .documentName("duty")
                .operationName("Withdraw")
                .variable("input", Map.of("departmentId", "Provider:" + department, "placeCode", GRID))
                .execute()
                .path("result.withdrawnId")
                .entity(String.class)
                .isEqualTo("DutyRegistration:" + department + "/" + GRID);
        follow();

        assertThat(mirror).isEqualTo(everything());
        assertThat(mirror.get(event)).contains("status=ESCALATED");
        assertThat(mirror)
                .containsKey("DutyRegistration:" + department + "/" + COMMUNITY)
                .doesNotContainKey("DutyRegistration:" + department + "/" + GRID);
        assertThat(mirror.get("Deployment:test-res-mirror/" + GRID)).contains("until=2024-06-01");
        assertThat(mirror.get(need)).contains("status=DISPATCHED");
        assertThat(mirror.get("Provider:test-so-mirror")).contains("name=镜像为老服务社");
        // following on from where it stands, the mirror read only what changed: a few pages, not the seed again
        assertThat(pages - seedPages).isLessThan(10);
    }

    @Test
    void theFeedAnswersWhatHappenedToEachRecordAndACursorItDidNotIssueIsBadInput() {
        String providers = key("street-office-kinds", Set.of(Scope.PROVIDERS), COMMUNITY);
        Map<String, Object> provider = new HashMap<>(organisationInGrid("test-so-kinds", "种类服务社"));
        String before = lastCursor();
        upsertProvider(providers, provider);
        item(providers, "test-item-kinds", "助餐");
        List<Map<String, Object>> added = entriesAfter(before);
        assertThat(added)
                .extracting(e -> e.get("id") + " " + e.get("type") + " " + e.get("kind"))
                .containsExactly(
                        "Provider:test-so-kinds Provider ADDED", "ServiceItem:test-item-kinds ServiceItem ADDED");

        String middle = lastCursor();
        upsertProvider(providers, provider); // the same again: nothing changes, nothing is listed
        assertThat(entriesAfter(middle)).isEmpty();
        as(providers)
                .document("""
                mutation($input: DeleteServiceItemInput!) { deleteServiceItem(input: $input) { deletedId } }""")
                .variable("input", Map.of("itemId", "ServiceItem:test-item-kinds"))
                .execute();
        provider.put("description", "改过了");
        upsertProvider(providers, provider);
        assertThat(entriesAfter(middle))
                .extracting(e -> e.get("id") + " " + e.get("kind") + " " + (e.get("record") == null))
                .containsExactly("ServiceItem:test-item-kinds DELETED true", "Provider:test-so-kinds CHANGED false");
        // a compacted log: from before both writes, each record appears once, at its latest change
        assertThat(entriesAfter(before))
                .extracting(e -> e.get("id") + " " + e.get("kind"))
                .containsExactly("ServiceItem:test-item-kinds DELETED", "Provider:test-so-kinds CHANGED");
        // written again, the deleted item is a record again: listed once, without its tombstone
        item(providers, "test-item-kinds", "助餐");
        assertThat(entriesAfter(before))
                .extracting(e -> e.get("id") + " " + e.get("kind"))
                .containsExactly("Provider:test-so-kinds CHANGED", "ServiceItem:test-item-kinds ADDED");

        for (String bad : List.of("bm90IGEgY3Vyc29y", "cG9zOjE", "!!")) {
            graphQl()
                    .document(FEED)
                    .variable("after", bad)
                    .execute()
                    .errors()
                    .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                        assertThat(e.getExtensions())
                                .containsEntry("code", "BAD_USER_INPUT")
                                .containsEntry("field", "after");
                    }));
        }
    }

    /** Reads the feed from the mirror's cursor to its end, applying each entry: a record is upserted, a tombstone removes it. */
    private void follow() {
        boolean more = true;
        while (more) {
            var page = graphQl().document(FEED).variable("after", cursor).execute();
            List<Map<String, Object>> edges = page.path("changes.edges").entityList(Map.class).get().stream()
                    .map(e -> (Map<String, Object>) e)
                    .toList();
            for (Map<String, Object> edge : edges) {
                @SuppressWarnings("unchecked")
                Map<String, Object> change = (Map<String, Object>) edge.get("node");
                @SuppressWarnings("unchecked")
                Map<String, Object> record = (Map<String, Object>) change.get("record");
                if (record == null) {
                    assertThat(change.get("kind")).isEqualTo("DELETED");
                    mirror.remove((String) change.get("id"));
                } else {
                    assertThat(record.get("id")).isEqualTo(change.get("id"));
                    // a registration is named by its place here, as EVERYTHING names it
                    if (record.get("place") instanceof Map<?, ?> place) {
                        record = new HashMap<>(record);
                        record.put("placeName", place.get("name"));
                    }
                    assertThat(change.get("at")).isEqualTo(record.get("updatedAt"));
                    mirror.put(
                            (String) change.get("id"),
                            line(
                                    first(record, "name", "title", "description", "placeName"),
                                    first(record, "resourceStatus", "needStatus", "eventStatus"),
                                    record.get("since"),
                                    record.get("until"),
                                    record.get("updatedAt")));
                }
            }
            page.path("changes.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
            more = page.path("changes.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .get();
            String end =
                    page.path("changes.pageInfo.endCursor").entity(String.class).get();
            if (!edges.isEmpty()) {
                assertThat(end).isEqualTo(edges.get(edges.size() - 1).get("cursor"));
            }
            cursor = end;
            pages++;
        }
    }

    private Map<String, String> everything() {
        Map<String, String> all = new HashMap<>();
        for (var row : cypher.read(EVERYTHING, Map.of())) {
            all.put(
                    row.get("id").asString(),
                    line(
                            row.get("name").asString(null),
                            row.get("status").asString(null),
                            row.get("since").asString(null),
                            row.get("until").asString(null),
                            iso(row.get("updatedAt"))));
        }
        return all;
    }

    /** The first of {@code fields} the record has: each type names its title and status its own way. */
    private static Object first(Map<String, Object> record, String... fields) {
        for (String field : fields) {
            if (record.get(field) != null) {
                return record.get(field);
            }
        }
        return null;
    }

    private static String iso(Value time) {
        return time.asZonedDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String line(Object name, Object status, Object since, Object until, Object updatedAt) {
        return "name=" + name + " status=" + status + " since=" + since + " until=" + until + " updatedAt=" + updatedAt;
    }

    /** The cursor after the feed's last entry now. */
    private String lastCursor() {
        String at = null;
        while (true) {
            var page = graphQl().document(FEED).variable("after", at).execute();
            String end =
                    page.path("changes.pageInfo.endCursor").entity(String.class).get();
            if (!page.path("changes.pageInfo.hasNextPage").entity(Boolean.class).get()) {
                return end;
            }
            at = end;
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> entriesAfter(String after) {
        return graphQl()
                .document(FEED)
                .variable("after", after)
                .execute()
                .path("changes.edges[*].node")
                .entityList(Map.class)
                .get()
                .stream()
                .map(e -> (Map<String, Object>) e)
                .toList();
    }

    private void upsertProvider(String apiKey, Map<String, Object> input) {
        as(apiKey)
                .documentName("upsertProvider")
                .variable("input", input)
                .execute()
                .path("upsertProvider.provider.id")
                .entity(String.class)
                .isEqualTo("Provider:" + input.get("key"));
    }

    private void item(String apiKey, String key, String name) {
        as(apiKey)
                .document("""
                mutation($input: UpsertServiceItemInput!) { upsertServiceItem(input: $input) { serviceItem { id } } }""")
                .variable(
                        "input",
                        Map.of(
                                "key",
                                key,
                                "providerId",
                                "Provider:test-so-" + (key.contains("kinds") ? "kinds" : "mirror"),
                                "name",
                                name,
                                "category",
                                "ELDERLY_CARE"))
                .execute()
                .path("upsertServiceItem.serviceItem.id")
                .entity(String.class)
                .isEqualTo("ServiceItem:" + key);
    }
}
