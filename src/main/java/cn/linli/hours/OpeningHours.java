package cn.linli.hours;

import ch.poole.openinghoursparser.OpeningHoursParseException;
import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.TokenMgrError;
import ch.poole.openinghoursparser.Util;
import cn.linli.api.errors.BadInputException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Opening hours in the OpenStreetMap {@code opening_hours} form (docs/OPENING_HOURS.md), read by Simon Poole's
 * parser and evaluated here, day by day, with China's holiday calendar:
 * <ul>
 * <li>rules are read in order; a {@code ;} rule replaces what earlier rules said of the days it selects, a {@code ,}
 * rule adds to it, and a {@code ||} rule opens only the times no earlier rule spoke of on that day;</li>
 * <li>{@code off} and {@code closed} close their times (the whole day without times) and replace nothing else;</li>
 * <li>{@code PH} selects public holidays; a 调休 working day (a weekend day worked in exchange) is read as a Friday;</li>
 * <li>hours past midnight ({@code 22:00-02:00}, {@code 22:00-26:00}) belong to the day they start on.</li>
 * </ul>
 * Anything else the specification allows (dates, months, weeks, sunrise, open ends, unknown) is refused with the
 * reason, never guessed.
 *
 * @param text  the hours in canonical OpenStreetMap form, as Linli stores what partners write
 * @param rules the rules, in order
 */
public record OpeningHours(String text, List<Rule> rules) {

    static final int DAY = 24 * 60;
    static final int TWO_DAYS = 2 * DAY;
    static final int WEEK = 7 * DAY;
    /** Day types of {@link #dayIntervals()}: seven ordinary weekdays, then the same seven as public holidays. */
    static final int DAY_TYPES = 14;

    private static final Cache<String, Optional<OpeningHours>> PARSED =
            Caffeine.newBuilder().maximumSize(10_000).build();

    /** What a refusal offers instead. */
    static final String EXAMPLE =
            "write OpenStreetMap opening_hours such as 'Mo-Fr 08:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off'"
                    + " or '24/7' (周一至周五 9:00-17:00 is read too)";

    /** One opening on one weekday, in minutes since midnight; a {@code closeMinute} past 1440 ends on the next day. */
    public record Slot(DayOfWeek weekday, int openMinute, int closeMinute) {

        /** {@code HH:MM}, as the schema shows it. */
        public String opens() {
            return clock(openMinute);
        }

        /** {@code HH:MM}; {@code 24:00} at midnight, and on the next day's clock past midnight. */
        public String closes() {
            return clock(closeMinute > DAY ? closeMinute - DAY : closeMinute);
        }

        private static String clock(int minutes) {
            return "%02d:%02d".formatted(minutes / 60, minutes % 60);
        }
    }

    /** One calendar day: its holiday or 调休 working day, and the openings that start on it. */
    public record Day(LocalDate date, Optional<HolidayCalendar.Entry> calendar, List<Slot> slots) {

        public DayOfWeek weekday() {
            return date.getDayOfWeek();
        }

        /** The public holiday's name, when the day is one. */
        public String holiday() {
            return calendar.filter(e -> e.kind() == HolidayCalendar.Kind.HOLIDAY)
                    .map(HolidayCalendar.Entry::name)
                    .orElse(null);
        }

        public boolean adjustedWorkday() {
            return calendar.filter(e -> e.kind() == HolidayCalendar.Kind.WORKDAY)
                    .isPresent();
        }
    }

    /**
     * The hours, or empty when the text is blank or Linli cannot read it (then the raw text is all there is). Parsing
     * costs about 0.1 ms and few texts repeat across many records, so results are kept by text.
     */
    public static Optional<OpeningHours> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return PARSED.get(text, t -> {
            try {
                return Optional.of(read(t));
            } catch (UnreadableHours e) {
                return Optional.empty();
            }
        });
    }

    /**
     * The hours a partner sends as input field {@code field}, in the canonical OpenStreetMap form Linli stores; null
     * stays null. Refused, naming the field, the reason and an example, when Linli cannot read them, or when a rule
     * can never apply because later {@code ;} rules replace it on every day it names (the usual slip for a lunch
     * break: {@code Mo-Fr 08:00-12:00; Mo-Fr 14:00-18:00} is open only in the afternoon).
     */
    public static String check(String text, String field) {
        if (text == null) {
            return null;
        }
        OpeningHours hours;
        try {
            hours = read(text);
        } catch (UnreadableHours e) {
            throw new BadInputException(field, "'" + text + "' cannot be read: " + e.getMessage() + "; " + EXAMPLE);
        }
        hours.overridden().ifPresent(rule -> {
            throw new BadInputException(
                    field,
                    "'" + text + "': rule '" + rule.text() + "' never applies, later ';' rules"
                            + " replace it on every day it names; join the times of one day with ',', as in 'Mo-Fr 08:00-12:00,14:00-18:00'");
        });
        return hours.text();
    }

    static OpeningHours read(String text) {
        boolean chinese = ChineseHours.applies(text);
        String osm = chinese ? ChineseHours.toOsm(text) : text.strip();
        List<ch.poole.openinghoursparser.Rule> parsed;
        try {
            parsed = new OpeningHoursParser(new StringReader(osm)).rules(false);
        } catch (OpeningHoursParseException e) {
            throw new UnreadableHours("not opening_hours ("
                    + e.getMessage().lines().findFirst().orElse("").strip() + ")");
        } catch (TokenMgrError e) {
            throw new UnreadableHours("not opening_hours (a character the grammar does not know)");
        }
        List<ch.poole.openinghoursparser.Rule> kept =
                parsed.stream().filter(r -> !r.isEmpty()).toList();
        if (kept.isEmpty()) {
            throw new UnreadableHours("no rule");
        }
        List<Rule> rules = kept.stream().map(Rule::of).toList();
        // in OpenStreetMap form days without times are open all day; in Chinese that is more likely a word we dropped
        rules.stream()
                .filter(r ->
                        chinese && r.open() && r.spans().isEmpty() && !r.text().equals("24/7"))
                .findFirst()
                .ifPresent(r -> {
                    throw new UnreadableHours(
                            "'" + r.text() + "' names days without their hours (全天 for the whole day)");
                });
        return new OpeningHours(Util.rulesToOpeningHoursString(kept), rules);
    }

    /**
     * The minutes open on a day whose rules are read as {@code weekday}, a public holiday or not: bits 0..2879, past
     * 1440 the hours that run past midnight.
     */
    BitSet day(DayOfWeek weekday, boolean publicHoliday) {
        BitSet open = new BitSet(TWO_DAYS);
        BitSet spoken = new BitSet(TWO_DAYS);
        for (Rule rule : rules) {
            if (!rule.selects(weekday, publicHoliday)) {
                continue;
            }
            BitSet minutes = rule.minutes();
            boolean fallback = rule.separator() == Rule.Separator.FALLBACK;
            if (fallback) {
                minutes.andNot(spoken);
            } else {
                spoken.or(minutes);
            }
            if (!rule.open()) {
                // a whole closed day closes the hours its own rules carried past midnight too
                open.andNot(!fallback && rule.spans().isEmpty() ? all() : minutes);
                continue;
            }
            if (rule.separator() == Rule.Separator.NORMAL) {
                open.clear();
            }
            open.or(minutes);
        }
        return open;
    }

    /** The minutes open on {@code date}, its holiday or 调休 working day as {@code calendar} says. */
    BitSet day(LocalDate date, HolidayCalendar calendar) {
        return day(ruleWeekday(date, calendar), calendar.isHoliday(date));
    }

    /** Whether open at {@code time} (Asia/Shanghai): by the rules of its day, or of the day before past midnight. */
    public boolean isOpenAt(LocalDateTime time, HolidayCalendar calendar) {
        int minute = time.getHour() * 60 + time.getMinute();
        return day(time.toLocalDate(), calendar).get(minute)
                || day(time.toLocalDate().minusDays(1), calendar).get(DAY + minute);
    }

    /** Around the clock: every minute of the ordinary week and of public holidays. */
    public boolean open24h() {
        for (DayOfWeek weekday : DayOfWeek.values()) {
            for (boolean holiday : new boolean[] {false, true}) {
                if (day(weekday, holiday).nextClearBit(0) < DAY) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The ordinary week (no public holiday, no 调休 working day): openings in weekday order, earliest first. */
    public List<Slot> slots() {
        List<Slot> slots = new ArrayList<>();
        for (DayOfWeek weekday : DayOfWeek.values()) {
            slots.addAll(slots(weekday, day(weekday, false)));
        }
        return List.copyOf(slots);
    }

    /** {@code count} days from {@code from}, with {@code calendar}'s holidays and 调休 working days. */
    public List<Day> days(LocalDate from, int count, HolidayCalendar calendar) {
        List<Day> days = new ArrayList<>();
        for (LocalDate date = from; days.size() < count; date = date.plusDays(1)) {
            days.add(new Day(date, calendar.on(date), slots(date.getDayOfWeek(), day(date, calendar))));
        }
        return days;
    }

    /**
     * The ordinary week as minutes of the week, flattened {@code [start0, end0, start1, end1, ...]}, Monday 00:00 = 0;
     * Sunday night wraps to Monday. Stored as {@code openWeek}, for readers that need no calendar.
     */
    public List<Integer> weekIntervals() {
        List<Integer> flat = new ArrayList<>();
        for (DayOfWeek weekday : DayOfWeek.values()) {
            int dayStart = (weekday.getValue() - 1) * DAY;
            for (int[] run : runs(day(weekday, false))) {
                int start = dayStart + run[0];
                int end = dayStart + run[1];
                if (end <= WEEK) {
                    flat.addAll(List.of(start, end));
                } else if (start >= WEEK) {
                    flat.addAll(List.of(start - WEEK, end - WEEK));
                } else {
                    flat.addAll(List.of(start, WEEK, 0, end - WEEK));
                }
            }
        }
        return List.copyOf(flat);
    }

    /**
     * Every day type's openings, flattened {@code [start0, end0, ...]} in one line of minutes: day type {@code t}
     * (see {@link OpenAt}) owns {@code [t * 2880, t * 2880 + 2880)}, its own day and the hours past its midnight.
     * Stored as {@code openDays}, so that Cypher can answer "open at" on holidays and 调休 working days.
     */
    public List<Integer> dayIntervals() {
        List<Integer> flat = new ArrayList<>();
        for (int type = 0; type < DAY_TYPES; type++) {
            DayOfWeek weekday = DayOfWeek.values()[type % 7];
            for (int[] run : runs(day(weekday, type >= 7))) {
                flat.addAll(List.of(type * TWO_DAYS + run[0], type * TWO_DAYS + run[1]));
            }
        }
        return List.copyOf(flat);
    }

    /** The weekday whose rules a date follows: its own, or Friday on a 调休 working day. */
    static DayOfWeek ruleWeekday(LocalDate date, HolidayCalendar calendar) {
        return calendar.isWorkday(date) ? DayOfWeek.FRIDAY : date.getDayOfWeek();
    }

    /**
     * The rule that later {@code ;} rules replace on every day it selects, so it never applies, if there is one:
     * a partner's slip, refused on write. Checked on the 14 day types; a rule selecting none of them counts too.
     */
    Optional<Rule> overridden() {
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (!rule.open()) {
                continue;
            }
            boolean applies = false;
            for (int type = 0; type < DAY_TYPES && !applies; type++) {
                DayOfWeek weekday = DayOfWeek.values()[type % 7];
                boolean holiday = type >= 7;
                if (rule.selects(weekday, holiday)) {
                    applies = rules.subList(i + 1, rules.size()).stream()
                            .noneMatch(later -> replaces(later, weekday, holiday));
                }
            }
            if (!applies) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** A {@code ;} rule that opens, or closes the whole day, replaces all earlier rules on the days it selects. */
    private static boolean replaces(Rule later, DayOfWeek weekday, boolean holiday) {
        return later.separator() == Rule.Separator.NORMAL
                && (later.open() || later.spans().isEmpty())
                && later.selects(weekday, holiday);
    }

    private static List<Slot> slots(DayOfWeek weekday, BitSet open) {
        return runs(open).stream().map(run -> new Slot(weekday, run[0], run[1])).toList();
    }

    /** The runs of set bits, {@code [start, end)}. */
    private static List<int[]> runs(BitSet bits) {
        List<int[]> runs = new ArrayList<>();
        for (int start = bits.nextSetBit(0); start >= 0; start = bits.nextSetBit(start)) {
            int end = bits.nextClearBit(start);
            runs.add(new int[] {start, end});
            start = end;
        }
        return runs;
    }

    private static BitSet all() {
        BitSet all = new BitSet(TWO_DAYS);
        all.set(0, TWO_DAYS);
        return all;
    }
}
