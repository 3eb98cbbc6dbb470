package cn.linli.place;

import cn.linli.api.GlobalId;
import cn.linli.api.Provenance;
import cn.linli.api.Timestamps;
import cn.linli.api.Typed;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Point;

/** A place of any level, as read from the graph. Grids also carry their base data and duty phone. */
public record Place(
        String code,
        String name,
        PlaceLevel level,
        String kind,
        Provenance provenance,
        double lon,
        double lat,
        String parentCode,
        GridBaseData baseData,
        String dutyPhone,
        String divisionCodeVintage,
        String createdAt,
        String updatedAt)
        implements Typed {

    public record GridBaseData(long households, long population, long partyMembers, long elderly, long children) {}

    public record DutyContact(String role, String phone) {}

    /**
     * Map projection of a {@code :Place} node with what {@link #from} reads: everything but the boundary, which can
     * be tens of kilobytes (a district's) and is loaded only when asked for. Use as {@code p{.code, ...}}.
     */
    public static final String FIELDS = "{.code, .name, .level, .kind, .provenance, .location, .parentCode,"
            + " .households, .population, .partyMembers, .elderly, .children, .dutyPhone, .divisionCodeVintage,"
            + " .createdAt, .updatedAt}";

    public String id() {
        return GlobalId.of(level.typeName(), code);
    }

    @Override
    public String graphQlType() {
        return level.typeName();
    }

    /** The role of a grid's duty contact: the full-time grid worker. */
    public static final String DUTY_ROLE = "专职网格员";

    public DutyContact dutyContact() {
        return dutyPhone == null ? null : new DutyContact(DUTY_ROLE, dutyPhone);
    }

    /** Maps a {@code :Place} node, or its {@link #FIELDS} projection. */
    public static Place from(Value node) {
        PlaceLevel level = PlaceLevel.valueOf(node.get("level").asString());
        Point location = node.get("location").asPoint();
        GridBaseData baseData = level != PlaceLevel.GRID
                ? null
                : new GridBaseData(
                        node.get("households").asLong(0),
                        node.get("population").asLong(0),
                        node.get("partyMembers").asLong(0),
                        node.get("elderly").asLong(0),
                        node.get("children").asLong(0));
        return new Place(
                node.get("code").asString(),
                node.get("name").asString(),
                level,
                node.get("kind").asString(null),
                Provenance.fromStored(node.get("provenance").asString(null)),
                location.x(),
                location.y(),
                node.get("parentCode").asString(null),
                baseData,
                node.get("dutyPhone").asString(null),
                node.get("divisionCodeVintage").asString(null),
                Timestamps.iso(node.get("createdAt")),
                Timestamps.iso(node.get("updatedAt")));
    }

    /**
     * Division codes nest: everything under a place has a code starting with this prefix
     * (city 511400 → "5114", district 511402 → "511402", community → its 12 digits, grid → itself).
     */
    public static String subtreePrefix(String code) {
        if (code.length() == 6 && code.endsWith("0000")) {
            return code.substring(0, 2);
        }
        if (code.length() == 6 && code.endsWith("00")) {
            return code.substring(0, 4);
        }
        return code;
    }

    /** {@link #subtreePrefix} in Cypher, of the code {@code code} (a Cypher expression): for a query that reads it from a node. */
    public static String subtreePrefixInCypher(String code) {
        return ("CASE WHEN size(%1$s) = 6 AND %1$s ENDS WITH '0000' THEN left(%1$s, 2)"
                        + " WHEN size(%1$s) = 6 AND %1$s ENDS WITH '00' THEN left(%1$s, 4) ELSE %1$s END")
                .formatted(code);
    }

    /**
     * The least string beyond every code that starts with {@code prefix} (codes are ASCII digits and {@code -}, so
     * U+FFFF is beyond them all): {@code code >= prefix AND code < subtreeEnd(prefix)} is the subtree as one range of
     * an index on code, which a cursor's bound narrows; {@code STARTS WITH} and a cursor's bound would be two
     * ranges, of which the planner seeks only one.
     */
    public static String subtreeEnd(String prefix) {
        if (prefix.isEmpty()) {
            return "\uffff";
        }
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }

    /** Codes of all ancestors, nearest first, derived from the code itself. */
    public static java.util.List<String> ancestorCodes(String code) {
        java.util.List<String> codes = new java.util.ArrayList<>();
        String current = code;
        while (true) {
            String parent = parentCode(current);
            if (parent == null) {
                return codes;
            }
            codes.add(parent);
            current = parent;
        }
    }

    private static String parentCode(String code) {
        int dash = code.indexOf('-');
        if (dash > 0) {
            return code.substring(0, dash);
        }
        return switch (code.length()) {
            case 12 -> code.substring(0, 9);
            case 9 -> code.substring(0, 6);
            case 6 -> code.endsWith("00") ? null : code.substring(0, 4) + "00";
            default -> null;
        };
    }
}
