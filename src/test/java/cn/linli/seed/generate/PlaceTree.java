package cn.linli.seed.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Point;

/** The generated place hierarchy: city → districts → towns → communities → grids. */
final class PlaceTree {

    static final String DONGPO = "511402";
    static final String PENGSHAN = "511403";

    private final Area city;
    private final List<Area> districts;
    private final List<Area> towns;
    private final List<Area> communities;
    private final List<Grid> grids = new ArrayList<>();
    private final Map<String, Area> byCode = new LinkedHashMap<>();
    private final Map<String, List<Grid>> gridsByCommunity = new LinkedHashMap<>();

    PlaceTree(Area city, List<Area> districts, List<Area> towns, List<Area> communities) {
        this.city = city;
        this.districts = districts;
        this.towns = towns;
        this.communities = communities;
        for (List<Area> level : List.of(List.of(city), districts, towns, communities)) {
            level.forEach(a -> byCode.put(a.code(), a));
        }
    }

    void addGrids(List<Grid> more) {
        grids.addAll(more);
        more.forEach(g -> gridsByCommunity
                .computeIfAbsent(g.community().code(), k -> new ArrayList<>())
                .add(g));
    }

    Area city() {
        return city;
    }

    List<Area> districts() {
        return districts;
    }

    List<Area> towns() {
        return towns;
    }

    List<Area> communities() {
        return communities;
    }

    List<Grid> grids() {
        return grids;
    }

    Area area(String code) {
        return byCode.get(code);
    }

    List<Area> townsOf(String districtCode) {
        return towns.stream().filter(t -> t.parentCode().equals(districtCode)).toList();
    }

    List<Area> communitiesOf(String townCode) {
        return communities.stream().filter(c -> c.parentCode().equals(townCode)).toList();
    }

    List<Area> communitiesInDistrict(String districtCode) {
        return communities.stream()
                .filter(c -> districtOf(c).equals(districtCode))
                .toList();
    }

    /** Communities of the 街道 (urban streets) of a district. */
    List<Area> urbanCommunities(String districtCode) {
        return communitiesInDistrict(districtCode).stream()
                .filter(c -> area(c.parentCode()).isStreet())
                .toList();
    }

    List<Grid> gridsOf(String communityCode) {
        return gridsByCommunity.getOrDefault(communityCode, List.of());
    }

    List<Grid> gridsInDistrict(String districtCode) {
        return grids.stream()
                .filter(g -> districtOf(g.community()).equals(districtCode))
                .toList();
    }

    String districtOf(Area community) {
        return community.code().substring(0, 6);
    }

    /** The grid of the community that holds the point, the nearest one on a boundary. */
    Grid gridAt(Area community, Point p) {
        return gridsOf(community.code()).stream()
                .filter(g -> g.boundary().covers(p))
                .findFirst()
                .orElseGet(() -> gridsOf(community.code()).stream()
                        .min(Comparator.comparingDouble(g -> g.boundary().distance(p)))
                        .orElseThrow());
    }

    /** The finest place code for a point in a community: its grid where the community has grids. */
    String placeCodeAt(Area community, Point p) {
        return gridsOf(community.code()).isEmpty()
                ? community.code()
                : gridAt(community, p).code();
    }
}
