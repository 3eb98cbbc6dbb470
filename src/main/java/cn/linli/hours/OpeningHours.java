package cn.linli.hours;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekly schedule parsed from the seed's {@code hours} text (seed/FORMAT.md): {@code 24/7}, or rules
 * separated by {@code ;}, each {@code DAYS HH:MM-HH:MM} with days {@code Mo..Su}, ranges {@code Mo-Fr} and lists
 * {@code Sa,Su}. A slot whose closing time is not after its opening time ends on the next day ({@code Fr 22:00-02:00}).
 */
public record OpeningHours(boolean open24h, List<Slot> slots) {

    static final int DAY = 24 * 60;
    static final int WEEK = 7 * DAY;

    private static final List<String> DAY_CODES = List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");
    private static final Pattern RULE = Pattern.compile("([A-Za-z,\\-]+)\\s+(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})");

    /** One opening on one weekday, in minutes since midnight; {@code closeMinute} up to 1440 (24:00). */
    public record Slot(DayOfWeek weekday, int openMinute, int closeMinute) {

        /** {@code HH:MM}, as the schema shows it. */
        public String opens() {
            return clock(openMinute);
        }

        public String closes() {
            return clock(closeMinute);
        }

        boolean pastMidnight() {
            return closeMinute <= openMinute;
        }

        private static String clock(int minutes) {
            return "%02d:%02d".formatted(minutes / 60, minutes % 60);
        }
    }

    /** The schedule, or empty when the text is blank or not in the format (then the raw text is all there is). */
    public static Optional<OpeningHours> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (text.strip().equals("24/7")) {
            List<Slot> allDay = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                allDay.add(new Slot(day, 0, DAY));
            }
            return Optional.of(new OpeningHours(true, List.copyOf(allDay)));
        }
        List<Slot> slots = new ArrayList<>();
        for (String rule : text.split(";")) {
            Matcher m = RULE.matcher(rule.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            int opens = minutes(m.group(2), m.group(3));
            int closes = minutes(m.group(4), m.group(5));
            List<DayOfWeek> days = days(m.group(1));
            if (opens < 0 || opens >= DAY || closes < 0 || days.isEmpty()) {
                return Optional.empty();
            }
            days.forEach(day -> slots.add(new Slot(day, opens, closes)));
        }
        slots.sort((a, b) -> a.weekday() != b.weekday() ? a.weekday().compareTo(b.weekday()) : Integer.compare(a.openMinute(), b.openMinute()));
        return Optional.of(new OpeningHours(false, List.copyOf(slots)));
    }

    /** Whether open at {@code minuteOfWeek} (0 = Monday 00:00; see {@link WeekMinute}). */
    public boolean isOpenAt(int minuteOfWeek) {
        List<Integer> intervals = weekIntervals();
        for (int i = 0; i < intervals.size(); i += 2) {
            if (intervals.get(i) <= minuteOfWeek && minuteOfWeek < intervals.get(i + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Open intervals as minutes of the week, flattened {@code [start0, end0, start1, end1, ...]} with each start
     * before its end; a slot past midnight on Sunday wraps to Monday. Stored as {@code openWeek} so Cypher can
     * filter on an instant.
     */
    public List<Integer> weekIntervals() {
        List<Integer> flat = new ArrayList<>();
        for (Slot slot : slots) {
            int dayStart = (slot.weekday().getValue() - 1) * DAY;
            int start = dayStart + slot.openMinute();
            int end = dayStart + slot.closeMinute() + (slot.pastMidnight() ? DAY : 0);
            if (end <= WEEK) {
                flat.addAll(List.of(start, end));
            } else {
                flat.addAll(List.of(start, WEEK, 0, end - WEEK));
            }
        }
        return List.copyOf(flat);
    }

    private static int minutes(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        return h > 24 || m > 59 || (h == 24 && m > 0) ? -1 : h * 60 + m;
    }

    /** {@code Mo-Fr}, {@code Sa,Su}, {@code Mo-We,Fr}; empty when a day code is unknown. */
    private static List<DayOfWeek> days(String text) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] range = part.split("-", -1);
            int from = DAY_CODES.indexOf(range[0]);
            int to = range.length == 2 ? DAY_CODES.indexOf(range[1]) : from;
            if (from < 0 || to < 0 || range.length > 2) {
                return List.of();
            }
            // Fr-Mo wraps over the weekend
            for (int d = from; ; d = (d + 1) % 7) {
                days.add(DayOfWeek.of(d + 1));
                if (d == to) {
                    break;
                }
            }
        }
        return days;
    }
}
