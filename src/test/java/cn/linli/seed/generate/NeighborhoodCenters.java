package cn.linli.seed.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Dongpo's 38 neighborhood centers (邻里中心) in the 3 街道: 6 block-level, 20 community-level and
 * 12 residential-level. A few outlying communities get none, so that planners find coverage gaps.
 */
final class NeighborhoodCenters {

    static final int BLOCK = 6;
    static final int COMMUNITY = 20;
    static final int RESIDENTIAL = 12;
    static final int GAP_COMMUNITIES = 4;

    private static final List<String> COMPOUNDS =
            List.of("锦绣东坡", "岷江花园", "三苏雅居", "水岸名都", "紫薇苑", "书香苑", "滨江华府", "湖滨花园", "凯旋城", "金色海岸", "东坡印象", "诗书苑");
    private static final String DESCRIPTION =
            "%s邻里中心，“公益+市场”运营，提供阅读、政务代办、老年助餐、托管等12项以上服务，" + "每月开展12场以上主题活动，每天服务12小时以上。";

    /** The centers and the communities deliberately left without one. */
    record Plan(List<Provider> centers, Set<String> gapCommunities) {}

    private NeighborhoodCenters() {}

    static Plan build(PlaceTree places, Sites sites, PhoneBook phones) {
        List<Area> urban = places.urbanCommunities(PlaceTree.DONGPO);
        List<Area> compact = urban.stream()
                .sorted(Comparator.comparingDouble((Area c) -> c.boundary().getArea()))
                .limit(urban.size() / 2)
                .toList();
        List<Area> blockCommunities = spreadOut(compact, named(urban, "金龙社区"), BLOCK);
        List<Provider> centers = new ArrayList<>();
        for (int i = 0; i < blockCommunities.size(); i++) {
            Area c = blockCommunities.get(i);
            String stem = c.name().replace("社区", "");
            String[] identity = switch (i) {
                case 0 -> new String[] {"nc-jinlong", "金龙邻里中心", "金龙|东坡邻里·金龙", "article"};
                case 1 -> new String[] {id(centers), "东坡邻里中心", "东坡邻里|" + stem + "街区邻里中心", "synthetic"};
                default -> new String[] {id(centers), stem + "片区邻里中心", stem + "街区邻里中心", "synthetic"};
            };
            centers.add(center(identity, "BLOCK", sites.in(c), phones, "Mo-Su 08:00-21:00", "街区级"));
        }

        Set<String> gaps = farthestFrom(urban, centers);
        List<Area> rest = new ArrayList<>(urban.stream()
                .filter(c -> !blockCommunities.contains(c) && !gaps.contains(c.code()))
                .toList());
        Collections.shuffle(rest, sites.random());
        for (int i = 0; i < COMMUNITY; i++) {
            Area c = rest.get(i);
            String[] identity = i == 0
                    ? new String[] {"nc-shuiyunjian", "水云间邻里中心", "水云间|东坡邻里·水云间", "article"}
                    : new String[] {id(centers), c.name() + "邻里中心", c.name().replace("社区", "") + "邻里中心", "synthetic"};
            centers.add(
                    center(identity, "COMMUNITY", sites.in(c), phones, "Mo-Fr 08:30-20:30; Sa,Su 09:00-21:00", "社区级"));
        }
        for (int i = 0; i < RESIDENTIAL; i++) {
            Area c = rest.get(COMMUNITY + i);
            List<Grid> grids = places.gridsOf(c.code());
            Grid grid = grids.get(sites.random().nextInt(grids.size()));
            String[] identity = {id(centers), COMPOUNDS.get(i) + "小区邻里中心", COMPOUNDS.get(i) + "邻里驿站", "synthetic"};
            centers.add(center(identity, "RESIDENTIAL", sites.inGrid(grid), phones, "Mo-Su 08:00-20:00", "小区级"));
        }
        return new Plan(centers, gaps);
    }

    private static Provider center(
            String[] identity, String level, Site site, PhoneBook phones, String hours, String levelName) {
        return new Provider(
                identity[0],
                identity[1],
                identity[2],
                "NEIGHBORHOOD_CENTER",
                level,
                site,
                phones.next("028-3816"),
                hours,
                null,
                String.format(DESCRIPTION, levelName),
                identity[3]);
    }

    private static String id(List<Provider> centers) {
        long generated = centers.stream().filter(p -> p.id().matches("nc-\\d+")).count();
        return String.format("nc-%03d", generated + 1);
    }

    private static Area named(List<Area> communities, String name) {
        return communities.stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** Greedy farthest-point choice of {@code count} communities, starting from {@code first}. */
    private static List<Area> spreadOut(List<Area> communities, Area first, int count) {
        List<Area> chosen = new ArrayList<>(List.of(first));
        while (chosen.size() < count) {
            chosen.add(communities.stream()
                    .filter(c -> !chosen.contains(c))
                    .max(Comparator.comparingDouble(
                            c -> nearest(c, chosen.stream().map(Area::point).toList())))
                    .orElseThrow());
        }
        return chosen;
    }

    private static Set<String> farthestFrom(List<Area> communities, List<Provider> centers) {
        List<org.locationtech.jts.geom.Point> points =
                centers.stream().map(p -> p.site().point()).toList();
        return communities.stream()
                .sorted(Comparator.comparingDouble((Area c) -> nearest(c, points))
                        .reversed())
                .limit(GAP_COMMUNITIES)
                .map(Area::code)
                .collect(TreeSet::new, Set::add, Set::addAll);
    }

    private static double nearest(Area community, List<org.locationtech.jts.geom.Point> points) {
        return points.stream()
                .mapToDouble(p -> PlaceLayout.metres(community.point(), p))
                .min()
                .orElse(0);
    }
}
