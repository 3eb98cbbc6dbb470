package cn.linli.seed;

import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The shape of each level's division code and how it nests under its parent's (docs/ARCHITECTURE.md, "Codes nest").
 * Checked row by row, so that a code filed under the wrong parent fails its own file, with its line, instead of
 * passing and breaking a later file or a subtree query ({@code code STARTS WITH prefix}).
 */
enum PlaceCode {
    CITY("\\d{4}00", "6 digits ending in 00", null, null),
    DISTRICT("\\d{4}(?!00)\\d{2}", "6 digits not ending in 00",
            code -> code.substring(0, 4) + "00", "shares its first 4 digits with its city's, which ends in 00"),
    TOWN("\\d{9}", "9 digits", code -> code.substring(0, 6), "starts with its district's 6 digits"),
    COMMUNITY("\\d{12}", "12 digits", code -> code.substring(0, 9), "starts with its town's 9 digits"),
    GRID("\\d{12}-\\d{2,}", "its community's 12 digits, '-' and a number of at least 2 digits",
            code -> code.substring(0, code.indexOf('-')), "is its community's code followed by '-' and a number");

    private final Pattern shape;
    private final String shapeText;
    private final UnaryOperator<String> parentOf;
    private final String nesting;

    PlaceCode(String shape, String shapeText, UnaryOperator<String> parentOf, String nesting) {
        this.shape = Pattern.compile(shape);
        this.shapeText = shapeText;
        this.parentOf = parentOf;
        this.nesting = nesting;
    }

    /** The graph label of this level's places: City, District, ... */
    String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    boolean hasParent() {
        return parentOf != null;
    }

    /** Why {@code code} is not a code of this level under {@code parentCode}; null when it is. */
    String problem(String code, String parentCode) {
        String level = name().toLowerCase(Locale.ROOT);
        if (!shape.matcher(code).matches()) {
            return "code '" + code + "' is not a " + level + " code (" + shapeText + ")";
        }
        if (parentOf != null && !parentOf.apply(code).equals(parentCode)) {
            return "code '" + code + "' does not nest under parent_code '" + parentCode + "': a " + level + "'s code "
                    + nesting + " (" + parentOf.apply(code) + ")";
        }
        return null;
    }
}
