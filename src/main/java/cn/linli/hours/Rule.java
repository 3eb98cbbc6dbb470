package cn.linli.hours;

import ch.poole.openinghoursparser.Holiday;
import ch.poole.openinghoursparser.RuleModifier;
import ch.poole.openinghoursparser.TimeSpan;
import ch.poole.openinghoursparser.WeekDay;
import ch.poole.openinghoursparser.WeekDayRange;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One rule of an OpenStreetMap {@code opening_hours} value, in the part of the specification Linli evaluates:
 * weekdays, {@code PH}, fixed times (up to 48:00), {@code open}/{@code off}/{@code closed}, and the three rule
 * separators. {@link #of} refuses the rest rather than evaluate it wrongly.
 *
 * @param separator how it combines with the rules before it
 * @param weekdays  the weekdays it names; empty when it names none
 * @param holiday   how {@code PH} takes part in the day selector
 * @param spans     minutes after the day's midnight, {@code [start, end)}, end up to 2880; empty means the whole day
 * @param open      false for {@code off} and {@code closed}
 */
record Rule(
        Separator separator, Set<DayOfWeek> weekdays, Holidays holiday, List<Span> spans, boolean open, String text) {

    /** {@code ;} replaces what earlier rules said of the days it selects, {@code ,} adds to it, {@code ||} fills in. */
    enum Separator {
        NORMAL,
        ADDITIONAL,
        FALLBACK
    }

    /** {@code PH} absent; {@code PH} or {@code PH,Sa} (either); {@code PH Sa} (a holiday on a Saturday). */
    enum Holidays {
        NONE,
        OR,
        AND
    }

    /** A time span in minutes after the day's midnight, the end excluded. */
    record Span(int start, int end) {}

    /** Whether its selectors take a day that rules evaluate as {@code weekday}, a public holiday or not. */
    boolean selects(DayOfWeek weekday, boolean publicHoliday) {
        boolean day = weekdays.contains(weekday);
        return switch (holiday) {
            case NONE -> weekdays.isEmpty() || day;
            case OR -> publicHoliday || day;
            case AND -> publicHoliday && (weekdays.isEmpty() || day);
        };
    }

    /** The minutes it speaks of on a day it selects: its spans, or the whole day. */
    BitSet minutes() {
        BitSet minutes = new BitSet(OpeningHours.TWO_DAYS);
        if (spans.isEmpty()) {
            minutes.set(0, OpeningHours.DAY);
        }
        spans.forEach(s -> minutes.set(s.start(), s.end()));
        return minutes;
    }

    /** Our rule for the parser's, or {@link UnreadableHours} naming what the specification allows but Linli does not evaluate. */
    static Rule of(ch.poole.openinghoursparser.Rule parsed) {
        String text = parsed.toString();
        if (notEmpty(parsed.getYears()) || notEmpty(parsed.getWeeks()) || notEmpty(parsed.getDates())) {
            throw new UnreadableHours(
                    "'" + text + "' names years, months, dates or weeks, which Linli does not evaluate");
        }
        Separator separator = parsed.isFallBack()
                ? Separator.FALLBACK
                : parsed.isAdditive() ? Separator.ADDITIONAL : Separator.NORMAL;
        if (parsed.isTwentyfourseven()) {
            return new Rule(separator, Set.of(), Holidays.NONE, List.of(), open(parsed.getModifier(), text), text);
        }
        Set<DayOfWeek> weekdays = weekdays(parsed.getDays(), text);
        return new Rule(
                separator,
                Set.copyOf(weekdays),
                holidays(parsed.getHolidays(), text),
                List.copyOf(spans(parsed.getTimes(), text)),
                open(parsed.getModifier(), text),
                text);
    }

    private static Set<DayOfWeek> weekdays(List<WeekDayRange> ranges, String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (ranges == null) {
            return days;
        }
        for (WeekDayRange range : ranges) {
            if (notEmpty(range.getNths()) || range.getOffset() != 0) {
                throw new UnreadableHours(
                        "'" + text + "' names the n-th weekday of a month, which Linli does not evaluate");
            }
            DayOfWeek from = day(range.getStartDay());
            DayOfWeek to = range.getEndDay() == null ? from : day(range.getEndDay());
            // Sa-Mo runs over the weekend
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                days.add(d);
                if (d == to) {
                    break;
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(WeekDay day) {
        return DayOfWeek.values()[day.ordinal()];
    }

    private static Holidays holidays(List<Holiday> holidays, String text) {
        if (holidays == null || holidays.isEmpty()) {
            return Holidays.NONE;
        }
        boolean either = false;
        for (Holiday holiday : holidays) {
            if (holiday.getType() != Holiday.Type.PH) {
                throw new UnreadableHours("'" + text + "' names school holidays (SH), which Linli does not keep");
            }
            if (holiday.getOffset() != 0) {
                throw new UnreadableHours(
                        "'" + text + "' names days before or after a holiday, which Linli does not evaluate");
            }
            either |= holiday.getUseAsWeekDay();
        }
        return either ? Holidays.OR : Holidays.AND;
    }

    private static List<Span> spans(List<TimeSpan> times, String text) {
        List<Span> spans = new ArrayList<>();
        if (times == null) {
            return spans;
        }
        for (TimeSpan time : times) {
            if (time.getStartEvent() != null || time.getEndEvent() != null) {
                throw new UnreadableHours(
                        "'" + text + "' uses sunrise, sunset, dawn or dusk, which Linli does not evaluate");
            }
            if (time.isOpenEnded() || time.getEnd() == TimeSpan.UNDEFINED_TIME) {
                throw new UnreadableHours("'" + text + "' gives a time without its closing time");
            }
            if (time.getInterval() != 0) {
                throw new UnreadableHours(
                        "'" + text + "' repeats a time at intervals (/), which Linli does not evaluate");
            }
            int start = time.getStart();
            // the parser corrects 22:00-02:00 to 22:00-26:00, except when both are equal
            int end = time.getEnd();
            if (start >= OpeningHours.DAY || end <= start || end - start > OpeningHours.DAY) {
                throw new UnreadableHours(
                        "'" + text + "' has a time span that is empty, or longer than a day, or opens at 24:00");
            }
            spans.add(new Span(start, end));
        }
        return spans;
    }

    private static boolean open(RuleModifier modifier, String text) {
        RuleModifier.Modifier kind = modifier == null ? RuleModifier.Modifier.OPEN : modifier.getModifier();
        if (kind == RuleModifier.Modifier.OPEN) {
            return true;
        }
        if (kind == RuleModifier.Modifier.OFF || kind == RuleModifier.Modifier.CLOSED) {
            return false;
        }
        // "unknown", or a comment alone (the specification reads that as unknown)
        throw new UnreadableHours("'" + text + "' leaves its hours unknown (unknown, or a comment without open or off),"
                + " which Linli cannot answer yes or no to");
    }

    private static boolean notEmpty(List<?> list) {
        return list != null && !list.isEmpty();
    }
}
