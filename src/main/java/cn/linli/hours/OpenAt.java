package cn.linli.hours;

import cn.linli.api.Dates;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The {@code openAt} filter of Cypher queries, on the stored {@code openDays} (see
 * {@link OpeningHours#dayIntervals()}). An instant is two points on that line: the minute in the day type of its
 * date, and the same minute past midnight in the day type of the day before (for hours that run past midnight).
 * Day type = weekday index (Monday 0 … Sunday 6), plus 7 on a public holiday; a 调休 working day is a Friday (4).
 */
public final class OpenAt {

    /**
     * Cypher predicate: the node's stored intervals contain one of the points {@code $openAt} (or no
     * {@code $openAt} was given). Format it with the expression holding the intervals.
     */
    public static final String FILTER = """
            ($openAt IS NULL OR any(i IN range(0, size(coalesce(%1$s, [])) - 2, 2) WHERE any(t IN $openAt WHERE %1$s[i] <= t < %1$s[i + 1])))""";

    private OpenAt() {}

    /** The two points of {@code time} on the {@code openDays} line, with {@code calendar}'s holidays. */
    public static List<Integer> points(LocalDateTime time, HolidayCalendar calendar) {
        int minute = time.getHour() * 60 + time.getMinute();
        LocalDate date = time.toLocalDate();
        return List.of(
                dayType(date, calendar) * OpeningHours.TWO_DAYS + minute,
                dayType(date.minusDays(1), calendar) * OpeningHours.TWO_DAYS + OpeningHours.DAY + minute);
    }

    /**
     * An {@code openAt} argument as its points on the {@code openDays} line (China's calendar): an ISO local date-time
     * read in Asia/Shanghai ({@code 2025-10-01T10:00}), or one with an offset, converted. Null stays null (no filter).
     */
    public static List<Integer> parse(String text, String field) {
        return text == null ? null : points(time(text, field), HolidayCalendar.CHINA);
    }

    /** An ISO date-time argument in Asia/Shanghai (one with an offset is converted), within {@link Dates}' range. */
    public static LocalDateTime time(String text, String field) {
        return Dates.dateTime(text, field, WeekMinute.ZONE);
    }

    static int dayType(LocalDate date, HolidayCalendar calendar) {
        return OpeningHours.ruleWeekday(date, calendar).ordinal() + (calendar.isHoliday(date) ? 7 : 0);
    }
}
