package cn.linli.hours;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import cn.linli.partner.Scope;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * A partner publishes a weekday office closed on public holidays, and portals find it open, or not, around the
 * National Day holiday of 2025: 10-01 (Wednesday) is 国庆节, 09-28 (Sunday) and 10-11 (Saturday) are worked in
 * exchange. The office stands alone in 青神县, so a 10 m radius finds nothing else.
 */
class HolidayOpeningTest extends PartnerTest {

    private static final Map<String, Object> HERE = Map.of("lon", 103.8811, "lat", 29.8311);

    private String key;

    @BeforeEach
    void publishTheOffice() {
        key = key("street-office-" + QINGSHEN, Set.of(Scope.PROVIDERS), QINGSHEN);
        upsert("test-hours-office", "青神县测试便民服务室", "Mo-Fr 09:00-17:00; PH off")
                .path("upsertProvider.provider.hours")
                .entity(String.class)
                .isEqualTo("Mo-Fr 09:00-17:00; PH off");
    }

    @Test
    void nearbyOpenAtLeavesTheOfficeOutOnTheHolidayAndFindsItOnTheWeekendDayWorkedInExchange() {
        assertThat(nearbyOpen("2025-10-01T10:00")).isEmpty();
        assertThat(nearbyOpen("2025-09-28T10:00")).containsExactly("Provider:test-hours-office");
        assertThat(nearbyOpen("2025-10-11T10:00")).containsExactly("Provider:test-hours-office");
        assertThat(nearbyOpen("2025-10-12T10:00")).isEmpty();
        assertThat(nearbyOpen("2025-09-29T10:00")).containsExactly("Provider:test-hours-office");
        assertThat(nearbyOpen("2025-09-29T17:00")).isEmpty();
        // the same instant with an offset: 02:00 UTC is 10:00 in Shanghai
        assertThat(nearbyOpen("2025-10-01T02:00Z")).isEmpty();
    }

    @Test
    void searchOpenAtAnswersTheSame() {
        assertThat(searchOpen("2025-10-01T10:00")).doesNotContain("Provider:test-hours-office");
        assertThat(searchOpen("2025-09-28T10:00")).contains("Provider:test-hours-office");
    }

    @Test
    void hoursTypedInChineseAreStoredInOpenStreetMapFormAndAnswerAlike() {
        upsert("test-hours-chinese", "青神县测试中文时间服务室", "工作日 上午9点-下午5点")
                .path("upsertProvider.provider.hours")
                .entity(String.class)
                .isEqualTo("Mo-Fr 09:00-17:00; PH off");
        upsert("test-hours-lunch", "青神县测试午休服务室", "周一至周五 8:00-12:00，14:00-18:00")
                .path("upsertProvider.provider.hours")
                .entity(String.class)
                .isEqualTo("Mo-Fr 08:00-12:00,14:00-18:00");
        graphQl()
                .documentName("hours")
                .variable("id", "Provider:test-hours-lunch")
                .variable("at", "2025-03-03T13:00")
                .variable("from", "2025-03-03")
                .variable("count", 1)
                .execute()
                .path("node.openAt")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("node.schedule.slots")
                .entityList(Object.class)
                .hasSize(10);
        graphQl()
                .documentName("hours")
                .variable("id", "Provider:test-hours-chinese")
                .variable("at", "2025-10-01T10:00")
                .execute()
                .path("node.openAt")
                .entity(Boolean.class)
                .isEqualTo(false);
    }

    @Test
    void aServiceItemTakesHoursOfItsOwnTypedInChinese() {
        as(key).document("""
                mutation($input: UpsertServiceItemInput!) {
                  upsertServiceItem(input: $input) { serviceItem { id hours openAt(time: "2025-10-01T03:00") schedule { open24h } } }
                }""")
                .variable(
                        "input",
                        Map.of(
                                "key",
                                "test-hours-kiosk",
                                "providerId",
                                "Provider:test-hours-office",
                                "name",
                                "自助服务终端",
                                "category",
                                "GOVERNMENT_AFFAIRS",
                                "hours",
                                "全天24小时"))
                .execute()
                .path("upsertServiceItem.serviceItem.hours")
                .entity(String.class)
                .isEqualTo("24/7")
                .path("upsertServiceItem.serviceItem.openAt")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("upsertServiceItem.serviceItem.schedule.open24h")
                .entity(Boolean.class)
                .isEqualTo(true);
    }

    @Test
    void aLunchBreakWrittenAsTwoRulesIsRefusedWithTheFormThatWorks() {
        as(key).documentName("upsertProvider")
                .variable("input", input("test-hours-slip", "青神县测试错写服务室", "Mo-Fr 09:00-12:00; Mo-Fr 13:30-17:30"))
                .execute()
                .errors()
                .satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getExtensions())
                            .containsEntry("code", "BAD_USER_INPUT")
                            .containsEntry("field", "input.hours");
                    assertThat(errors.get(0).getMessage())
                            .contains("never applies")
                            .contains("Mo-Fr 08:00-12:00,14:00-18:00");
                });
        assertThat(count("MATCH (p:Provider {id: 'test-hours-slip'}) RETURN count(p)", Map.of()))
                .isZero();
    }

    private GraphQlTester.Response upsert(String id, String name, String hours) {
        return as(key).documentName("upsertProvider")
                .variable("input", input(id, name, hours))
                .execute();
    }

    /** The office stands at HERE; the other test providers 1 km east, out of the nearby radius. */
    private static Map<String, Object> input(String id, String name, String hours) {
        Map<String, Object> at = id.equals("test-hours-office") ? HERE : Map.of("lon", 103.8911, "lat", 29.8311);
        return Map.of(
                "key",
                id,
                "name",
                name,
                "kind",
                "SOCIAL_ORGANIZATION",
                "placeCode",
                QINGSHEN,
                "hours",
                hours,
                "location",
                at);
    }

    private List<String> nearbyOpen(String at) {
        return graphQl()
                .documentName("nearby")
                .variable("location", HERE)
                .variable("radius", 10)
                .variable("openAt", at)
                .execute()
                .path("nearby.edges[*].node.provider.id")
                .entityList(String.class)
                .get();
    }

    private List<String> searchOpen(String at) {
        return graphQl()
                .documentName("search")
                .variable("text", "青神县测试便民服务室")
                .variable("within", QINGSHEN)
                .variable("openAt", at)
                .execute()
                .path("search.edges[*].node.record.id")
                .entityList(String.class)
                .get();
    }
}
