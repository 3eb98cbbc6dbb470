package cn.linli.hours;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

import cn.linli.api.Dates;

/** Instants as minutes of the week in Meishan's time zone: 0 = Monday 00:00, 10079 = Sunday 23:59. */
public final class WeekMinute {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * Cypher predicate: the node's stored {@code openWeek} intervals contain {@code $minute} (or no
     * {@code $minute} was given). Format it with the variable holding the intervals.
     */
    public static final String OPEN_AT = """
            ($minute IS NULL OR any(i IN range(0, size(coalesce(%1$s, [])) - 2, 2) WHERE %1$s[i] <= $minute < %1$s[i + 1]))""";

    private WeekMinute() {
    }

    public static int of(LocalDateTime time) {
        return (time.getDayOfWeek().getValue() - 1) * OpeningHours.DAY + time.getHour() * 60 + time.getMinute();
    }

    public static int now(Clock clock) {
        return of(LocalDateTime.now(clock.withZone(ZONE)));
    }

    /**
     * An {@code openAt} argument: an ISO local date-time read in Asia/Shanghai ({@code 2025-03-03T10:00}), or one
     * with an offset, converted to Asia/Shanghai. Null stays null (no filter).
     */
    public static Integer parse(String text, String field) {
        LocalDateTime time = Dates.dateTime(text, field, ZONE);
        return time == null ? null : of(time);
    }
}
