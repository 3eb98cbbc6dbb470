package cn.linli.seed;

import cn.linli.api.Provenance;
import cn.linli.privacy.PersonalDetails;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** One CSV column of a seed file: its name, how its text is read, and whether it may be empty. */
public record Column(String name, Type type, boolean required, Set<String> allowed) {

    /**
     * LONGITUDE and LATITUDE: WGS-84 decimal degrees, checked against their ranges (Neo4j refuses others). BOOLEAN:
     * {@code true} or {@code false}, as seed/FORMAT.md writes booleans.
     */
    public enum Type {
        TEXT,
        INT,
        LONGITUDE,
        LATITUDE,
        DATE,
        DATETIME,
        LIST,
        BOOLEAN
    }

    public static Column required(String name, Type type) {
        return new Column(name, type, true, Set.of());
    }

    public static Column optional(String name, Type type) {
        return new Column(name, type, false, Set.of());
    }

    /** A value of the Java enum {@code values} by name: the enum is the one list, as the schema's enum is checked to be. */
    public static <E extends Enum<E>> Column oneOf(String name, boolean required, Class<E> values) {
        return oneOf(name, required, EnumSet.allOf(values));
    }

    /** A value of some of an enum's constants, e.g. the place kinds of one level. */
    public static Column oneOf(String name, boolean required, Collection<? extends Enum<?>> values) {
        return new Column(
                name,
                Type.TEXT,
                required,
                Set.copyOf(values.stream().map(Enum::name).toList()));
    }

    /**
     * The {@code provenance} every row carries: where the seed's data comes from, as stored (lower case).
     * {@link Provenance#PARTNER} is what the API's writes record, never a seed file.
     */
    public static Column provenance() {
        return new Column(
                "provenance",
                Type.TEXT,
                true,
                Set.copyOf(EnumSet.complementOf(EnumSet.of(Provenance.PARTNER)).stream()
                        .map(Provenance::stored)
                        .toList()));
    }

    /** The typed value of {@code text}, or null when empty and optional. Throws with a readable reason. */
    Object parse(String text) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(name + " is required but empty");
            }
            return null;
        }
        String value = text.strip();
        if (!allowed.isEmpty() && !allowed.contains(value)) {
            throw new IllegalArgumentException(name + " '" + value + "' is not one of "
                    + allowed.stream().sorted().toList());
        }
        try {
            return switch (type) {
                case TEXT -> screened(value);
                case INT -> Long.parseLong(value);
                case LONGITUDE -> degrees(value, 180);
                case LATITUDE -> degrees(value, 90);
                case DATE -> LocalDate.parse(value);
                case DATETIME -> OffsetDateTime.parse(value).toZonedDateTime();
                case LIST ->
                    List.copyOf(Arrays.stream(value.split("\\|"))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .map(this::screened)
                            .toList());
                case BOOLEAN -> bool(value);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    name + " '" + value + "' is not a " + (type == Type.INT ? "whole number" : "number"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " '" + value + "' is not an ISO-8601 "
                    + (type == Type.DATE ? "date" : "timestamp with offset"));
        }
    }

    private boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(name + " '" + value + "' is not true or false");
        };
    }

    private double degrees(String value, double limit) {
        double degrees = Double.parseDouble(value);
        // written so that NaN fails too
        if (!(degrees >= -limit && degrees <= limit)) {
            throw new IllegalArgumentException(name + " '" + value + "' is out of range: WGS-84 "
                    + (type == Type.LONGITUDE ? "longitude" : "latitude") + " lies between -" + (int) limit + " and "
                    + (int) limit);
        }
        return degrees;
    }

    /**
     * The seed is published as partners' writes are, so its texts pass the same screening (privacy.PersonalDetails):
     * no personal phone numbers, resident IDs or door numbers; phone columns hold public lines only. Boundaries
     * are geometry, not text.
     */
    private String screened(String value) {
        if (name.equals("boundary")) {
            return value;
        }
        PersonalDetails.find(value).ifPresent(f -> {
            throw new IllegalArgumentException(name + " " + f.problem());
        });
        if (name.endsWith("phone")) {
            PersonalDetails.publicLineProblem(value).ifPresent(problem -> {
                throw new IllegalArgumentException(name + " " + problem);
            });
        }
        return value;
    }
}
