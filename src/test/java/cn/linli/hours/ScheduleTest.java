package cn.linli.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.linli.LinliTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Schedules, "open now" and "open at" of seed providers over GraphQL (hours as seed/providers.csv gives them). */
class ScheduleTest extends LinliTest {

    private static final String QUERY = """
            { node(id: "%s") { ... on Provider { hours openNow schedule { open24h slots { weekday opens closes } } } } }""";

    private GraphQlTester.Response hours(String id, String at, String from, int count) {
        var request = graphQl()
                .documentName("hours")
                .variable("id", id)
                .variable("at", at)
                .variable("count", count);
        return (from == null ? request : request.variable("from", from)).execute();
    }

    @Test
    void aParkOpenAroundTheClockIsOpenNowWithSevenFullDays() {
        graphQl()
                .document(QUERY.formatted("Provider:park-001"))
                .execute()
                .path("node.hours")
                .entity(String.class)
                .isEqualTo("24/7")
                .path("node.openNow")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("node.schedule.open24h")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("node.schedule.slots[*].weekday")
                .entityList(String.class)
                .hasSize(7)
                .path("node.schedule.slots[6].closes")
                .entity(String.class)
                .isEqualTo("24:00");
        hours("Provider:park-001", "2025-10-01T03:00", null, 1)
                .path("node.openAt")
                .entity(Boolean.class)
                .isEqualTo(true);
    }

    @Test
    void aWeekdayOfficeIsOpenNowExactlyDuringItsHoursInShanghaiTime() throws IOException {
        // 城中社区公共法律服务工作室: Mo-Fr 09:00-17:00, and on 调休 working days (read as Fridays)
        List<String> workdays = Files.readAllLines(Path.of("src/main/resources/holidays/cn.csv")).stream()
                .filter(line -> line.contains(",WORKDAY,"))
                .map(line -> line.substring(0, 10))
                .toList();
        boolean expectedBefore = officeHours(ZonedDateTime.now(WeekMinute.ZONE), workdays);
        var response =
                graphQl().document(QUERY.formatted("Provider:legal-room-001")).execute();
        boolean expectedAfter = officeHours(ZonedDateTime.now(WeekMinute.ZONE), workdays);
        assumeTrue(expectedBefore == expectedAfter, "the clock crossed an opening boundary during the request");
        response.path("node.openNow")
                .entity(Boolean.class)
                .isEqualTo(expectedBefore)
                .path("node.schedule.open24h")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("node.schedule.slots[*].weekday")
                .entityList(String.class)
                .containsExactly("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")
                .path("node.schedule.slots[0].opens")
                .entity(String.class)
                .isEqualTo("09:00")
                .path("node.schedule.slots[0].closes")
                .entity(String.class)
                .isEqualTo("17:00");
    }

    @Test
    void aWeekdayOfficeWorksOnTheWeekendDayThatPaysForTheNationalDayHoliday() {
        // Mo-Fr 09:00-17:00 has no PH rule, so it stays open on the holiday itself (the specification's reading)
        String office = "Provider:legal-room-001";
        hours(office, "2025-09-28T10:00", null, 1)
                .path("node.openAt")
                .entity(Boolean.class)
                .isEqualTo(true);
        hours(office, "2025-10-12T10:00", null, 1)
                .path("node.openAt")
                .entity(Boolean.class)
                .isEqualTo(false);
        hours(office, "2025-10-01T10:00", null, 1)
                .path("node.openAt")
                .entity(Boolean.class)
                .isEqualTo(true);

        var days = hours(office, "2025-09-28T10:00", "2025-09-27", 5);
        days.path("node.schedule.days[*].date")
                .entityList(String.class)
                .containsExactly("2025-09-27", "2025-09-28", "2025-09-29", "2025-09-30", "2025-10-01");
        days.path("node.schedule.days[*].weekday")
                .entityList(String.class)
                .containsExactly("SATURDAY", "SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY");
        days.path("node.schedule.days[*].adjustedWorkday")
                .entityList(Boolean.class)
                .containsExactly(false, true, false, false, false);
        days.path("node.schedule.days[4].holiday").entity(String.class).isEqualTo("国庆节、中秋节");
        days.path("node.schedule.days[0].holiday").valueIsNull();
        days.path("node.schedule.days[0].slots").entityList(Object.class).hasSize(0);
        days.path("node.schedule.days[1].slots[0]")
                .entity(Map.class)
                .isEqualTo(Map.of("opens", "09:00", "closes", "17:00"));
    }

    @Test
    void aDepartmentClosesForLunchAndOnPublicHolidays() {
        // 东坡区教育和体育局: Mo-Fr 09:00-12:00,13:30-17:30; PH off
        var dept = hours("Provider:dept-01", "2025-03-03T12:30", "2025-03-03", 1);
        dept.path("node.openAt")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("node.schedule.slots")
                .entityList(Object.class)
                .hasSize(10)
                .path("node.schedule.days[0].slots[*].opens")
                .entityList(String.class)
                .containsExactly("09:00", "13:30");
        hours("Provider:dept-01", "2025-03-03T14:00", null, 1)
                .path("node.openAt")
                .entity(Boolean.class)
                .isEqualTo(true);
        var nationalDay = hours("Provider:dept-01", "2025-10-01T10:00", "2025-10-01", 1);
        nationalDay
                .path("node.openAt")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("node.schedule.days[0].slots")
                .entityList(Object.class)
                .hasSize(0);
        // 2026-02-28, a Saturday worked for 春节
        hours("Provider:dept-01", "2026-02-28T10:00", null, 1)
                .path("node.openAt")
                .entity(Boolean.class)
                .isEqualTo(true);
    }

    /** An explicit {@code count: null} is the default, as leaving it out is. */
    @Test
    void aNullDayCountIsTheDefaultWeek() {
        graphQl()
                .document(
                        "{ node(id: \"Provider:dept-01\") { ... on Provider { schedule { days(from: \"2025-03-03\", count: null) { date } } } } }")
                .execute()
                .path("node.schedule.days[*].date")
                .entityList(String.class)
                .containsExactly(
                        "2025-03-03",
                        "2025-03-04",
                        "2025-03-05",
                        "2025-03-06",
                        "2025-03-07",
                        "2025-03-08",
                        "2025-03-09");
    }

    @Test
    void badTimesAndDayCountsNameTheirArgument() {
        hours("Provider:dept-01", "tomorrow", null, 1)
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions())
                        .containsEntry("code", "BAD_USER_INPUT")
                        .containsEntry("field", "time"));
        hours("Provider:dept-01", "2025-03-03T14:00", null, 40)
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions())
                        .containsEntry("code", "BAD_USER_INPUT")
                        .containsEntry("field", "count"));
        hours("Provider:dept-01", "2025-03-03T14:00", "03/03/2025", 1)
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions())
                        .containsEntry("code", "BAD_USER_INPUT")
                        .containsEntry("field", "from"));
    }

    @Test
    void withoutPublishedHoursScheduleAndOpenNowAreNull() {
        // party branches publish no hours
        graphQl()
                .document(QUERY.formatted("Provider:pb-511402001001-01"))
                .execute()
                .path("node.hours")
                .valueIsNull()
                .path("node.openNow")
                .valueIsNull()
                .path("node.schedule")
                .valueIsNull();
    }

    @Test
    void serviceItemsCarryTheirOwnSchedule() {
        graphQl()
                .document(
                        "{ node(id: \"ServiceItem:si-00001\") { ... on ServiceItem { hours openAt(time: \"2025-10-01T20:30\") schedule { slots { weekday } } } } }")
                .execute()
                .path("node.hours")
                .entity(String.class)
                .isEqualTo("Mo-Su 08:00-21:00")
                .path("node.openAt")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("node.schedule.slots")
                .entityList(Object.class)
                .hasSize(7);
    }

    private static boolean officeHours(ZonedDateTime now, List<String> workdays) {
        boolean weekday = now.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()
                || workdays.contains(now.toLocalDate().toString());
        return weekday && now.getHour() >= 9 && now.getHour() < 17;
    }
}
