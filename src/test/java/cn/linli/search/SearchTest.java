package cn.linli.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliTest;
import cn.linli.SeedCsv;
import cn.linli.graph.Cypher;
import cn.linli.seed.DerivedProperties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

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
        return search(text, Map.of("first", 10))
                .path("search.edges[*].node.record.name")
                .entityList(String.class)
                .get();
    }

    /** The ids of every record found (at most 100), in order, checking that the total says the same. */
    private List<String> ids(String text, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("first", 100);
        var response = search(text, all);
        List<String> ids = response.path("search.edges[*].node.record.id")
                .entityList(String.class)
                .get();
        response.path("search.totalCount").entity(Integer.class).isEqualTo(ids.size());
        return ids;
    }

    private List<String> ids(String text) {
        return ids(text, Map.of());
    }

    /** Providers (name or alias), service items and resources (name) in seed/ whose name holds {@code word}. */
    private static int seedRecordsNaming(String word) {
        return seedRecordsWhere(List.of("name", "alias"), text -> text.contains(word));
    }

    /** Providers, service items and resources in seed/ whose name, alias or description matches {@code pattern}. */
    private static int seedRecordsWith(Pattern pattern) {
        return seedRecordsWhere(
                List.of("name", "alias", "description"),
                text -> pattern.matcher(text).find());
    }

    private static int seedRecordsWhere(List<String> columns, Predicate<String> test) {
        int count = 0;
        for (String file : List.of("providers.csv", "service_items.csv", "resources.csv")) {
            for (Map<String, String> row : SeedCsv.rows(file)) {
                if (columns.stream().anyMatch(c -> row.containsKey(c) && test.test(row.get(c)))) {
                    count++;
                }
            }
        }
        return count;
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
        response.path("search.edges[0].node.record.__typename")
                .entity(String.class)
                .isEqualTo("Provider");
        List<Double> scores = response.path("search.edges[*].node.score")
                .entityList(Double.class)
                .get();
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
        List<Map<String, Object>> records = response.path("search.edges[*].node.record")
                .entityList(mapType())
                .get();
        assertThat(records)
                .isNotEmpty()
                .anySatisfy(r -> assertThat(r.get("__typename")).isEqualTo("ServiceItem"));
        assertThat(records)
                .filteredOn(r -> r.get("__typename").equals("ServiceItem"))
                .allSatisfy(r -> assertThat(r.get("category")).isEqualTo("ELDERLY_CARE"));
    }

    @Test
    void withinKeepsRecordsUnderThePlaceIncludingItsSubtree() {
        var response = search("法律", Map.of("within", "511403", "first", 50));
        List<Map<String, Object>> records = response.path("search.edges[*].node.record")
                .entityList(mapType())
                .get();
        assertThat(records)
                .isNotEmpty()
                .filteredOn(r -> !r.get("__typename").equals("Resource"))
                .allSatisfy(r -> assertThat(placeCode(r)).startsWith("511403"));
        assertThat(search("法律", Map.of("within", "511403001", "first", 50))
                        .path("search.totalCount")
                        .entity(Integer.class)
                        .get())
                .isLessThan(
                        response.path("search.totalCount").entity(Integer.class).get());
    }

    @Test
    void kindsKeepProvidersOfThoseKindsAndTheirItems() {
        var records = search("服务", Map.of("kinds", List.of("MEDICAL"), "first", 50))
                .path("search.edges[*].node.record")
                .entityList(mapType())
                .get();
        assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(kind(r)).isEqualTo("MEDICAL"));
    }

    @Test
    void openAtKeepsWhatIsOpenThen() {
        // Sunday 23:30: only what is open around the clock
        var records = search("口袋公园", Map.of("openAt", "2025-03-09T23:30", "first", 50))
                .path("search.edges[*].node.record")
                .entityList(mapType())
                .get();
        assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(hours(r)).isEqualTo("24/7"));
    }

    @Test
    void pagesFollowOneAnotherWithoutRepeats() {
        var first = search("邻里中心", Map.of("first", 10));
        int total = first.path("search.totalCount").entity(Integer.class).get();
        assertThat(total).isGreaterThanOrEqualTo(38);
        List<String> ids = new ArrayList<>(first.path("search.edges[*].node.record.id")
                .entityList(String.class)
                .get());
        String cursor =
                first.path("search.pageInfo.endCursor").entity(String.class).get();
        ids.addAll(search("邻里中心", Map.of("first", 10, "after", cursor))
                .path("search.edges[*].node.record.id")
                .entityList(String.class)
                .get());
        assertThat(ids).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void luceneSyntaxInTheTextOnlySeparatesWords() {
        for (String hostile : List.of("name:金龙 OR *:*", "金龙\")^9 OR (x", "AND", "~1", "金龙*")) {
            search(hostile, Map.of())
                    .errors()
                    .verify()
                    .path("search.totalCount")
                    .entity(Integer.class)
                    .satisfies(t -> assertThat(t).isNotNegative());
        }
        // 金龙* is the words 金龙: the star is no wildcard
        assertThat(ids("金龙*")).isEqualTo(ids("金龙"));
    }

    @Test
    void textOfPunctuationAloneIsRejectedNamingTheArgument() {
        for (String punctuation : List.of("\"*~?(", "*", "\\", "??", ".", "，。、", "·")) {
            search(punctuation, Map.of()).errors().satisfy(errors -> {
                assertThat(errors).as(punctuation).hasSize(1);
                assertThat(errors.get(0).getExtensions())
                        .containsEntry("code", "BAD_USER_INPUT")
                        .containsEntry("field", "text");
                assertThat(errors.get(0).getMessage()).contains("punctuation alone");
            });
        }
    }

    @Test
    void punctuationCaseAndWidthAreReadAsAPersonMeansThem() {
        // every provider, item and resource named (or aliased) 东坡 is spelled ...dongpo..., and nothing else is
        List<String> dongpo = ids("dongpo");
        assertThat(dongpo).hasSize(seedRecordsNaming("东坡"));
        for (String typed :
                List.of("dongpo.", ".dongpo", "dong-po", "dong po", "DONGPO", "ｄｏｎｇｐｏ", "Dōng Pō", "dong·po")) {
            assertThat(ids(typed)).as(typed).isEqualTo(dongpo);
        }
        assertThat(ids("dpllzx,")).isEqualTo(ids("dpllzx")).contains("Provider:nc-001");
        // an input method switched midway
        assertThat(ids("东坡linli")).isEqualTo(ids("dongpolinli")).first().isEqualTo("Provider:nc-001");
        // one character matches where it begins a pair of characters (the cjk analyzer indexes pairs)
        List<String> jin = ids("金");
        assertThat(jin).hasSize(seedRecordsWith(Pattern.compile("金\\p{IsHan}")));
        assertThat(ids("金.")).isEqualTo(jin);
        assertThat(ids("金。")).isEqualTo(jin);
    }

    @Test
    void uUmlautIsTypedAsVWithItsDotsOrAsU() {
        // 妇女 fù nǚ: its provider, item and resource
        List<String> funv = ids("funv");
        assertThat(funv).hasSize(seedRecordsNaming("妇女"));
        for (String typed : List.of("funü", "fu nü", "FUNÜ", "funu:", "funu", "fu nu")) {
            assertThat(ids(typed)).as(typed).isEqualTo(funv);
        }
        List<String> lvyou = ids("lvyou");
        assertThat(lvyou).hasSize(seedRecordsNaming("旅游"));
        assertThat(ids("lüyou")).isEqualTo(lvyou);
        // luyou is also a part of 杭州路幼儿园 hangzhou-lu-you-er-yuan: typed u, ü is no longer told from u
        assertThat(ids("luyou")).containsAll(lvyou);
    }

    @Test
    void aCharacterWithSeveralReadingsIsReadInContext() {
        // 长虹社区乡贤理事会: 长 is chang in 长虹; before, only zhanghong found it
        assertThat(names("changhong")).contains("长虹社区乡贤理事会");
        assertThat(names("chsqxxlshh")).containsExactly("长虹社区乡贤理事会");
        // 长者 is zhang zhe, and a person reading 长 as usual (chang) still finds the 长者食堂 items
        List<String> zhangzhe = names("zhangzheshitang");
        assertThat(zhangzhe).isNotEmpty().allSatisfy(n -> assertThat(n).startsWith("长者食堂"));
        assertThat(names("changzheshitang")).isEqualTo(zhangzhe);
        // 人民调解 is ren min tiao jie
        assertThat(names("renmintiaojie"))
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n).contains("人民调解"));
    }

    @Test
    void resourcesAndProjectsAreFoundByNameAndPinyin() {
        for (String text : List.of("童伴计划", "童伴", "tongbanjihua", "tong ban", "tbjh")) {
            Map<String, Object> first = search(text, Map.of("first", 5))
                    .path("search.edges[0].node.record")
                    .entity(mapType())
                    .get();
            assertThat(first)
                    .as(text)
                    .containsEntry("__typename", "Resource")
                    .containsEntry("id", "Resource:res-09")
                    .containsEntry("type", "PROJECT")
                    .containsEntry("owner", Map.of("id", "Provider:dept-03", "kind", "DEPARTMENT"));
        }
        // a RESOURCE too: 社区警务室 (res-56)
        assertThat(ids("shequjingwushi")).first().isEqualTo("Resource:res-56");
    }

    @Test
    void resourcesAreFilteredByTheirCategoryOwnerAndDeployments() {
        String tongban = "Resource:res-09";
        assertThat(ids("童伴计划", Map.of("categories", List.of("CHILDCARE")))).contains(tongban);
        assertThat(ids("童伴计划", Map.of("categories", List.of("EDUCATION")))).doesNotContain(tongban);
        // owned by 团区委 (dept-03), a DEPARTMENT
        assertThat(ids("童伴计划", Map.of("kinds", List.of("DEPARTMENT")))).contains(tongban);
        assertThat(ids("童伴计划", Map.of("kinds", List.of("CHILDCARE")))).doesNotContain(tongban);
        // within: deployed to a grid under the place (seed/deployments.csv)
        Set<String> grids = SeedCsv.rows("deployments.csv").stream()
                .filter(d -> d.get("resource_id").equals("res-09"))
                .map(d -> d.get("grid_code"))
                .collect(Collectors.toSet());
        String deployedCommunity = grids.iterator().next().substring(0, 12);
        String undeployedCommunity = SeedCsv.rows("grids.csv").stream()
                .map(g -> g.get("code").substring(0, 12))
                .filter(c -> grids.stream().noneMatch(g -> g.startsWith(c)))
                .findFirst()
                .orElseThrow();
        assertThat(ids("童伴计划", Map.of("within", deployedCommunity))).contains(tongban);
        assertThat(ids("童伴计划", Map.of("within", undeployedCommunity))).doesNotContain(tongban);
        // a resource publishes no opening hours
        assertThat(ids("童伴计划", Map.of("openAt", "2025-03-05T10:00"))).doesNotContain(tongban);
    }

    @Test
    void blankAndOverlongTextAreRejectedNamingTheArgument() {
        search("邻".repeat(101), Map.of()).errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions())
                    .containsEntry("code", "BAD_USER_INPUT")
                    .containsEntry("field", "text");
        });
        search("   ", Map.of())
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("field", "text"));
    }

    @Test
    void theImportDerivedPinyinForEveryProviderItemAndResourceSoAStartUpPassHasNothingToDo() {
        long missing = cypher.read("""
                MATCH (n) WHERE ((n:Provider OR n:ServiceItem) AND (n.pinyin IS NULL OR n.openWeek IS NULL))
                             OR (n:Resource AND n.pinyin IS NULL)
                RETURN count(n) AS missing""", Map.of()).get(0).get("missing").asLong();
        assertThat(missing).isZero();
        assertThat(derived.apply(false)).isZero();
    }

    @SuppressWarnings("unchecked")
    private static String placeCode(Map<String, Object> record) {
        Map<String, Object> provider =
                record.containsKey("provider") ? (Map<String, Object>) record.get("provider") : record;
        return (String) ((Map<String, Object>) provider.get("locatedIn")).get("code");
    }

    @SuppressWarnings("unchecked")
    private static String kind(Map<String, Object> record) {
        Object provider =
                record.containsKey("provider") ? record.get("provider") : record.getOrDefault("owner", record);
        return (String) ((Map<String, Object>) provider).get("kind");
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
