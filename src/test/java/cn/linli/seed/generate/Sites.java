package cn.linli.seed.generate;

import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Point;

/** Picks synthetic locations and street addresses for providers. */
final class Sites {

    private static final List<String> ROADS = List.of(
            "东坡大道", "湖滨路", "三苏大道", "诗书路", "裴城路", "苏辙路", "杭州路", "环湖路", "岷江大道", "百坡路", "醴泉路", "雁塘路", "眉州大道", "蟆颐路", "学府路",
            "科工园大道", "长寿路", "彭祖大道", "寿乡路", "龙门路");

    private final PlaceTree places;
    private final Random random;

    Sites(PlaceTree places, Random random) {
        this.places = places;
        this.random = random;
    }

    Random random() {
        return random;
    }

    /** A point somewhere in the community (in one of its grids where it has grids). */
    Site in(Area community) {
        Point p = PlaceLayout.pointIn(community.boundary(), random);
        return new Site(p, places.placeCodeAt(community, p), address(community), community);
    }

    Site inGrid(Grid grid) {
        Point p = PlaceLayout.pointIn(grid.boundary(), random);
        return new Site(p, grid.code(), address(grid.community()), grid.community());
    }

    /** A district-level office within a few hundred metres of the district seat. */
    Site nearSeat(Area district) {
        Point seat = district.point();
        double dLon = (random.nextDouble() - 0.5) * 0.006;
        double dLat = (random.nextDouble() - 0.5) * 0.005;
        Point p = PlaceLayout.point(seat.getX() + dLon, seat.getY() + dLat);
        return new Site(p, district.code(), district.name() + road() + number() + "号", null);
    }

    private String address(Area community) {
        Area town = places.area(community.parentCode());
        Area district = places.area(town.parentCode());
        String prefix = district.name() + town.name() + community.name();
        return community.kind().equals("VILLAGE")
                ? prefix + (1 + random.nextInt(12)) + "组" + number() + "号"
                : prefix + road() + number() + "号";
    }

    private String road() {
        return ROADS.get(random.nextInt(ROADS.size()));
    }

    private int number() {
        return 1 + random.nextInt(300);
    }
}
