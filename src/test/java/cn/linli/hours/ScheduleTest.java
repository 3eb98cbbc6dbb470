package cn.linli.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import cn.linli.LinliTest;

class ScheduleTest extends LinliTest {

    private static final String QUERY = """
            { node(id: "%s") { ... on Provider { hours openNow schedule { open24h slots { weekday opens closes } } } } }""";

    @Test
    void aParkOpenAroundTheClockIsOpenNowWithSevenFullDays() {
        graphQl().document(QUERY.formatted("Provider:park-001")).execute()
                .path("node.hours").entity(String.class).isEqualTo("24/7")
                .path("node.openNow").entity(Boolean.class).isEqualTo(true)
                .path("node.schedule.open24h").entity(Boolean.class).isEqualTo(true)
                .path("node.schedule.slots[*].weekday").entityList(String.class).hasSize(7)
                .path("node.schedule.slots[6].closes").entity(String.class).isEqualTo("24:00");
    }

    @Test
    void aWeekdayOfficeIsOpenNowExactlyDuringItsHoursInShanghaiTime() {
        // 城中社区公共法律服务工作室: Mo-Fr 09:00-17:00
        boolean expectedBefore = officeHours(ZonedDateTime.now(WeekMinute.ZONE));
        var response = graphQl().document(QUERY.formatted("Provider:legal-room-001")).execute();
        boolean expectedAfter = officeHours(ZonedDateTime.now(WeekMinute.ZONE));
        assumeTrue(expectedBefore == expectedAfter, "the clock crossed an opening boundary during the request");
        response.path("node.openNow").entity(Boolean.class).isEqualTo(expectedBefore)
                .path("node.schedule.open24h").entity(Boolean.class).isEqualTo(false)
                .path("node.schedule.slots[*].weekday").entityList(String.class)
                .containsExactly("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")
                .path("node.schedule.slots[0].opens").entity(String.class).isEqualTo("09:00")
                .path("node.schedule.slots[0].closes").entity(String.class).isEqualTo("17:00");
    }

    @Test
    void withoutPublishedHoursScheduleAndOpenNowAreNull() {
        // party branches publish no hours
        graphQl().document(QUERY.formatted("Provider:pb-511402001001-01")).execute()
                .path("node.hours").valueIsNull()
                .path("node.openNow").valueIsNull()
                .path("node.schedule").valueIsNull();
    }

    @Test
    void serviceItemsCarryTheirOwnSchedule() {
        graphQl().document("{ node(id: \"ServiceItem:si-00001\") { ... on ServiceItem { hours schedule { slots { weekday } } } } }")
                .execute()
                .path("node.hours").entity(String.class).isEqualTo("Mo-Su 08:00-21:00")
                .path("node.schedule.slots").entityList(Object.class).hasSize(7);
    }

    private static boolean officeHours(ZonedDateTime now) {
        boolean weekday = now.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
        return weekday && now.getHour() >= 9 && now.getHour() < 17;
    }
}
