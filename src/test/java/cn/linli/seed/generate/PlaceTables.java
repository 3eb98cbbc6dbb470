package cn.linli.seed.generate;

import java.util.List;

/** The place files of seed/FORMAT.md: cities, districts, towns, communities, grids. */
final class PlaceTables {

    private static final String AREA_HEADER = "code,name,kind,parent_code,lon,lat,boundary,provenance";

    private PlaceTables() {}

    static List<Table> of(PlaceTree places) {
        Table cities = new Table("cities.csv", "code,name,lon,lat,boundary,provenance");
        Area city = places.city();
        cities.add(
                city.code(),
                city.name(),
                Wkt.lon(city.point()),
                Wkt.lat(city.point()),
                Wkt.of(city.boundary()),
                "official");

        Table grids = new Table(
                "grids.csv",
                "code,name,parent_code,lon,lat,households,population,party_members,"
                        + "elderly,children,duty_phone,boundary,provenance");
        for (Grid g : places.grids()) {
            grids.add(
                    g.code(),
                    g.name(),
                    g.community().code(),
                    Wkt.lon(g.point()),
                    Wkt.lat(g.point()),
                    g.households(),
                    g.population(),
                    g.partyMembers(),
                    g.elderly(),
                    g.children(),
                    g.dutyPhone(),
                    Wkt.of(g.boundary()),
                    "synthetic");
        }
        return List.of(
                cities,
                areas("districts.csv", places.districts()),
                areas("towns.csv", places.towns()),
                areas("communities.csv", places.communities()),
                grids);
    }

    private static Table areas(String file, List<Area> areas) {
        Table table = new Table(file, AREA_HEADER);
        for (Area a : areas) {
            table.add(
                    a.code(),
                    a.name(),
                    a.kind(),
                    a.parentCode(),
                    Wkt.lon(a.point()),
                    Wkt.lat(a.point()),
                    Wkt.of(a.boundary()),
                    "official");
        }
        return table;
    }
}
