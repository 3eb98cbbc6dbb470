package cn.linli.api;

import cn.linli.api.errors.BadInputException;

/** A global id {@code Type:key}, e.g. {@code Grid:511402001001-03}: the GraphQL type name and the record's key. */
public record GlobalId(String type, String key) {

    public static String of(String type, String key) {
        return type + ":" + key;
    }

    public static GlobalId parse(String id) {
        int colon = id == null ? -1 : id.indexOf(':');
        if (colon <= 0 || colon == id.length() - 1) {
            throw new BadInputException("id", "'" + id + "' is not a Linli id; ids look like 'Grid:511402001001-03'");
        }
        return new GlobalId(id.substring(0, colon), id.substring(colon + 1));
    }

    /** The key of {@code id}, which input field {@code field} must give as a global id of {@code type}. */
    public static String keyOf(String id, String type, String field) {
        int colon = id == null ? -1 : id.indexOf(':');
        if (colon <= 0 || colon == id.length() - 1 || !id.substring(0, colon).equals(type)) {
            throw new BadInputException(
                    field,
                    "'" + id + "' is not the id of " + (type.matches("[AEIOU].*") ? "an " : "a ") + type
                            + "; it looks like '" + type + ":<key>'");
        }
        return id.substring(colon + 1);
    }
}
