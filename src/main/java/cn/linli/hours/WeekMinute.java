package cn.linli.hours;

import java.time.LocalDateTime;
import java.time.ZoneId;

/** Instants as minutes of the week in Meishan's time zone: 0 = Monday 00:00, 10079 = Sunday 23:59. */
public final class WeekMinute {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private WeekMinute() {}

    /** The minute of the week of {@code time}, as {@link OpeningHours#weekIntervals()} counts. */
    public static int of(LocalDateTime time) {
        return (time.getDayOfWeek().getValue() - 1) * OpeningHours.DAY + time.getHour() * 60 + time.getMinute();
    }
}
