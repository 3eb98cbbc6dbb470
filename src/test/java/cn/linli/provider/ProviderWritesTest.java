package cn.linli.provider;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import cn.linli.partner.Scope;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Partners keep providers and service items in their places up to date. */
class ProviderWritesTest extends PartnerTest {

    private static final String ITEM = """
            mutation($input: UpsertServiceItemInput!) {
              upsertServiceItem(input: $input) { serviceItem { id name category documents provider { id serviceItems { totalCount } } } }
            }""";

    @Test
    void aProviderSentInGcj02IsStoredInWgs84AndUpdatedInPlace() {
        String key = key("street-office-" + COMMUNITY, Set.of(Scope.PROVIDERS), COMMUNITY);
        Map<String, Object> input = Map.of(
                "key",
                "test-so-writes",
                "name",
                "城中社区助老服务社",
                "kind",
                "SOCIAL_ORGANIZATION",
                "placeCode",
                GRID,
                "hours",
                "Mo-Fr 08:30-17:30",
                "location",
                Map.of("lon", 103.9287, "lat", 30.1761, "crs", "GCJ02"));
        var created =
                as(key).documentName("upsertProvider").variable("input", input).execute();
        created.path("upsertProvider.provider.id")
                .entity(String.class)
                .isEqualTo("Provider:test-so-writes")
                .path("upsertProvider.provider.provenance")
                .entity(String.class)
                .isEqualTo("PARTNER")
                .path("upsertProvider.provider.locatedIn.code")
                .entity(String.class)
                .isEqualTo(GRID)
                .path("upsertProvider.provider.gcj.lon")
                .entity(Double.class)
                .isEqualTo(103.9287)
                .path("upsertProvider.provider.gcj.lat")
                .entity(Double.class)
                .isEqualTo(30.1761);
        double wgsLon = created.path("upsertProvider.provider.wgs.lon")
                .entity(Double.class)
                .get();
        assertThat(103.9287 - wgsLon).isBetween(0.001, 0.005);

        Map<String, Object> renamed = new java.util.HashMap<>(input);
        renamed.put("name", "城中社区为老服务社");
        renamed.put("aliases", List.of("为老服务社"));
        as(key).documentName("upsertProvider")
                .variable("input", renamed)
                .execute()
                .path("upsertProvider.provider.name")
                .entity(String.class)
                .isEqualTo("城中社区为老服务社")
                .path("upsertProvider.provider.aliases")
                .entityList(String.class)
                .containsExactly("为老服务社");
        assertThat(count("MATCH (p:Provider {id: 'test-so-writes'})-[:LOCATED_IN]->(x) RETURN count(x)", Map.of()))
                .isEqualTo(1);

        as(key).document(ITEM)
                .variable(
                        "input",
                        Map.of(
                                "key",
                                "test-item-writes",
                                "providerId",
                                "Provider:test-so-writes",
                                "name",
                                "上门助浴",
                                "category",
                                "ELDERLY_CARE",
                                "documents",
                                List.of("身份证")))
                .execute()
                .path("upsertServiceItem.serviceItem.id")
                .entity(String.class)
                .isEqualTo("ServiceItem:test-item-writes")
                .path("upsertServiceItem.serviceItem.documents")
                .entityList(String.class)
                .containsExactly("身份证")
                .path("upsertServiceItem.serviceItem.provider.serviceItems.totalCount")
                .entity(Integer.class)
                .isEqualTo(1);
    }

    @Test
    void anUpsertedProviderIsFoundByPinyinAndItsHoursAtOnce() {
        String key = key("street-office-" + COMMUNITY, Set.of(Scope.PROVIDERS), COMMUNITY);
        as(key).documentName("upsertProvider")
                .variable(
                        "input",
                        Map.of(
                                "key",
                                "test-so-pinyin",
                                "name",
                                "锦江夕阳红服务社",
                                "kind",
                                "SOCIAL_ORGANIZATION",
                                "placeCode",
                                GRID,
                                "hours",
                                "Sa,Su 09:00-12:00",
                                "location",
                                Map.of("lon", 103.9267, "lat", 30.179)))
                .execute()
                .path("upsertProvider.provider.id")
                .entity(String.class)
                .isEqualTo("Provider:test-so-pinyin");

        String search = """
                query($text: String!, $at: String) { search(text: $text, within: "511403", openAt: $at, first: 5) {
                  edges { node { record { ... on Provider { id } } } } } }""";
        for (String text : List.of("jinjiangxiyang", "jjxyhfws")) {
            graphQl()
                    .document(search)
                    .variable("text", text)
                    .execute()
                    .path("search.edges[0].node.record.id")
                    .entity(String.class)
                    .isEqualTo("Provider:test-so-pinyin");
        }
        // Open on a Saturday morning (2024-03-02), closed on a Monday (2024-03-04).
        graphQl()
                .document(search)
                .variable("text", "锦江夕阳红")
                .variable("at", "2024-03-02T10:00")
                .execute()
                .path("search.edges[*].node.record.id")
                .entityList(String.class)
                .contains("Provider:test-so-pinyin");
        graphQl()
                .document(search)
                .variable("text", "锦江夕阳红")
                .variable("at", "2024-03-04T10:00")
                .execute()
                .path("search.edges[*].node.record.id")
                .entityList(String.class)
                .doesNotContain("Provider:test-so-pinyin");
    }

    @Test
    void badProviderInputNamesTheFieldAndWritesNothing() {
        String key = key("street-office-" + COMMUNITY, Set.of(Scope.PROVIDERS), COMMUNITY);
        Map<String, Object> valid = organisationInGrid("test-so-bad", "测试组织");
        expectField(key, with(valid, "hours", "weekdays 9-5"), "input.hours");
        expectField(key, with(valid, "key", "Bad Key!"), "input.key");
        expectField(key, with(valid, "placeCode", "511403999999"), "input.placeCode");
        expectField(key, with(valid, "location", Map.of("lon", 2.35, "lat", 48.85)), "input.location");
        expectField(key, with(valid, "phone", "call me maybe"), "input.phone");
        assertThat(count("MATCH (p:Provider {id: 'test-so-bad'}) RETURN count(p)", Map.of()))
                .isZero();
    }

    private void expectField(String apiKey, Map<String, Object> input, String field) {
        as(apiKey)
                .documentName("upsertProvider")
                .variable("input", input)
                .execute()
                .errors()
                .satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getExtensions())
                            .containsEntry("code", "BAD_USER_INPUT")
                            .containsEntry("field", field);
                });
    }

    private static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
        Map<String, Object> changed = new java.util.HashMap<>(input);
        changed.put(field, value);
        return changed;
    }
}
