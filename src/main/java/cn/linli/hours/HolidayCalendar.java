package cn.linli.hours;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Public holidays and 调休 working days, one entry per date (src/main/resources/holidays/README.md). Dates it does
 * not list are ordinary days.
 */
public final class HolidayCalendar {

    /** A public holiday ({@code PH}), or a weekend day worked in exchange for one (调休上班). */
    public enum Kind {
        HOLIDAY,
        WORKDAY
    }

    /** One date of the calendar; {@code name} is the festival (元旦, 春节, …). */
    public record Entry(LocalDate date, Kind kind, String name) {}

    /** The official calendar of the People's Republic of China, from {@code holidays/cn.csv}. */
    public static final HolidayCalendar CHINA = load("/holidays/cn.csv");

    private final Map<LocalDate, Entry> entries;

    private HolidayCalendar(Map<LocalDate, Entry> entries) {
        this.entries = entries;
    }

    /** A calendar of these entries; a date at most once, a working day only on a weekend. */
    public static HolidayCalendar of(List<Entry> entries) {
        Map<LocalDate, Entry> byDate = new TreeMap<>();
        for (Entry entry : entries) {
            if (byDate.put(entry.date(), entry) != null) {
                throw new IllegalArgumentException("holiday calendar lists " + entry.date() + " twice");
            }
            DayOfWeek day = entry.date().getDayOfWeek();
            if (entry.kind() == Kind.WORKDAY && day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                throw new IllegalArgumentException("holiday calendar: working day " + entry.date() + " is a " + day);
            }
        }
        return new HolidayCalendar(byDate);
    }

    public Optional<Entry> on(LocalDate date) {
        return Optional.ofNullable(entries.get(date));
    }

    public boolean isHoliday(LocalDate date) {
        return on(date).map(e -> e.kind() == Kind.HOLIDAY).orElse(false);
    }

    public boolean isWorkday(LocalDate date) {
        return on(date).map(e -> e.kind() == Kind.WORKDAY).orElse(false);
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    static HolidayCalendar load(String resource) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setCommentMarker('#')
                .get();
        try (InputStream in = HolidayCalendar.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("holiday calendar " + resource + " is not on the classpath");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                    CSVParser parser = CSVParser.parse(reader, format)) {
                List<Entry> entries = new ArrayList<>();
                for (CSVRecord row : parser) {
                    entries.add(new Entry(
                            LocalDate.parse(row.get("date").strip()),
                            Kind.valueOf(row.get("kind").strip()),
                            row.get("name").strip()));
                }
                return of(entries);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
