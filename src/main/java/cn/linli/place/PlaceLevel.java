package cn.linli.place;

/** Levels of the hierarchy and the GraphQL type each one is. */
public enum PlaceLevel {
    CITY("City"), DISTRICT("District"), TOWN("Town"), COMMUNITY("Community"), GRID("Grid");

    private final String typeName;

    PlaceLevel(String typeName) {
        this.typeName = typeName;
    }

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
}
