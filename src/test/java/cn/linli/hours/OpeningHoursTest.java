package cn.linli.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linli.api.errors.BadInputException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OpenStreetMap opening_hours rules Linli evaluates, with values worked out by hand from the specification.
 * Dates: 2025-03-03 is a Monday, 2025-03-09 a Sunday; 2025-10-01 (Wednesday) is 国庆节, 2025-09-28 (Sunday) and
 * 2025-10-11 (Saturday) are its 调休 working days.
 */
class OpeningHoursTest {

    private static OpeningHours hours(String text) {
        return OpeningHours.parse(text).orElseThrow(() -> new AssertionError("unreadable: " + text));
    }

    private static boolean open(String text, String isoLocal) {
        return hours(text).isOpenAt(LocalDateTime.parse(isoLocal), HolidayCalendar.CHINA);
    }

    @Test
    void aLunchBreakIsTwoTimesOfOneRuleJoinedByAComma() {
        OpeningHours hours = hours("Mo-Fr 08:00-12:00,14:00-18:00");
        assertThat(hours.slots()).hasSize(10);
        assertThat(hours.slots().get(0)).isEqualTo(new OpeningHours.Slot(DayOfWeek.MONDAY, 480, 720));
        assertThat(hours.slots().get(1).opens()).isEqualTo("14:00");
        assertThat(hours.slots().get(1).closes()).isEqualTo("18:00");
        assertThat(open("Mo-Fr 08:00-12:00,14:00-18:00", "2025-03-03T10:00")).isTrue();
        assertThat(open("Mo-Fr 08:00-12:00,14:00-18:00", "2025-03-03T12:00")).isFalse();
        assertThat(open("Mo-Fr 08:00-12:00,14:00-18:00", "2025-03-03T13:00")).isFalse();
        assertThat(open("Mo-Fr 08:00-12:00,14:00-18:00", "2025-03-03T14:00")).isTrue();
        assertThat(hours.weekIntervals()).startsWith(480, 720, 840, 1080, 1440 + 480);
    }

    @Test
    void aLaterSemicolonRuleReplacesEarlierOnesOnTheDaysItNames() {
        // the second rule names Monday to Friday too, so only the afternoon is left (a partner's usual slip)
        OpeningHours slip = hours("Mo-Fr 09:00-12:00; Mo-Fr 13:30-17:30");
        assertThat(slip.slots())
                .hasSize(5)
                .allSatisfy(s -> assertThat(s.opens()).isEqualTo("13:30"));
        // and only on the days it names: Wednesday is replaced, Tuesday is not
        assertThat(open("Mo-Fr 09:00-17:00; We 10:00-12:00", "2025-03-05T15:00"))
                .isFalse();
        assertThat(open("Mo-Fr 09:00-17:00; We 10:00-12:00", "2025-03-05T11:00"))
                .isTrue();
        assertThat(open("Mo-Fr 09:00-17:00; We 10:00-12:00", "2025-03-04T15:00"))
                .isTrue();
    }

    @Test
    void aCommaRuleAddsToWhatEarlierRulesSaid() {
        assertThat(open("Mo-Fr 09:00-12:00, We 14:00-16:00", "2025-03-05T10:00"))
                .isTrue();
        assertThat(open("Mo-Fr 09:00-12:00, We 14:00-16:00", "2025-03-05T15:00"))
                .isTrue();
        assertThat(open("Mo-Fr 09:00-12:00, We 14:00-16:00", "2025-03-04T15:00"))
                .isFalse();
    }

    @Test
    void offClosesTheDaysItNamesAndWithTimesOnlyThoseTimes() {
        assertThat(hours("Mo-Sa 09:00-17:00; Su off").slots()).hasSize(6);
        assertThat(open("Mo-Sa 09:00-17:00; Su off", "2025-03-09T10:00")).isFalse();
        assertThat(open("Mo-Sa 09:00-17:00; Su off", "2025-03-08T10:00")).isTrue();
        // off replaces nothing else: Wednesday keeps its morning and afternoon
        String noon = "Mo-Fr 08:00-18:00; We 12:00-14:00 off";
        assertThat(open(noon, "2025-03-05T13:00")).isFalse();
        assertThat(open(noon, "2025-03-05T10:00")).isTrue();
        assertThat(open(noon, "2025-03-05T15:00")).isTrue();
        assertThat(open(noon, "2025-03-04T13:00")).isTrue();
    }

    @Test
    void aFallbackRuleOpensOnlyWhatNoEarlierRuleSpokeOf() {
        String text = "Mo-Fr 09:00-17:00; PH off || Mo-Su 10:00-11:00";
        // Saturday: no earlier rule names it
        assertThat(open(text, "2025-03-08T10:30")).isTrue();
        // a holiday: PH off spoke of the whole day
        assertThat(open(text, "2025-10-01T10:30")).isFalse();
        // Monday 17:30: outside what Mo-Fr spoke of, but outside the fallback's times as well
        assertThat(open(text, "2025-03-03T17:30")).isFalse();
        assertThat(open(text, "2025-03-03T16:30")).isTrue();
    }

    @Test
    void aroundTheClockIsTwentyFourSevenOrEveryDayFromMidnightToMidnight() {
        for (String text : new String[] {"24/7", "Mo-Su 00:00-24:00", "00:00-24:00"}) {
            OpeningHours hours = hours(text);
            assertThat(hours.open24h()).as(text).isTrue();
            assertThat(hours.slots())
                    .as(text)
                    .hasSize(7)
                    .allSatisfy(s -> assertThat(s.closes()).isEqualTo("24:00"));
            assertThat(hours.isOpenAt(LocalDateTime.parse("2025-03-09T03:17"), HolidayCalendar.CHINA))
                    .isTrue();
        }
        assertThat(hours("Mo-Su 00:00-23:59").open24h()).isFalse();
        assertThat(hours("Mo-Sa 00:00-24:00").open24h()).isFalse();
        // closed on public holidays is not around the clock
        assertThat(hours("24/7; PH off").open24h()).isFalse();
    }

    @Test
    void hoursPastMidnightBelongToTheDayTheyStartOn() {
        for (String text : new String[] {"Fr,Su 22:00-02:00", "Fr,Su 22:00-26:00"}) {
            assertThat(open(text, "2025-03-07T23:00")).as(text).isTrue(); // Friday night
            assertThat(open(text, "2025-03-08T01:30")).as(text).isTrue(); // early Saturday
            assertThat(open(text, "2025-03-08T02:00")).as(text).isFalse();
            assertThat(open(text, "2025-03-10T01:00")).as(text).isTrue(); // early Monday, from Sunday night
            assertThat(hours(text).weekIntervals())
                    .containsExactly(4 * 1440 + 1320, 5 * 1440 + 120, 6 * 1440 + 1320, 7 * 1440, 0, 120);
            assertThat(hours(text).slots().get(0).closes()).isEqualTo("02:00");
        }
        // the night before a holiday is the ordinary day's; the holiday's own night is closed
        String nights = "Mo-Su 18:00-02:00; PH off";
        assertThat(open(nights, "2025-10-01T01:00")).isTrue();
        assertThat(open(nights, "2025-10-01T20:00")).isFalse();
        assertThat(open(nights, "2025-10-02T01:00")).isFalse();
    }

    @Test
    void publicHolidaysFollowChinasCalendar() {
        String office = "Mo-Fr 09:00-17:00; PH off";
        assertThat(open(office, "2025-10-01T10:00")).as("国庆节, a Wednesday").isFalse();
        assertThat(open(office, "2026-02-16T10:00")).as("春节 2026, a Monday").isFalse();
        assertThat(open(office, "2025-09-30T10:00")).as("the Tuesday before").isTrue();
        assertThat(open(office, "2025-10-09T10:00")).as("the Thursday after").isTrue();
        // a year the calendar does not list yet has no holidays: 2027-10-01 is an ordinary Friday
        assertThat(open(office, "2027-10-01T10:00")).isTrue();

        String mornings = "PH 09:00-12:00";
        assertThat(open(mornings, "2025-10-01T10:00")).isTrue();
        assertThat(open(mornings, "2025-10-01T13:00")).isFalse();
        assertThat(open(mornings, "2025-09-30T10:00")).isFalse();
        assertThat(hours(mornings).slots()).isEmpty();

        // without a PH rule, weekday rules apply on holidays as on any day (the specification's reading)
        assertThat(open("Mo-Fr 09:00-17:00", "2025-10-01T10:00")).isTrue();
        assertThat(open("Mo-Fr 09:00-17:00; PH 09:00-12:00", "2025-10-01T13:00"))
                .isFalse();
        // PH Sa: a holiday on a Saturday; PH,Sa: a holiday or a Saturday
        assertThat(open("PH Sa 10:00-12:00", "2025-10-04T11:00")).isTrue();
        assertThat(open("PH Sa 10:00-12:00", "2025-10-01T11:00")).isFalse();
        assertThat(open("PH,Sa 10:00-12:00", "2025-10-01T11:00")).isTrue();
    }

    @Test
    void aWorkingDayInExchangeForAHolidayIsReadAsAFriday() {
        String office = "Mo-Fr 09:00-17:00; PH off";
        assertThat(open(office, "2025-09-28T10:00")).as("调休 Sunday").isTrue();
        assertThat(open(office, "2025-10-11T10:00")).as("调休 Saturday").isTrue();
        assertThat(open(office, "2026-01-04T10:00")).as("调休 Sunday of 元旦 2026").isTrue();
        assertThat(open(office, "2025-10-12T10:00"))
                .as("the ordinary Sunday after")
                .isFalse();
        // weekend-only hours do not open on it; Friday's own hours, not Saturday's, apply
        assertThat(open("Sa,Su 09:30-11:30", "2025-09-28T10:00")).isFalse();
        String weekend = "Mo-Fr 08:30-20:30; Sa,Su 09:00-21:00";
        assertThat(open(weekend, "2025-10-11T08:45")).isTrue();
        assertThat(open(weekend, "2025-10-11T20:45")).isFalse();
        assertThat(open(weekend, "2025-10-18T20:45")).as("an ordinary Saturday").isTrue();
    }

    @Test
    void openAtIsTwoPointsOnTheLineOfDayTypes() {
        // 2025-10-01: Wednesday (2) + holiday (7) = 9; the day before, an ordinary Tuesday (1), 10:00 past its midnight
        assertThat(OpenAt.points(LocalDateTime.parse("2025-10-01T10:00"), HolidayCalendar.CHINA))
                .containsExactly(9 * 2880 + 600, 1 * 2880 + 1440 + 600);
        // 2025-09-28: a 调休 Sunday reads as Friday (4); the Saturday before is ordinary (5)
        assertThat(OpenAt.points(LocalDateTime.parse("2025-09-28T10:00"), HolidayCalendar.CHINA))
                .containsExactly(4 * 2880 + 600, 5 * 2880 + 1440 + 600);
        assertThat(hours("Mo-Fr 09:00-17:00; PH off").dayIntervals())
                .containsExactly(
                        540,
                        1020,
                        2880 + 540,
                        2880 + 1020,
                        2 * 2880 + 540,
                        2 * 2880 + 1020,
                        3 * 2880 + 540,
                        3 * 2880 + 1020,
                        4 * 2880 + 540,
                        4 * 2880 + 1020);
    }

    @Test
    void openAtIsReadInShanghaiTimeAndAnOffsetIsConverted() {
        assertThat(OpenAt.time("2025-03-03T10:00", "openAt")).isEqualTo(LocalDateTime.parse("2025-03-03T10:00"));
        // 02:00 UTC on Monday is 10:00 in Shanghai
        assertThat(OpenAt.time("2025-03-03T02:00Z", "openAt")).isEqualTo(LocalDateTime.parse("2025-03-03T10:00"));
        assertThatThrownBy(() -> OpenAt.parse("tomorrow", "openAt"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("openAt ");
    }

    @Test
    void blankHoursAreUnknownRatherThanClosed() {
        assertThat(OpeningHours.parse("")).isEmpty();
        assertThat(OpeningHours.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "weekdays 9-5",
                "Mo-Xy 09:00-17:00",
                "Mo 25:00-26:00",
                "Jan 1 off",
                "2025 Mo 09:00-10:00",
                "week 1-53/2 Mo 09:00-10:00",
                "Mo-Fr 10:00+",
                "Mo-Fr 10:00",
                "Mo-Fr sunrise-sunset",
                "SH off",
                "PH +1 day off",
                "Mo[1] 09:00-12:00",
                "Mo-Fr 08:00-18:00/30",
                "Mo 09:00-09:00",
                "Mo-Fr 09:00-17:00 unknown",
                "Mo-Fr 09:00-17:00 || \"by appointment\""
            })
    void whatLinliCannotEvaluateIsUnknownOnReadAndRefusedOnWrite(String text) {
        assertThat(OpeningHours.parse(text)).isEmpty();
        assertThatThrownBy(() -> OpeningHours.check(text, "input.hours"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("input.hours '" + text + "' cannot be read")
                .hasMessageContaining("Mo-Fr 08:00-12:00,14:00-18:00");
    }

    @Test
    void writesStoreTheCanonicalFormAndRefuseARuleThatNeverApplies() {
        assertThat(OpeningHours.check("Mo-Fr 9-17", "input.hours")).isEqualTo("Mo-Fr 09:00-17:00");
        assertThat(OpeningHours.check("Mo-Fr 08:00-12:00, 14:00-18:00", "input.hours"))
                .isEqualTo("Mo-Fr 08:00-12:00,14:00-18:00");
        assertThat(OpeningHours.check(null, "input.hours")).isNull();
        assertThatThrownBy(() -> OpeningHours.check("Mo-Fr 09:00-12:00; Mo-Fr 13:30-17:30", "input.hours"))
                .isInstanceOf(BadInputException.class)
                .hasMessage(
                        "input.hours 'Mo-Fr 09:00-12:00; Mo-Fr 13:30-17:30': rule 'Mo-Fr 09:00-12:00' never applies, later ';' rules"
                                + " replace it on every day it names; join the times of one day with ',', as in 'Mo-Fr 08:00-12:00,14:00-18:00'");
        assertThatThrownBy(() -> OpeningHours.check("Mo-Fr 09:00-17:00; Mo-Su off", "input.hours"))
                .hasMessageContaining("never applies");
        // a later rule naming only some of its days leaves it the others
        assertThat(OpeningHours.check("Mo-Fr 09:00-17:00; We 10:00-12:00; PH off", "input.hours"))
                .isEqualTo("Mo-Fr 09:00-17:00; We 10:00-12:00; PH off");
    }
}
