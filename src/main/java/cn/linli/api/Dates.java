package cn.linli.api;

import cn.linli.api.errors.BadInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The one place where dates and date-times sent by clients become {@code java.time} values. ISO 8601 reads
 * years from -999999999 to +999999999, and one day or one time zone further such a date no longer exists:
 * so every value is also held to {@link #EARLIEST} … {@link #LATEST}, and anything outside is bad input
 * naming the field, before a feature adds days to it, moves it to another zone or hands it to Neo4j.
 */
public final class Dates {

    /** The earliest day a client may name (the seed's records begin long after). */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The latest day a client may name. */
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private Dates() {}

    /** An ISO date ({@code 2024-03-01}) given as {@code field}; null when absent. */
    public static LocalDate day(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return inRange(LocalDate.parse(value.strip()), value, field);
        } catch (DateTimeParseException e) {
            throw new BadInputException(field, "must be an ISO date such as 2024-03-01 (got '" + value + "')");
        }
    }

    /**
     * An ISO date-time given as {@code field}, as local time in {@code zone}: without an offset
     * ({@code 2025-03-03T10:00}) it is read in {@code zone}, with one ({@code 2025-03-03T10:00+08:00}, {@code …Z})
     * it is converted to {@code zone}. Null when absent.
     */
    public static LocalDateTime dateTime(String value, String field, ZoneId zone) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        try {
            LocalDateTime local = LocalDateTime.parse(text);
            inRange(local.toLocalDate(), value, field);
            return local;
        } catch (DateTimeParseException notLocal) {
            try {
                OffsetDateTime withOffset = OffsetDateTime.parse(text);
                inRange(withOffset.toLocalDate(), value, field);
                return withOffset.atZoneSameInstant(zone).toLocalDateTime();
            } catch (DateTimeParseException e) {
                throw new BadInputException(
                        field,
                        "must be an ISO date-time such as 2025-03-03T10:00 (" + zone
                                + ") or 2025-03-03T10:00+08:00 (got '" + value + "')");
            }
        }
    }

    private static LocalDate inRange(LocalDate day, String value, String field) {
        if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            throw new BadInputException(
                    field, "must lie between " + EARLIEST + " and " + LATEST + " (got '" + value + "')");
        }
        return day;
    }
}
