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
}
