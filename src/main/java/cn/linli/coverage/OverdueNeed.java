package cn.linli.coverage;

import cn.linli.api.GlobalId;
import cn.linli.place.Place;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.neo4j.driver.Value;

/** A need still open on a day, with how many whole days it had been open then. */
public record OverdueNeed(
        String needId,
        String title,
        String category,
        String status,
        String statusAsOf,
        String raisedAt,
        long daysOpen,
        Place grid) {

    /** Maps a row {need, grid, statusAsOf} of the overdue-needs query, counting days up to {@code asOf}. */
    static OverdueNeed from(Value row, LocalDate asOf, ZoneId zone) {
        Value need = row.get("need");
        ZonedDateTime raised = need.get("raisedAt").asZonedDateTime();
        return new OverdueNeed(
                GlobalId.of("Need", need.get("id").asString()),
                need.get("title").asString(),
                need.get("category").asString(),
                need.get("status").asString(),
                row.get("statusAsOf").asString(),
                raised.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                ChronoUnit.DAYS.between(raised.withZoneSameInstant(zone).toLocalDate(), asOf),
                Place.from(row.get("grid")));
    }
}
