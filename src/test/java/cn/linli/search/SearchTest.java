package cn.linli.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import cn.linli.LinliTest;
import cn.linli.graph.Cypher;
import cn.linli.seed.DerivedProperties;

class SearchTest extends LinliTest {

    @Autowired
    Cypher cypher;

    @Autowired
    DerivedProperties derived;

    private GraphQlTester.Response search(String text, Map<String, Object> variables) {
        var request = graphQl().documentName("search").variable("text", text);
        variables.forEach(request::variable);
        return request.execute();
    }

    private List<String> names(String text) {
        return search(text, Map.of("first", 10)).path("search.edges[*].node.record.name").entityList(String.class).get();
    }

    @Test
    void pinyinAndInitialsFindTheDongpoNeighborhoodCenterFirst() {
        assertThat(names("dongpo")).first().isEqualTo("东坡邻里中心");
        assertThat(names("dpllzx")).first().isEqualTo("东坡邻里中心");
        assertThat(names("Dong Po Lin Li")).first().isEqualTo("东坡邻里中心");
    }

    @Test
    void initialsOneLetterOffStillFindTheRecord() {
        // the example: 东坡邻里中心 is d-p-l-l-z-x; "dpljzx" has one letter wrong
        assertThat(names("dpljzx")).contains("东坡邻里中心");
    }

    @Test
    void pinyinFindsJinlongAndTheArticleCenterComesFirst() {
        var response = search("jinlong", Map.of("first", 5));
        response.path("search.edges[0].node.record.id").entity(String.class).isEqualTo("Provider:nc-jinlong");
        response.path("search.edges[0].node.record.__typename").entity(String.class).isEqualTo("Provider");
        List<Double> scores = response.path("search.edges[*].node.score").entityList(Double.class).get();
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void chineseTextMatchesNamesBeforeDescriptions() {
        assertThat(names("东坡邻里")).first().isEqualTo("东坡邻里中心");
        assertThat(names("金龙")).first().isEqualTo("金龙邻里中心");
        // one character alone matches the start of the indexed character pairs
        assertThat(names("金")).isNotEmpty().allSatisfy(n -> assertThat(n).contains("金"));
    }

    @Test
    void serviceItemsAreFoundToo() {
        var response = search("助餐", Map.of("categories", List.of("ELDERLY_CARE"), "first", 20));
        List<Map<String, Object>> records = response.path("search.edges[*].node.record").entityList(mapType()).get();
        assertThat(records).isNotEmpty().anySatisfy(r -> assertThat(r.get("__typename")).isEqualTo("ServiceItem"));
        assertThat(records).filteredOn(r -> r.get("__typename").equals("ServiceItem"))
                .allSatisfy(r -> assertThat(r.get("category")).isEqualTo("ELDERLY_CARE"));
    }

    @Test
    void withinKeepsRecordsUnderThePlaceIncludingItsSubtree() {
        var response = search("法律", Map.of("within", "511403", "first", 50));
        List<Map<String, Object>> records = response.path("search.edges[*].node.record").entityList(mapType()).get();
        assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(placeCode(r)).startsWith("511403"));
        assertThat(search("法律", Map.of("within", "511403001", "first", 50))
                .path("search.totalCount").entity(Integer.class).get())
                .isLessThan(response.path("search.totalCount").entity(Integer.class).get());
    }

    @Test
    void kindsKeepProvidersOfThoseKindsAndTheirItems() {
        var records = search("服务", Map.of("kinds", List.of("MEDICAL"), "first", 50))
                .path("search.edges[*].node.record").entityList(mapType()).get();
        assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(kind(r)).isEqualTo("MEDICAL"));
    }

    @Test
    void openAtKeepsWhatIsOpenThen() {
        // Sunday 23:30: only what is open around the clock
        var records = search("口袋公园", Map.of("openAt", "2025-03-09T23:30", "first", 50))
                .path("search.edges[*].node.record").entityList(mapType()).get();
        assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(hours(r)).isEqualTo("24/7"));
    }

    @Test
    void pagesFollowOneAnotherWithoutRepeats() {
        var first = search("邻里中心", Map.of("first", 10));
        int total = first.path("search.totalCount").entity(Integer.class).get();
        assertThat(total).isGreaterThanOrEqualTo(38);
        List<String> ids = new ArrayList<>(first.path("search.edges[*].node.record.id").entityList(String.class).get());
        String cursor = first.path("search.pageInfo.endCursor").entity(String.class).get();
        ids.addAll(search("邻里中心", Map.of("first", 10, "after", cursor))
                .path("search.edges[*].node.record.id").entityList(String.class).get());
        assertThat(ids).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void luceneSyntaxInTheTextIsTakenLiterally() {
        for (String hostile : List.of("\"*~?(", "*", "name:金龙 OR *:*", "金龙\")^9 OR (x", "\\", "AND", "??", "~1")) {
            search(hostile, Map.of()).errors().verify().path("search.totalCount").entity(Integer.class)
                    .satisfies(t -> assertThat(t).isNotNegative());
        }
        search("\"*~?(", Map.of()).path("search.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void blankAndOverlongTextAreRejectedNamingTheArgument() {
        search("邻".repeat(101), Map.of()).errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "text");
        });
        search("   ", Map.of()).errors().satisfy(errors -> assertThat(errors.get(0).getExtensions())
                .containsEntry("field", "text"));
    }

    @Test
    void theImportDerivedPinyinForEveryProviderAndItemSoAStartUpPassHasNothingToDo() {
        long missing = cypher.read("""
                MATCH (n) WHERE (n:Provider OR n:ServiceItem) AND (n.pinyin IS NULL OR n.openWeek IS NULL)
                RETURN count(n) AS missing""", Map.of()).get(0).get("missing").asLong();
        assertThat(missing).isZero();
        assertThat(derived.apply(false)).isZero();
    }

    @SuppressWarnings("unchecked")
    private static String placeCode(Map<String, Object> record) {
        Map<String, Object> provider = record.containsKey("provider") ? (Map<String, Object>) record.get("provider") : record;
        return (String) ((Map<String, Object>) provider.get("locatedIn")).get("code");
    }

    @SuppressWarnings("unchecked")
    private static String kind(Map<String, Object> record) {
        return (String) (record.containsKey("provider") ? (Map<String, Object>) record.get("provider") : record).get("kind");
    }

    @SuppressWarnings("unchecked")
    private static String hours(Map<String, Object> record) {
        Object own = record.get("hours");
        if (own == null && record.containsKey("provider")) {
            return (String) ((Map<String, Object>) record.get("provider")).get("hours");
        }
        return (String) own;
    }

    @SuppressWarnings("unchecked")
    private static Class<Map<String, Object>> mapType() {
        return (Class<Map<String, Object>>) (Class<?>) Map.class;
    }
}
