package cn.linli.opendata.hsds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A week of opening hours as HSDS schedules: one weekly rule ({@code freq} WEEKLY) per distinct slot, with the days
 * it applies to in {@code byday} (RFC 5545 two-letter days) and its times in {@code opens_at} / {@code closes_at}
 * (HH:MM with Beijing's offset, as HSDS asks; a slot running to midnight closes at {@code 24:00}).
 *
 * <p>It reads {@code openWeek}, which the hours feature derives from a record's OpenStreetMap {@code hours} at every
 * write and import (docs/ARCHITECTURE.md, "Derived properties"): the ordinary week's open intervals in minutes,
 * Monday 00:00 = 0. What a week cannot say (public holidays, dated exceptions) stays in each schedule's
 * {@code description}, the OpenStreetMap text itself; hours that yield no week give one schedule with the text only.
 */
final class Schedules {

    static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    private static final int DAY = 24 * 60;
    private static final int WEEK = 7 * DAY;

    /** A weekly slot: the days it applies to, opening and closing minute of the day. */
    record Slot(List<String> days, int opens, int closes) {

        String byday() {
            return String.join(",", days);
        }

        String opensAt() {
            return time(opens);
        }

        String closesAt() {
            return time(closes);
        }

        private static String time(int minute) {
            return "%02d:%02d+08:00".formatted(minute / 60, minute % 60);
        }
    }

    private Schedules() {}

    /** The slots of {@code week} (flattened [start, end, ...] minutes of the week), in order of first day and time. */
    static List<Slot> slots(List<Long> week) {
        // per slot (opens, closes): the days it is open then, Monday first
        Map<List<Integer>, TreeSet<Integer>> days = new LinkedHashMap<>();
        for (int i = 0; i + 1 < week.size(); i += 2) {
            long start = week.get(i);
            long end = week.get(i + 1);
            for (long dayStart = start - Math.floorMod(start, DAY); dayStart < end; dayStart += DAY) {
                int opens = (int) (Math.max(start, dayStart) - dayStart);
                int closes = (int) (Math.min(end, dayStart + DAY) - dayStart);
                if (closes > opens) {
                    int day = (int) Math.floorMod(dayStart, WEEK) / DAY;
                    days.computeIfAbsent(List.of(opens, closes), k -> new TreeSet<>())
                            .add(day);
                }
            }
        }
        List<Slot> slots = new ArrayList<>();
        days.forEach((times, open) ->
                slots.add(new Slot(open.stream().map(d -> DAYS[d]).toList(), times.get(0), times.get(1))));
        slots.sort((a, b) -> a.days().get(0).equals(b.days().get(0))
                ? Integer.compare(a.opens(), b.opens())
                : Integer.compare(
                        List.of(DAYS).indexOf(a.days().get(0)),
                        List.of(DAYS).indexOf(b.days().get(0))));
        return slots;
    }
}
