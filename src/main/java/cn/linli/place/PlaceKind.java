package cn.linli.place;

import java.util.Arrays;
import java.util.List;

/** What a district, town or community is called officially; the schema's {@code PlaceKind}. */
public enum PlaceKind {
    DISTRICT(PlaceLevel.DISTRICT),
    COUNTY(PlaceLevel.DISTRICT),
    STREET(PlaceLevel.TOWN),
    TOWN(PlaceLevel.TOWN),
    TOWNSHIP(PlaceLevel.TOWN),
    COMMUNITY(PlaceLevel.COMMUNITY),
    VILLAGE(PlaceLevel.COMMUNITY);

    private final PlaceLevel level;

    PlaceKind(PlaceLevel level) {
        this.level = level;
    }

    /** The kinds places of {@code level} have; none for the city and grids. */
    static List<PlaceKind> of(PlaceLevel level) {
        return Arrays.stream(values()).filter(k -> k.level == level).toList();
    }
}
