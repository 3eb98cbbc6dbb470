package cn.linli.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linli.hours.HolidayCalendar.Entry;
import cn.linli.hours.HolidayCalendar.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** holidays/cn.csv against the State Council's notices (its README): every period's first and last day, every 上班 day. */
class HolidayCalendarTest {

    private static final HolidayCalendar CHINA = HolidayCalendar.CHINA;

    @Test
    void eachYearHasTheNoticesNumberOfHolidaysAndWorkingDays() {
        Map<String, Long> counts = CHINA.entries().stream()
                .collect(Collectors.groupingBy(e -> e.date().getYear() + " " + e.kind(), Collectors.counting()));
        // 2025: 1 + 8 + 3 + 5 + 3 + 8 days off, 2 + 1 + 2 working days; 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7, 1 + 2 + 1 + 2
        assertThat(counts)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("2025 HOLIDAY", 28L, "2025 WORKDAY", 5L, "2026 HOLIDAY", 33L, "2026 WORKDAY", 6L));
    }

    @ParameterizedTest(name = "{0} {1}–{2}")
    @CsvSource({
        "元旦, 2025-01-01, 2025-01-01", "春节, 2025-01-28, 2025-02-04", "清明节, 2025-04-04, 2025-04-06",
        "劳动节, 2025-05-01, 2025-05-05", "端午节, 2025-05-31, 2025-06-02", "'国庆节、中秋节', 2025-10-01, 2025-10-08",
        "元旦, 2026-01-01, 2026-01-03", "春节, 2026-02-15, 2026-02-23", "清明节, 2026-04-04, 2026-04-06",
        "劳动节, 2026-05-01, 2026-05-05", "端午节, 2026-06-19, 2026-06-21", "中秋节, 2026-09-25, 2026-09-27",
        "国庆节, 2026-10-01, 2026-10-07"
    })
    void everyDayOfAPeriodIsThatHolidayAndTheDaysAroundItAreNot(String name, String first, String last) {
        LocalDate from = LocalDate.parse(first);
        LocalDate to = LocalDate.parse(last);
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            assertThat(CHINA.on(d)).as(d.toString()).contains(new Entry(d, Kind.HOLIDAY, name));
        }
        assertThat(CHINA.isHoliday(from.minusDays(1)))
                .as(from.minusDays(1).toString())
                .isFalse();
        assertThat(CHINA.isHoliday(to.plusDays(1)))
                .as(to.plusDays(1).toString())
                .isFalse();
    }

    @Test
    void theWorkingWeekendDaysAreTheNotices() {
        assertThat(CHINA.entries().stream()
                        .filter(e -> e.kind() == Kind.WORKDAY)
                        .map(e -> e.date().toString()))
                .containsExactly(
                        "2025-01-26",
                        "2025-02-08",
                        "2025-04-27",
                        "2025-09-28",
                        "2025-10-11",
                        "2026-01-04",
                        "2026-02-14",
                        "2026-02-28",
                        "2026-05-09",
                        "2026-09-20",
                        "2026-10-10");
    }

    @Test
    void aDateTwiceOrAWorkingDayOnAWeekdayIsRefused() {
        Entry day = new Entry(LocalDate.parse("2025-10-01"), Kind.HOLIDAY, "国庆节");
        assertThatThrownBy(() -> HolidayCalendar.of(List.of(day, day))).hasMessageContaining("twice");
        assertThatThrownBy(() ->
                        HolidayCalendar.of(List.of(new Entry(LocalDate.parse("2025-09-29"), Kind.WORKDAY, "国庆节"))))
                .hasMessageContaining("MONDAY");
    }
}
