package cn.linli.seed.generate;

import cn.linli.seed.generate.PlaceLayout.Scatter;
import cn.linli.seed.generate.ReferenceData.DistrictRef;
import cn.linli.seed.generate.ReferenceData.TownRef;
import cn.linli.seed.generate.ReferenceData.VillageRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Lays out the official places: districts from their DataV boundaries, then synthetic points
 * and Voronoi boundaries for the towns and communities.
 */
final class PlaceBuilder {

    static final String CITY_CODE = "511400";
    static final String CITY_NAME = "眉山市";

    private static final double STREET_RADIUS_M = 3_000;
    private static final double STREET_SPACING_M = 1_500;
    private static final double TOWN_MIN_SPACING_M = 6_000;
    private static final double URBAN_COMMUNITY_SPACING_M = 600;

    private final ReferenceData reference;
    private final Random random;

    PlaceBuilder(ReferenceData reference, Random random) {
        this.reference = reference;
        this.random = random;
    }

    PlaceTree build() {
        List<Area> districts = new ArrayList<>();
        List<Area> towns = new ArrayList<>();
        Map<String, List<TownRef>> townsByDistrict = reference.townsByDistrict();
        for (DistrictRef d : reference.districts()) {
            String kind =
                    d.code().equals(PlaceTree.DONGPO) || d.code().equals(PlaceTree.PENGSHAN) ? "DISTRICT" : "COUNTY";
            districts.add(new Area(d.code(), d.name(), kind, CITY_CODE, d.seat(), d.boundary()));
            towns.addAll(layOutTowns(d, townsByDistrict.get(d.code())));
        }
        Geometry cityBoundary =
                PlaceLayout.union(districts.stream().map(Area::boundary).toList());
        Area city = new Area(CITY_CODE, CITY_NAME, "CITY", "", districts.get(0).point(), cityBoundary);

        Map<String, List<VillageRef>> villagesByTown = reference.villagesByTown();
        List<Area> communities = new ArrayList<>();
        for (Area town : towns) {
            communities.addAll(layOutCommunities(town, villagesByTown.get(town.code())));
        }
        return new PlaceTree(city, districts, towns, communities);
    }

    /** 街道 close to the district seat, 镇/乡 spread over the rest at least 6 km away. */
    private List<Area> layOutTowns(DistrictRef district, List<TownRef> refs) {
        List<TownRef> streets =
                refs.stream().filter(t -> townKind(t).equals("STREET")).toList();
        List<TownRef> rural =
                refs.stream().filter(t -> !townKind(t).equals("STREET")).toList();
        List<Point> streetPoints = PlaceLayout.scatter(
                Scatter.over(district.boundary(), STREET_SPACING_M).near(district.seat(), STREET_RADIUS_M),
                streets.size(),
                random);
        List<Point> taken = new ArrayList<>(streetPoints);
        taken.add(district.seat());
        double spacing = Math.max(
                TOWN_MIN_SPACING_M,
                0.75 * Math.sqrt(PlaceLayout.areaSquareMetres(district.boundary()) / Math.max(1, rural.size())));
        List<Point> ruralPoints =
                PlaceLayout.scatter(Scatter.over(district.boundary(), spacing).avoiding(taken), rural.size(), random);

        List<Point> points = new ArrayList<>();
        for (TownRef t : refs) {
            points.add(streets.contains(t) ? streetPoints.get(streets.indexOf(t)) : ruralPoints.get(rural.indexOf(t)));
        }
        List<Geometry> cells = PlaceLayout.cells(points, district.boundary());
        List<Area> towns = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            TownRef t = refs.get(i);
            towns.add(new Area(t.code(), t.name(), townKind(t), district.code(), points.get(i), cells.get(i)));
        }
        return towns;
    }

    /** Communities of a 街道 stay compact around the town point; villages spread over the town. */
    private List<Area> layOutCommunities(Area town, List<VillageRef> refs) {
        Scatter scatter;
        if (town.isStreet()) {
            scatter = Scatter.over(town.boundary(), URBAN_COMMUNITY_SPACING_M)
                    .near(town.point(), 500 * Math.sqrt(refs.size()));
        } else {
            scatter = Scatter.over(
                    town.boundary(), 0.7 * Math.sqrt(PlaceLayout.areaSquareMetres(town.boundary()) / refs.size()));
        }
        List<Point> points = PlaceLayout.scatter(scatter, refs.size(), random);
        List<Geometry> cells = PlaceLayout.cells(points, town.boundary());
        List<Area> communities = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            VillageRef v = refs.get(i);
            communities.add(new Area(
                    v.code(),
                    v.shortName(),
                    v.community() ? "COMMUNITY" : "VILLAGE",
                    town.code(),
                    points.get(i),
                    cells.get(i)));
        }
        return communities;
    }

    static String townKind(TownRef town) {
        if (town.name().endsWith("街道")) {
            return "STREET";
        }
        return town.name().endsWith("乡") ? "TOWNSHIP" : "TOWN";
    }
}
