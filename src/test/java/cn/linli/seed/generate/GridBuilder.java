package cn.linli.seed.generate;

import cn.linli.seed.generate.PlaceLayout.Scatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Cuts communities into grids: Dongpo's 48 urban communities into exactly 569 grids (the
 * article's figure), every Pengshan community into 3–6 grids.
 */
final class GridBuilder {

    static final int DONGPO_URBAN_GRIDS = 569;

    private final PlaceTree places;
    private final Random random;
    private final PhoneBook phones;

    GridBuilder(PlaceTree places, Random random, PhoneBook phones) {
        this.places = places;
        this.random = random;
        this.phones = phones;
    }

    void build() {
        List<Area> dongpo = places.urbanCommunities(PlaceTree.DONGPO);
        int[] counts = countsSummingTo(dongpo.size(), 8, 16, DONGPO_URBAN_GRIDS);
        for (int i = 0; i < dongpo.size(); i++) {
            places.addGrids(cut(dongpo.get(i), counts[i]));
        }
        for (Area community : places.communitiesInDistrict(PlaceTree.PENGSHAN)) {
            places.addGrids(cut(community, 3 + random.nextInt(4)));
        }
    }

    private int[] countsSummingTo(int n, int min, int max, int total) {
        int[] counts = new int[n];
        Arrays.setAll(counts, i -> min + random.nextInt(max - min + 1));
        int sum = Arrays.stream(counts).sum();
        while (sum != total) {
            int i = random.nextInt(n);
            int step = sum < total ? 1 : -1;
            if (counts[i] + step >= min && counts[i] + step <= max) {
                counts[i] += step;
                sum += step;
            }
        }
        return counts;
    }

    private List<Grid> cut(Area community, int count) {
        double spacing = 0.6 * Math.sqrt(PlaceLayout.areaSquareMetres(community.boundary()) / count);
        List<Point> points = PlaceLayout.scatter(Scatter.over(community.boundary(), spacing), count, random);
        List<Geometry> cells = PlaceLayout.cells(points, community.boundary());
        boolean urban = community.kind().equals("COMMUNITY")
                && places.area(community.parentCode()).isStreet();
        List<Grid> grids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int households = urban ? 250 + random.nextInt(201) : 150 + random.nextInt(201);
            int population = (int) Math.round(households * (2.4 + 0.5 * random.nextDouble()));
            grids.add(new Grid(
                    String.format("%s-%02d", community.code(), i + 1),
                    community.name() + "第" + (i + 1) + "网格",
                    community,
                    points.get(i),
                    cells.get(i),
                    urban,
                    households,
                    population,
                    (int) Math.round(population * (0.03 + 0.03 * random.nextDouble())),
                    (int) Math.round(population * (0.18 + 0.08 * random.nextDouble())),
                    (int) Math.round(population * (0.10 + 0.06 * random.nextDouble())),
                    phones.next("028-3812")));
        }
        return grids;
    }
}
