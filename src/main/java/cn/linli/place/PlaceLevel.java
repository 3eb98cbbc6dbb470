package cn.linli.place;

import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Levels of the hierarchy, the GraphQL type each one is, and the shape of each level's division code and how it
 * nests under its parent's (docs/ARCHITECTURE.md, "Codes nest"). The seed checks codes row by row, so that a code
 * filed under the wrong parent fails its own file, with its line, instead of passing and breaking a later file or a
 * subtree query ({@code code STARTS WITH prefix}).
 */
public enum PlaceLevel {
    CITY("City", "\\d{4}00", "6 digits ending in 00", null, null),
    DISTRICT(
            "District",
            "\\d{4}(?!00)\\d{2}",
            "6 digits not ending in 00",
            code -> code.substring(0, 4) + "00",
            "shares its first 4 digits with its city's, which ends in 00"),
    TOWN("Town", "\\d{9}", "9 digits", code -> code.substring(0, 6), "starts with its district's 6 digits"),
    COMMUNITY("Community", "\\d{12}", "12 digits", code -> code.substring(0, 9), "starts with its town's 9 digits"),
    GRID(
            "Grid",
            "\\d{12}-\\d{2,}",
            "its community's 12 digits, '-' and a number of at least 2 digits",
            code -> code.substring(0, code.indexOf('-')),
            "is its community's code followed by '-' and a number");

    private final String typeName;
    private final Pattern shape;
    private final String shapeText;
    private final UnaryOperator<String> parentOf;
    private final String nesting;

    PlaceLevel(String typeName, String shape, String shapeText, UnaryOperator<String> parentOf, String nesting) {
        this.typeName = typeName;
        this.shape = Pattern.compile(shape);
        this.shapeText = shapeText;
        this.parentOf = parentOf;
        this.nesting = nesting;
    }

    /** The GraphQL type and the graph label of this level's places: City, District, ... */
    public String typeName() {
        return typeName;
    }

    public static PlaceLevel ofTypeName(String typeName) {
        for (PlaceLevel level : values()) {
            if (level.typeName.equals(typeName)) {
                return level;
            }
        }
        return null;
    }

    boolean hasParent() {
        return parentOf != null;
    }

    /** Why {@code code} is not a code of this level under {@code parentCode}; null when it is. */
    String codeProblem(String code, String parentCode) {
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
