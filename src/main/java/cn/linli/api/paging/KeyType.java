package cn.linli.api.paging;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.neo4j.driver.Value;

/**
 * The type of one sort key's values: how Cypher returns them, how a cursor writes them (text, so that a float
 * such as the infinite distance of a grid without any provider travels exactly), and how a cursor's text is read
 * back. Reading refuses what the type cannot hold, and dates outside the years 1–9999, so that no value a client
 * builds reaches Neo4j's own limits.
 */
public enum KeyType {
    STRING(Value::asString, text -> text),
    INTEGER(Value::asLong, Long::parseLong),
    FLOAT(Value::asDouble, KeyType::number),
    DATE(Value::asLocalDate, text -> inYears(LocalDate.parse(text), LocalDate::getYear)),
    DATETIME(Value::asZonedDateTime, text -> inYears(ZonedDateTime.parse(text), ZonedDateTime::getYear));

    private final Function<Value, Object> read;
    private final Function<String, Object> parse;

    KeyType(Function<Value, Object> read, Function<String, Object> parse) {
        this.read = read;
        this.parse = parse;
    }

    /** The key's value in a row Cypher returned. */
    Object read(Value value) {
        return read.apply(value);
    }

    /** A cursor's text of a value of this type; throws {@link IllegalArgumentException} (or a subclass) otherwise. */
    Object parse(String text) {
        return parse.apply(text);
    }

    /** The text a cursor carries: what {@link #parse} reads back to an equal value. */
    String write(Object value) {
        return Objects.toString(value);
    }

    private static Object number(String text) {
        double parsed = Double.parseDouble(text);
        if (Double.isNaN(parsed)) {
            throw new IllegalArgumentException("NaN orders nowhere");
        }
        return parsed;
    }

    private static <T> Object inYears(T value, ToIntFunction<T> yearOf) {
        int year = yearOf.applyAsInt(value);
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " is beyond any stored record");
        }
        return value;
    }
}
