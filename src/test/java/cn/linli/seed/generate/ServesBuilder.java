package cn.linli.seed.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** SERVES edges (serves.csv): which grids or communities each provider serves. */
final class ServesBuilder {

    static final double BLOCK_RADIUS_M = 1_500;
    static final double RESIDENTIAL_RADIUS_M = 400;
    static final int MIN_UNSERVED_URBAN_GRIDS = 5;

    private final PlaceTree places;
    private final Random random;

    ServesBuilder(PlaceTree places, Random random) {
        this.places = places;
        this.random = random;
    }

    Table build(List<Provider> providers) {
        Table table = new Table("serves.csv", "provider_id,place_code,provenance");
        Set<String> servedByCenters = new TreeSet<>();
        for (Provider p : providers) {
            Set<String> targets = targets(p);
            if (p.kind().equals("NEIGHBORHOOD_CENTER")) {
                servedByCenters.addAll(targets);
            }
            targets.forEach(code -> table.add(p.id(), code, "synthetic"));
        }
        long unserved = places.gridsInDistrict(PlaceTree.DONGPO).stream()
                .filter(g -> !servedByCenters.contains(g.code()))
                .count();
        if (unserved < MIN_UNSERVED_URBAN_GRIDS) {
            throw new IllegalStateException("only " + unserved + " Dongpo grids lack a neighborhood center");
        }
        return table;
    }

    private Set<String> targets(Provider p) {
        Area home = p.site().community();
        Set<String> codes = new TreeSet<>();
        switch (p.kind()) {
            case "NEIGHBORHOOD_CENTER" -> codes.addAll(centerTargets(p));
            case "PARTY_BRANCH" -> codes.add(p.site().placeCode());
            case "DEPARTMENT" -> codes.addAll(sample(places.urbanCommunities(PlaceTree.DONGPO), 3 + random.nextInt(4)));
            case "SOCIAL_ORGANIZATION", "VOLUNTEER_TEAM", "CHARITY" -> {
                codes.add(home.code());
                codes.addAll(sample(places.communitiesInDistrict(places.districtOf(home)), random.nextInt(4)));
            }
            case "CIVILIZATION_PRACTICE", "LEGAL_SERVICE", "PARTY_MASS_CENTER" -> codes.addAll(networkTargets(p));
            default -> codes.add(home.code());
        }
        return codes;
    }

    private List<String> centerTargets(Provider center) {
        List<Grid> grids = places.gridsInDistrict(PlaceTree.DONGPO);
        return switch (center.level()) {
            case "BLOCK" ->
                grids.stream()
                        .filter(g -> PlaceLayout.metres(g.point(), center.site().point()) <= BLOCK_RADIUS_M)
                        .map(Grid::code)
                        .toList();
            case "COMMUNITY" ->
                places.gridsOf(center.site().community().code()).stream()
                        .map(Grid::code)
                        .toList();
            default ->
                grids.stream()
                        .filter(g -> g.code().equals(center.site().placeCode())
                                || PlaceLayout.metres(g.point(), center.site().point()) <= RESIDENTIAL_RADIUS_M)
                        .map(Grid::code)
                        .toList();
        };
    }

    /** District-wide centers serve every community; town stations their town; rooms and stations their own. */
    private List<String> networkTargets(Provider p) {
        Area home = p.site().community();
        if (home == null) {
            return places.communitiesInDistrict(PlaceTree.PENGSHAN).stream()
                    .map(Area::code)
                    .toList();
        }
        boolean townLevel = p.level().equals("INSTITUTE")
                || (p.kind().equals("LEGAL_SERVICE") && p.level().equals("STATION"));
        return townLevel
                ? places.communitiesOf(home.parentCode()).stream()
                        .map(Area::code)
                        .toList()
                : List.of(home.code());
    }

    private List<String> sample(List<Area> communities, int count) {
        List<Area> shuffled = new ArrayList<>(communities);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size())).stream()
                .map(Area::code)
                .toList();
    }
}
