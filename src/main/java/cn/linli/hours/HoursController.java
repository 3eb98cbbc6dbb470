package cn.linli.hours;

import cn.linli.api.Dates;
import cn.linli.api.errors.BadInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Structured schedules, "open now" and "open at" of providers and service items, read from their {@code hours}
 * with China's holiday calendar. The sources are taken as {@link WithHours}: this package knows no more of the
 * records it extends, so the features that have hours (provider) or filter by them (nearby, search) depend on it,
 * and it on none of them.
 */
@Controller
class HoursController {

    static final int MAX_DAYS = 31;

    /** {@code Schedule.days}' default count (schema/hours.graphqls). */
    private static final int DEFAULT_DAYS = 7;

    private final Clock clock = Clock.system(WeekMinute.ZONE);

    @SchemaMapping(typeName = "Provider")
    OpeningHours schedule(WithHours provider) {
        return OpeningHours.parse(provider.hours()).orElse(null);
    }

    @SchemaMapping(typeName = "Provider")
    Boolean openNow(WithHours provider) {
        return openAt(provider.hours(), LocalDateTime.now(clock));
    }

    @SchemaMapping(typeName = "Provider")
    Boolean openAt(WithHours provider, @Argument String time) {
        return openAt(provider.hours(), OpenAt.time(time, "time"));
    }

    @SchemaMapping(typeName = "ServiceItem", field = "schedule")
    OpeningHours itemSchedule(WithHours item) {
        return OpeningHours.parse(item.hours()).orElse(null);
    }

    @SchemaMapping(typeName = "ServiceItem", field = "openNow")
    Boolean itemOpenNow(WithHours item) {
        return openAt(item.hours(), LocalDateTime.now(clock));
    }

    @SchemaMapping(typeName = "ServiceItem", field = "openAt")
    Boolean itemOpenAt(WithHours item, @Argument String time) {
        return openAt(item.hours(), OpenAt.time(time, "time"));
    }

    @SchemaMapping(typeName = "Schedule")
    List<OpeningHours.Day> days(OpeningHours hours, @Argument String from, @Argument Integer count) {
        // an explicit null reads as the schema's default, 7 days
        int days = count == null ? DEFAULT_DAYS : count;
        if (days < 1 || days > MAX_DAYS) {
            throw new BadInputException("count", "must be between 1 and " + MAX_DAYS + " days (got " + days + ")");
        }
        LocalDate first = from == null ? LocalDate.now(clock) : Dates.day(from, "from");
        return hours.days(first, days, HolidayCalendar.CHINA);
    }

    private static Boolean openAt(String hours, LocalDateTime time) {
        return OpeningHours.parse(hours)
                .map(h -> h.isOpenAt(time, HolidayCalendar.CHINA))
                .orElse(null);
    }
}
