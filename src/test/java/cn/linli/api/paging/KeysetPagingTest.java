package cn.linli.api.paging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import cn.linli.SeedCsv;
import cn.linli.partner.Scope;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Cursors that hold still: a page is "the rows after this row's sort key and id", so records written, withdrawn or
 * deleted between two requests never repeat or skip another; forward and backward (Relay's first/after and
 * last/before) walk the same list; a cursor of another list or order, or one the API did not issue, is refused.
 * Expected lists come from the seed files or from Cypher written here, never from the API's own paging.
 */
class KeysetPagingTest extends PartnerTest {

    /** A Pengshan grid no other test writes to and the seed gives no needs: this test's needs are all it holds. */
    private static final String QUIET_GRID = "511403001003-02";

    private static final String PAGE_INFO = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

    private static final String NEEDS = """
            query($first: Int, $after: String, $last: Int, $before: String, $within: String, $status: [NeedStatus!],
                  $sort: NeedSort) {
              list: needs(within: $within, status: $status, sort: $sort, first: $first, after: $after, last: $last,
                          before: $before) { totalCount %s edges { node { value: id } } } }""".formatted(PAGE_INFO);

    @Test
    void aNeedRaisedBetweenTwoPageRequestsIsOnNeitherAndNoNeedIsSkipped() throws InterruptedException {
        String community = key("keyset-community", Set.of(Scope.NEEDS), QUIET_GRID);
        for (String title : List.of("帮忙修理楼道灯", "陪同老人去医院复诊", "辅导孩子暑假作业", "清理小区绿化带垃圾")) {
            raise(community, title);
        }
        Page first = page(NEEDS, Map.of("within", QUIET_GRID, "first", 2));
        Thread.sleep(1100); // raisedAt is kept to the second: the need raised now is the newest of all
        String raised = raise(community, "搬运社区图书角书架");
        Page second = page(NEEDS, Map.of("within", QUIET_GRID, "first", 2, "after", first.end()));

        List<String> now = ids("""
                MATCH (n:Need) WHERE n.gridCode = $grid
                RETURN 'Need:' + n.id AS id ORDER BY n.raisedAt DESC, n.id DESC""", Map.of("grid", QUIET_GRID));
        assertThat(now.get(0)).as("the newest need leads the list").isEqualTo(raised);
        assertThat(second.values()).doesNotContainAnyElementsOf(first.values()).doesNotContain(raised);
        List<String> shown = new ArrayList<>(first.values());
        shown.addAll(second.values());
        assertThat(shown).as("nothing twice, nothing skipped").containsExactlyElementsOf(now.subList(1, 5));
        assertThat(second.hasPrevious()).isTrue();
    }

    @Test
    void needsLeavingTheListOrDeletedBetweenTwoPageRequestsMoveNoOtherNeed() {
        String community = key("keyset-withdrawals", Set.of(Scope.NEEDS), QUIET_GRID);
        List<String> raised = new ArrayList<>();
        for (String title : List.of("更换单元门禁卡", "申请社区活动室", "协调停车位划线", "修补人行道破损", "安排志愿者巡逻", "清洗公共水箱")) {
            raised.add(raise(community, title));
        }
        Map<String, Object> open =
                Map.of("within", QUIET_GRID, "status", List.of("OPEN"), "sort", "OLDEST", "first", 2);
        List<String> before = ids("""
                MATCH (n:Need) WHERE n.gridCode = $grid AND n.status = 'OPEN'
                RETURN 'Need:' + n.id AS id ORDER BY n.raisedAt, n.id""", Map.of("grid", QUIET_GRID));
        Page first = page(NEEDS, open);
        assertThat(first.values()).containsExactlyElementsOf(before.subList(0, 2));

        // both needs of the first page leave the open list: one is dispatched, one deleted
        as(community)
                .documentName("needSteps")
                .operationName("Dispatch")
                .variable("input", Map.of("needId", first.values().get(0)))
                .execute()
                .path("step.need.status")
                .entity(String.class)
                .isEqualTo("DISPATCHED");
        cypher.write(tx -> tx.update(
                "MATCH (n:Need {id: $id}) DETACH DELETE n",
                Map.of("id", first.values().get(1).substring("Need:".length()))));

        Map<String, Object> next = new HashMap<>(open);
        next.put("after", first.end());
        assertThat(page(NEEDS, next).values())
                .as("the two needs that followed the first page")
                .containsExactlyElementsOf(before.subList(2, 4));
    }

    @Test
    void pagingForwardThroughAListGivesItWholeInItsOrder() {
        // needs of 511402002016-03, newest first (seed/needs.csv)
        List<String> needs = SeedCsv.rows("needs.csv").stream()
                .filter(n -> n.get("grid_code").equals("511402002016-03"))
                .sorted(Comparator.comparing((Map<String, String> n) -> OffsetDateTime.parse(n.get("raised_at")))
                        .reversed()
                        .thenComparing(n -> n.get("id"), Comparator.reverseOrder()))
                .map(n -> "Need:" + n.get("id"))
                .toList();
        assertThat(needs).hasSize(6);
        assertThat(walk(NEEDS, Map.of("within", "511402002016-03"), 4)).containsExactlyElementsOf(needs);

        // grids of 通惠街道 by code (seed/grids.csv)
        List<String> grids = SeedCsv.rows("grids.csv").stream()
                .map(g -> g.get("code"))
                .filter(c -> c.startsWith("511402001"))
                .sorted()
                .toList();
        assertThat(walk("""
                query($first: Int, $after: String, $last: Int, $before: String) {
                  list: places(level: GRID, within: "511402001", first: $first, after: $after, last: $last, before: $before) {
                    totalCount %s edges { node { value: code } } } }""".formatted(PAGE_INFO), Map.of(), 17)).containsExactlyElementsOf(grids);

        // providers under 苏祠街道 by name, then id (seed/providers.csv)
        List<String> providers = SeedCsv.rows("providers.csv").stream()
                .filter(p -> p.get("place_code").startsWith("511402003"))
                .sorted(Comparator.comparing((Map<String, String> p) -> p.get("name"))
                        .thenComparing(p -> p.get("id")))
                .map(p -> "Provider:" + p.get("id"))
                .toList();
        assertThat(providers).hasSizeGreaterThan(20);
        assertThat(walk(PROVIDERS, Map.of("within", "511402003"), 9)).containsExactlyElementsOf(providers);

        // projects, latest deployment first, never deployed last (Cypher written here, nulls sorted by hand)
        List<String> projects = ids("""
                MATCH (r:Resource {type: 'PROJECT'})
                OPTIONAL MATCH (r)-[d:DEPLOYED_TO]->(:Grid)
                WITH r, max(d.since) AS latest
                RETURN 'Resource:' + r.id AS id ORDER BY latest IS NULL, latest DESC, r.id""", Map.of());
        assertThat(walk(PROJECTS, Map.of("sort", "NEWEST"), 3)).containsExactlyElementsOf(projects);
    }

    @Test
    void pagingANestedListForwardGivesItWholeInItsOrder() {
        String grid = "511402003014-05"; // served by its party branch and 金龙邻里中心
        List<String> serving = ids("""
                MATCH (p:Provider)-[:SERVES]->(g:Grid {code: $grid})
                RETURN 'Provider:' + p.id AS id ORDER BY point.distance(p.location, g.location), p.id""", Map.of("grid", grid));
        assertThat(serving).hasSizeGreaterThan(1);
        assertThat(walk("""
                query($first: Int, $after: String) { place(code: "%s") { ... on Grid {
                  list: servedBy(first: $first, after: $after) { totalCount %s edges { node { value: id } } } } } }""".formatted(grid, PAGE_INFO), Map.of(), 1, "place.list"))
                .containsExactlyElementsOf(serving);

        List<String> communities = SeedCsv.rows("communities.csv").stream()
                .map(c -> c.get("code"))
                .filter(c -> c.startsWith("511402002"))
                .sorted()
                .toList();
        assertThat(walk("""
                query($first: Int, $after: String) { place(code: "511402002") { ... on Town {
                  list: communities(first: $first, after: $after) { totalCount %s edges { node { value: code } } } } } }""".formatted(PAGE_INFO), Map.of(), 5, "place.list")).containsExactlyElementsOf(communities);
    }

    @Test
    void pagingBackwardWalksTheSameListAsPagingForward() {
        String partner = "keyset-backward";
        for (int i = 0; i < 5; i++) {
            key(partner, Set.of(Scope.NEEDS), QUIET_GRID);
        }
        String admin = adminKey();
        Map<String, Map<String, Object>> lists = new HashMap<>();
        lists.put(NEEDS, Map.of("within", "511402002"));
        lists.put(PROVIDERS, Map.of("within", "511402001"));
        lists.put(PROJECTS, Map.of("sort", "OLDEST"));
        lists.put("""
                query($first: Int, $after: String, $last: Int, $before: String) {
                  list: nearby(location: {lon: 103.84, lat: 30.06}, radius: 1500, first: $first, after: $after, last: $last,
                               before: $before) { totalCount %s edges { node { value: provider { id } } } } }""".formatted(PAGE_INFO), Map.of());
        lists.put("""
                query($first: Int, $after: String, $last: Int, $before: String) {
                  list: search(text: "邻里中心", first: $first, after: $after, last: $last, before: $before) {
                    totalCount %s edges { node { value: record { ... on Provider { id } ... on ServiceItem { id }
                                                                  ... on Resource { id } } } } } }""".formatted(PAGE_INFO), Map.of());
        lists.put("""
                query($first: Int, $after: String, $last: Int, $before: String) {
                  coverage(place: "511402001", kind: ELDERLY_CARE, order: FARTHEST_FIRST, first: $first, after: $after,
                           last: $last, before: $before) { list: grids { totalCount %s edges { node { value: grid { code } } } } } }""".formatted(PAGE_INFO), Map.of());
        lists.put("""
                query($first: Int, $after: String, $last: Int, $before: String) {
                  list: apiKeys(partner: "%s", first: $first, after: $after, last: $last, before: $before) {
                    totalCount %s edges { node { value: id } } } }""".formatted(partner, PAGE_INFO), Map.of());
        lists.put("""
                query($first: Int, $after: String, $last: Int, $before: String) {
                  list: districts(first: $first, after: $after, last: $last, before: $before) {
                    totalCount %s edges { node { value: code } } } }""".formatted(PAGE_INFO), Map.of());
        lists.forEach((document, variables) -> {
            String path = document.contains("coverage(") ? "coverage.list" : "list";
            List<String> forward = walk(as(admin), document, variables, 4, path, false);
            List<String> backward = walk(as(admin), document, variables, 4, path, true);
            assertThat(forward).as(document).hasSizeGreaterThan(4).doesNotHaveDuplicates();
            assertThat(backward).as(document).containsExactlyElementsOf(forward);
        });
    }

    /**
     * Every list of the schema, top-level and nested, in each order: its second page (after the first's endCursor)
     * is what follows the first page when both are read in one page, so each list's cursor condition, order and key
     * agree with one another.
     */
    @Test
    void everyListGoesOnAfterItsFirstPageAsWhenReadInOnePage() {
        for (int i = 0; i < 5; i++) {
            key("keyset-every-list", Set.of(Scope.NEEDS), QUIET_GRID);
            raise(key("keyset-audited", Set.of(Scope.NEEDS), QUIET_GRID), "整理社区议事厅桌椅"); // audited
        }
        // %s: the paging arguments; @: the connection's selection
        List<String> lists = List.of(
                "districts(%s)@",
                "places(level: COMMUNITY, within: \"511402\", %s)@",
                "providers(kinds: [ELDERLY_CARE], %s)@",
                "place(code: \"511400\") { ... on City { list: districts(%s)@ } }",
                "place(code: \"511402\") { ... on District { list: towns(kind: TOWN, %s)@ } }",
                "place(code: \"511402003014\") { ... on Community { list: grids(%s)@ } }",
                "place(code: \"511402\") { list: providers(%s)@ }",
                "place(code: \"511402003014\") { ... on Community { list: servedBy(%s)@ } }",
                "place(code: \"511402003005-12\") { ... on Grid { list: deployments(%s)@ } }",
                "node(id: \"Provider:nc-004\") { ... on Provider { list: serves(%s)@ } }",
                "node(id: \"Provider:nc-003\") { ... on Provider { list: serviceItems(%s)@ } }",
                "node(id: \"Resource:res-30\") { ... on Resource { list: deployments(%s)@ } }",
                "resources(%s)@",
                "resources(sort: OLDEST, %s)@",
                "projects(sort: NEWEST, %s)@",
                "needs(within: \"511402001\", sort: TITLE, %s)@",
                "needs(within: \"511402001\", sort: OLDEST, %s)@",
                "nearby(location: {lon: 103.84, lat: 30.06, crs: GCJ02}, %s)@",
                "whereAmI(location: {lon: 103.773438, lat: 30.095461}) { list: servedBy(%s)@ }",
                "search(text: \"dongpo\", %s)@",
                "coverage(place: \"511402\", kind: MEDICAL, order: FARTHEST_FIRST, %s) { list: grids@ }",
                "gaps(place: \"511402\") { list: communitiesLacking(kind: ELDERLY_CARE, %s)@ }",
                "gaps(place: \"511402\") { list: gridsWithoutCenter(%s)@ }",
                "gaps(place: \"511400\") { list: overloadedProviders(above: 0, %s)@ }",
                "gaps(place: \"511402\") { list: undeployedResources(%s)@ }",
                "gaps(place: \"511402\") { list: overdueNeeds(days: 1, asOf: \"2024-12-31\", %s)@ }",
                "auditLog(%s)@",
                "apiKeys(%s)@");
        GraphQlTester tester = as(adminKey());
        for (String list : lists) {
            String path = list.substring(0, list.indexOf('(')) + (list.contains("list:") ? ".list" : "");
            String document = "query($first: Int, $after: String) { "
                    + list.formatted("first: $first, after: $after")
                            .replace("@", " { totalCount " + PAGE_INFO + " edges { cursor node { __typename } } }")
                    + " }";
            List<String> one = cursors(tester, document, path, Map.of("first", 5));
            List<String> first = cursors(tester, document, path, Map.of("first", 2));
            Map<String, Object> next = new HashMap<>(Map.of("first", 3));
            next.put("after", first.get(first.size() - 1));
            List<String> both = new ArrayList<>(first);
            both.addAll(cursors(tester, document, path, next));
            assertThat(one).as(document).hasSizeGreaterThanOrEqualTo(3);
            assertThat(both).as(document).containsExactlyElementsOf(one);
        }
    }

    private static List<String> cursors(
            GraphQlTester tester, String document, String path, Map<String, Object> variables) {
        GraphQlTester.Request<?> request = tester.document(document);
        variables.forEach(request::variable);
        GraphQlTester.Response response = request.execute();
        response.errors().verify();
        return response.path(path + ".edges[*].cursor").entityList(String.class).get();
    }

    @Test
    void lastWithoutACursorIsTheEndOfTheList() {
        List<String> districts = SeedCsv.rows("districts.csv").stream()
                .map(d -> d.get("code"))
                .sorted()
                .toList();
        assertThat(districts).hasSize(6);
        Page end = page(DISTRICTS, Map.of("last", 2));
        assertThat(end.values()).containsExactlyElementsOf(districts.subList(4, 6));
        assertThat(end.hasPrevious()).isTrue();
        assertThat(end.hasNext()).isFalse();
        Page before = page(DISTRICTS, Map.of("last", 3, "before", end.start()));
        assertThat(before.values()).containsExactlyElementsOf(districts.subList(1, 4));
        assertThat(before.hasPrevious()).isTrue();
        assertThat(before.hasNext())
                .as("the row the cursor was issued for follows")
                .isTrue();
        Page between = page(DISTRICTS, Map.of("first", 5, "after", before.start(), "before", end.end()));
        assertThat(between.values())
                .as("after one cursor and before another")
                .containsExactlyElementsOf(districts.subList(2, 5));
        assertThat(between.hasNext())
                .as("first: 5 found no more before the second cursor")
                .isFalse();
    }

    @Test
    void aCursorOfAnotherListOrOrderIsRefusedSayingWhatToSendInstead() {
        String newest = page(NEEDS, Map.of("within", "511402", "first", 1)).end();
        refused(
                NEEDS,
                Map.of("within", "511402", "sort", "OLDEST", "after", newest),
                "after", // as docs/ERRORS.md shows
                "after was issued for Query.needs in order NEWEST, not OLDEST; ask in the order the cursor was issued for,"
                        + " or leave after out to start again at the first page of this order");
        refused(
                NEEDS,
                Map.of("within", "511402", "sort", "OLDEST", "last", 1, "before", newest),
                "before",
                "was issued for Query.needs in order NEWEST, not OLDEST");
        // the filters do not change the order: a cursor of the district holds in one of its towns
        assertThat(page(NEEDS, Map.of("within", "511402001", "first", 1, "after", newest))
                        .values())
                .hasSize(1);

        String resource = page(RESOURCES, Map.of("first", 1)).end();
        refused(
                PROJECTS,
                Map.of("after", resource),
                "after",
                "is a cursor of Query.resources, not of Query.projects; send a cursor this list issued");

        String near =
                "query($after: String, $lon: Float!) { list: nearby(location: {lon: $lon, lat: 30.06}, after: $after) {"
                        + " totalCount " + PAGE_INFO + " edges { node { value: provider { id } } } } }";
        String here = page(near, Map.of("lon", 103.84)).end();
        assertThat(page(near, Map.of("lon", 103.84, "after", here)).values()).isNotEmpty();
        refused(near, Map.of("lon", 103.85, "after", here), "after", "order DISTANCE from another location");

        String search = "query($after: String, $text: String!) { list: search(text: $text, after: $after) {"
                + " totalCount " + PAGE_INFO + " edges { node { value: score } } } }";
        refused(
                search,
                Map.of(
                        "text",
                        "养老",
                        "after",
                        page(search, Map.of("text", "邻里中心")).end()),
                "after",
                "order SCORE from another text");

        String towns = graphQl()
                .document(
                        "{ place(code: \"511402\") { ... on District { towns(first: 1) { pageInfo { endCursor } } } } }")
                .execute()
                .path("place.towns.pageInfo.endCursor")
                .entity(String.class)
                .get();
        refused(
                "query($after: String) { place(code: \"511402001\") { ... on Town { list: communities(after: $after) { totalCount } } } }",
                Map.of("after", towns),
                "after",
                "is a cursor of District.towns, not of Town.communities");
    }

    @Test
    void aCursorTheApiDidNotIssueIsRefused() {
        List<String> garbage = List.of(
                "",
                "!!!",
                "bm90IGpzb24",
                cursor("{}"),
                cursor("[1,2,3]"),
                cursor("\"Query.needs\""),
                cursor("[\"Query.needs\",\"NEWEST\",[\"2024-01-01T00:00+08:00\"]]"),
                cursor("[\"Query.needs\",\"NEWEST\",[\"yesterday\",\"wish-0001\"]]"),
                cursor("[\"Query.needs\",\"NEWEST\",[\"+10000-01-01T00:00+08:00\",\"wish-0001\"]]"),
                cursor("[\"Query.needs\",\"NEWEST\",[1704038400,\"wish-0001\"]]"),
                cursor("[\"Query.needs\",\"NEWEST\",[\"2024-01-01T00:00+08:00\",\"wish-0001\"],\"more\"]"),
                Base64.getUrlEncoder().encodeToString(new byte[] {(byte) 0xff, (byte) 0xfe, 0x5b}));
        for (String cursor : garbage) {
            refused(
                    NEEDS,
                    Map.of("after", cursor),
                    "after",
                    "is not a cursor this API issued; send one from this list's pageInfo");
            refused(NEEDS, Map.of("last", 1, "before", cursor), "before", "is not a cursor this API issued");
        }
        // an issued cursor with its values changed to what their types cannot hold
        String near = "query($after: String) { list: nearby(location: {lon: 103.84, lat: 30.06}, after: $after) {"
                + " totalCount " + PAGE_INFO + " edges { node { value: provider { id } } } } }";
        String issued =
                new String(Base64.getUrlDecoder().decode(page(near, Map.of()).end()), StandardCharsets.UTF_8);
        assertThat(page(near, Map.of("after", cursor(issued))).values()).isNotEmpty();
        for (String distance : List.of("NaN", "near", "")) {
            refused(
                    near,
                    Map.of("after", cursor(issued.replaceFirst(",\\[\"[^\"]*\",", ",[\"" + distance + "\","))),
                    "after",
                    "is not a cursor this API issued");
        }

        // a well-formed cursor a client writes itself only moves its own position in the list
        String written = cursor("[\"Query.needs\",\"NEWEST\",[\"2024-06-01T00:00+08:00\",\"wish-9999\"]]");
        Page page = page(NEEDS, Map.of("within", "511402", "first", 1, "after", written));
        assertThat(page.values()).containsExactly(ids("""
                MATCH (n:Need) WHERE n.gridCode STARTS WITH '511402' AND n.raisedAt < datetime('2024-06-01T00:00+08:00')
                RETURN 'Need:' + n.id AS id ORDER BY n.raisedAt DESC, n.id DESC LIMIT 1""", Map.of()).get(0));
    }

    @Test
    void firstAndLastTogetherAreRefusedAndLastIsBoundedLikeFirst() {
        refused(
                PLACES,
                Map.of("first", 2, "last", 2),
                "last", // as docs/ERRORS.md shows
                "last cannot be given with first: page forward with first and after, or backward with last and before");
        refused(
                DISTRICTS,
                Map.of("last", 2, "before", "A"),
                "before", // as docs/ERRORS.md shows
                "before is not a cursor this API issued; send one from this list's pageInfo (endCursor to go on, startCursor"
                        + " to go back) or an edge's cursor, or leave before out to start at the first page");
        refused(DISTRICTS, Map.of("last", 101), "last", "must be at most 100 (got 101); page through with 'before'");
        refused(DISTRICTS, Map.of("last", -1), "last", "must not be negative");
    }

    private static final String DISTRICTS = """
            query($first: Int, $after: String, $last: Int, $before: String) {
              list: districts(first: $first, after: $after, last: $last, before: $before) {
                totalCount %s edges { node { value: code } } } }""".formatted(PAGE_INFO);

    private static final String PLACES = """
            query($first: Int, $after: String, $last: Int, $before: String) {
              list: places(level: GRID, first: $first, after: $after, last: $last, before: $before) {
                totalCount %s edges { node { value: code } } } }""".formatted(PAGE_INFO);

    private static final String PROVIDERS = """
            query($first: Int, $after: String, $last: Int, $before: String, $within: String) {
              list: providers(within: $within, first: $first, after: $after, last: $last, before: $before) {
                totalCount %s edges { node { value: id } } } }""".formatted(PAGE_INFO);

    private static final String PROJECTS = """
            query($first: Int, $after: String, $last: Int, $before: String, $sort: ResourceSort) {
              list: projects(sort: $sort, first: $first, after: $after, last: $last, before: $before) {
                totalCount %s edges { node { value: id } } } }""".formatted(PAGE_INFO);

    private static final String RESOURCES = PROJECTS.replace("projects(", "resources(");

    /** One page: the {@code value} of each node, and its pageInfo. */
    private record Page(List<String> values, boolean hasNext, boolean hasPrevious, String start, String end) {}

    private Page page(String document, Map<String, Object> variables) {
        return page(graphQl(), document, variables, "list");
    }

    private static Page page(GraphQlTester tester, String document, Map<String, Object> variables, String path) {
        GraphQlTester.Request<?> request = tester.document(document);
        variables.forEach(request::variable);
        GraphQlTester.Response response = request.execute();
        response.errors().verify();
        List<Object> values = response.path(path + ".edges[*].node.value")
                .entityList(Object.class)
                .get();
        return new Page(
                values.stream()
                        .map(v -> v instanceof Map<?, ?> m
                                ? String.valueOf(m.get(m.keySet().iterator().next()))
                                : String.valueOf(v))
                        .toList(),
                response.path(path + ".pageInfo.hasNextPage")
                        .entity(Boolean.class)
                        .get(),
                response.path(path + ".pageInfo.hasPreviousPage")
                        .entity(Boolean.class)
                        .get(),
                response.path(path + ".pageInfo.startCursor")
                        .entity(String.class)
                        .get(),
                response.path(path + ".pageInfo.endCursor").entity(String.class).get());
    }

    private List<String> walk(String document, Map<String, Object> variables, int size) {
        return walk(graphQl(), document, variables, size, "list", false);
    }

    private List<String> walk(String document, Map<String, Object> variables, int size, String path) {
        return walk(graphQl(), document, variables, size, path, false);
    }

    /**
     * Every value of a list, page by page: forward with first/after from the start, or backward with last/before
     * from the end, checking each page's hasNextPage and hasPreviousPage on the way (Relay).
     */
    private static List<String> walk(
            GraphQlTester tester,
            String document,
            Map<String, Object> variables,
            int size,
            String path,
            boolean backward) {
        List<String> all = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 200; pages++) {
            Map<String, Object> asked = new HashMap<>(variables);
            asked.put(backward ? "last" : "first", size);
            if (cursor != null) {
                asked.put(backward ? "before" : "after", cursor);
            }
            Page page = page(tester, document, asked, path);
            assertThat(page.values()).hasSizeLessThanOrEqualTo(size);
            boolean more = backward ? page.hasPrevious() : page.hasNext();
            assertThat(backward ? page.hasNext() : page.hasPrevious())
                    .as("a cursor was sent")
                    .isEqualTo(cursor != null);
            if (backward) {
                all.addAll(0, page.values());
            } else {
                all.addAll(page.values());
            }
            if (!more) {
                return all;
            }
            assertThat(page.values()).hasSize(size);
            cursor = backward ? page.start() : page.end();
        }
        throw new AssertionError("more than 200 pages");
    }

    private void refused(String document, Map<String, Object> variables, String field, String says) {
        GraphQlTester.Request<?> request = graphQl().document(document);
        variables.forEach(request::variable);
        request.execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            ResponseError error = errors.get(0);
            assertThat(error.getExtensions())
                    .containsEntry("code", "BAD_USER_INPUT")
                    .containsEntry("field", field);
            assertThat(error.getMessage()).startsWith(field + " ").contains(says);
        });
    }

    private String raise(String apiKey, String title) {
        return as(apiKey)
                .documentName("raiseNeed")
                .variable("input", Map.of("title", title, "category", "VOLUNTEERING", "gridCode", QUIET_GRID))
                .execute()
                .path("raiseNeed.need.id")
                .entity(String.class)
                .get();
    }

    private List<String> ids(String query, Map<String, Object> params) {
        return cypher.read(query, params).stream()
                .map(r -> r.get("id").asString())
                .toList();
    }

    private static String cursor(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
