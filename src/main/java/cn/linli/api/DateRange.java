package cn.linli.api;

import cn.linli.api.errors.BadInputException;
import java.time.LocalDate;

/** An inclusive range of days as a client sends it: ISO dates ({@code 2024-03-01}), either end may be open. */
public record DateRange(String from, String to) {

    /** The same range as dates; both null when the client gave none. */
    public record Days(LocalDate from, LocalDate to) {
        public static final Days ANY = new Days(null, null);
    }

    /** Checks the range given as argument {@code argument}: both ends ISO dates, {@code from} not after {@code to}. */
    public static Days check(DateRange range, String argument) {
        if (range == null) {
            return Days.ANY;
        }
        LocalDate from = Dates.day(range.from(), argument + ".from");
        LocalDate to = Dates.day(range.to(), argument + ".to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadInputException(argument, "runs backwards: from " + from + " is after to " + to);
        }
        return new Days(from, to);
    }
}
