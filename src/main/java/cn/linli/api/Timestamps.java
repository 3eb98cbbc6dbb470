package cn.linli.api;

import java.time.format.DateTimeFormatter;
import org.neo4j.driver.Value;

/** A stored date-time as the API shows it: ISO-8601 with its offset ({@code 2024-03-01T09:30:00+08:00}); null stays null. */
public final class Timestamps {

    private Timestamps() {}

    public static String iso(Value value) {
        return value == null || value.isNull()
                ? null
                : value.asZonedDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
