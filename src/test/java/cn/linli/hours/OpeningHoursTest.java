package cn.linli.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import cn.linli.api.errors.BadInputException;

class OpeningHoursTest {

    private static int at(String isoLocal) {
        return WeekMinute.of(LocalDateTime.parse(isoLocal));
    }

    @Test
    void weekdayAndWeekendRulesBecomeOneSlotPerDay() {
        OpeningHours hours = OpeningHours.parse("Mo-Fr 08:30-20:30; Sa,Su 09:00-21:00").orElseThrow();
        assertThat(hours.open24h()).isFalse();
        assertThat(hours.slots()).hasSize(7);
        assertThat(hours.slots().get(0)).isEqualTo(new OpeningHours.Slot(DayOfWeek.MONDAY, 510, 1230));
        assertThat(hours.slots().get(0).opens()).isEqualTo("08:30");
        assertThat(hours.slots().get(6).weekday()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(hours.slots().get(6).closes()).isEqualTo("21:00");
    }

    @Test
    void openingIsInclusiveAndClosingExclusive() {
        OpeningHours hours = OpeningHours.parse("Mo-Fr 09:00-17:00").orElseThrow();
        // 2025-03-03 is a Monday, 2025-03-09 a Sunday
        assertThat(hours.isOpenAt(at("2025-03-03T09:00"))).isTrue();
        assertThat(hours.isOpenAt(at("2025-03-03T16:59"))).isTrue();
        assertThat(hours.isOpenAt(at("2025-03-03T17:00"))).isFalse();
        assertThat(hours.isOpenAt(at("2025-03-03T08:59"))).isFalse();
        assertThat(hours.isOpenAt(at("2025-03-09T10:00"))).isFalse();
    }

    @Test
    void splitDaysAndTwoSlotsADayAreBothKept() {
        OpeningHours hours = OpeningHours.parse("Mo-Fr 09:00-12:00; Mo-Fr 13:30-17:30").orElseThrow();
        assertThat(hours.slots()).hasSize(10);
        assertThat(hours.isOpenAt(at("2025-03-05T12:30"))).isFalse();
        assertThat(hours.isOpenAt(at("2025-03-05T14:00"))).isTrue();
    }

    @Test
    void aSlotPastMidnightRunsIntoTheNextDayAndSundayNightWrapsToMonday() {
        OpeningHours hours = OpeningHours.parse("Fr,Su 22:00-02:00").orElseThrow();
        assertThat(hours.isOpenAt(at("2025-03-07T23:00"))).isTrue();   // Friday night
        assertThat(hours.isOpenAt(at("2025-03-08T01:30"))).isTrue();   // early Saturday
        assertThat(hours.isOpenAt(at("2025-03-08T02:00"))).isFalse();
        assertThat(hours.isOpenAt(at("2025-03-10T01:00"))).isTrue();   // early Monday, from Sunday night
        assertThat(hours.weekIntervals()).containsExactly(
                4 * 1440 + 1320, 5 * 1440 + 120, 6 * 1440 + 1320, 7 * 1440, 0, 120);
    }

    @Test
    void twentyFourSevenIsOpenAtAnyTime() {
        OpeningHours hours = OpeningHours.parse("24/7").orElseThrow();
        assertThat(hours.open24h()).isTrue();
        assertThat(hours.slots()).hasSize(7).allSatisfy(s -> assertThat(s.closes()).isEqualTo("24:00"));
        assertThat(hours.isOpenAt(at("2025-03-09T03:17"))).isTrue();
    }

    @Test
    void blankOrMalformedHoursAreUnknownRatherThanClosed() {
        assertThat(OpeningHours.parse("")).isEmpty();
        assertThat(OpeningHours.parse(null)).isEmpty();
        assertThat(OpeningHours.parse("weekdays 9-5")).isEmpty();
        assertThat(OpeningHours.parse("Mo-Xy 09:00-17:00")).isEmpty();
        assertThat(OpeningHours.parse("Mo 25:00-26:00")).isEmpty();
    }

    @Test
    void openAtIsReadInShanghaiTimeAndAnOffsetIsConverted() {
        assertThat(WeekMinute.parse("2025-03-03T10:00", "openAt")).isEqualTo(600);
        // 02:00 UTC on Monday is 10:00 in Shanghai
        assertThat(WeekMinute.parse("2025-03-03T02:00Z", "openAt")).isEqualTo(600);
        assertThatThrownBy(() -> WeekMinute.parse("tomorrow", "openAt"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("openAt ");
    }
}
