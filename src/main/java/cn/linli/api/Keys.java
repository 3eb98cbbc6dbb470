package cn.linli.api;

import cn.linli.api.errors.BadInputException;
import java.util.regex.Pattern;

/** Stable keys partners choose for the records they create (ids are then {@code Type:key}). */
public final class Keys {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    private Keys() {}

    /** {@code key} checked as input field {@code field}: 2-40 lower-case letters, digits and '-'. */
    public static String check(String key, String field) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new BadInputException(
                    field,
                    "'" + key + "' must be 2-40 lower-case letters, digits and '-', starting with a letter or digit");
        }
        return key;
    }

    /** A required text of at most {@code max} characters, stripped. */
    public static String text(String value, int max, String field) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max) {
            throw new BadInputException(field, "must be 1 to " + max + " characters (got " + text.length() + ")");
        }
        return text;
    }
}
