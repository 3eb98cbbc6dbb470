package cn.linli.nearby;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliTest;
import cn.linli.SeedCsv;
import cn.linli.geo.ChinaCoordinates;
import cn.linli.geo.CoordinateSystem;
import cn.linli.geo.GeoJson;
import cn.linli.geo.LonLat;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

class WhereAmITest extends LinliTest {

    /** Grid 511402001001-01's own point, WGS-84, from seed/grids.csv. */
    private static final LonLat ZHUANGDIAN_1 = new LonLat(103.826324, 30.046224);

    @Autowired
    Locator locator;

    private GraphQlTester.Response whereAmI(LonLat p, CoordinateSystem crs) {
        return graphQl()
                .documentName("whereAmI")
                .variable("location", Map.of("lon", p.lon(), "lat", p.lat(), "crs", crs.name()))
                .execute();
    }

    @Test
    void aPointInsideAGridResolvesToItsGridCommunityTownDistrictBranchAndDutyContact() {
        var response = whereAmI(ZHUANGDIAN_1, CoordinateSystem.WGS84);
        response.path("whereAmI.exact")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("whereAmI.distanceMeters")
                .entity(Integer.class)
                .isEqualTo(0)
                .path("whereAmI.grid.code")
                .entity(String.class)
                .isEqualTo("511402001001-01")
                .path("whereAmI.community.name")
                .entity(String.class)
                .isEqualTo("庄店社区")
                .path("whereAmI.town.name")
                .entity(String.class)
                .isEqualTo("通惠街道")
                .path("whereAmI.district.name")
                .entity(String.class)
                .isEqualTo("东坡区")
                .path("whereAmI.partyBranch.id")
                .entity(String.class)
                .isEqualTo("Provider:pb-511402001001-01")
                .path("whereAmI.dutyContact.role")
                .entity(String.class)
                .isEqualTo("专职网格员")
                .path("whereAmI.dutyContact.phone")
                .entity(String.class)
                .isEqualTo(gridRow("511402001001-01").get("duty_phone"));
        // who serves the point: exactly the seed's SERVES edges to the grid and to its community
        Set<String> expected = SeedCsv.rows("serves.csv").stream()
                .filter(r -> Set.of("511402001001-01", "511402001001").contains(r.get("place_code")))
                .map(r -> "Provider:" + r.get("provider_id"))
                .collect(Collectors.toSet());
        List<String> served = response.path("whereAmI.servedBy.edges[*].node.provider.id")
                .entityList(String.class)
                .get();
        assertThat(Set.copyOf(served)).isEqualTo(expected);
        assertThat(response.path("whereAmI.servedBy.edges[*].node.distanceMeters")
                        .entityList(Integer.class)
                        .get())
                .isSorted();
    }

    @Test
    void gcj02AndBd09TwinsOfAWgs84PointResolveToTheSameGrid() {
        LonLat gcj = ChinaCoordinates.convert(ZHUANGDIAN_1, CoordinateSystem.WGS84, CoordinateSystem.GCJ02);
        LonLat bd = ChinaCoordinates.convert(ZHUANGDIAN_1, CoordinateSystem.WGS84, CoordinateSystem.BD09);
        whereAmI(gcj, CoordinateSystem.GCJ02)
                .path("whereAmI.grid.code")
                .entity(String.class)
                .isEqualTo("511402001001-01")
                .path("whereAmI.location.lon")
                .entity(Double.class)
                .isEqualTo(ZHUANGDIAN_1.lon());
        whereAmI(bd, CoordinateSystem.BD09)
                .path("whereAmI.grid.code")
                .entity(String.class)
                .isEqualTo("511402001001-01");
        // read as WGS-84, the GCJ-02 numbers lie ~500 m off, in another grid: the conversion is what makes them agree
        whereAmI(gcj, CoordinateSystem.WGS84)
                .path("whereAmI.grid.code")
                .entity(String.class)
                .satisfies(code -> assertThat(code).isNotEqualTo("511402001001-01"));
    }

    @Test
    void everyGridsOwnPointResolvesToThatGrid() {
        List<Map<String, String>> grids = SeedCsv.rows("grids.csv");
        assertThat(grids).hasSize(854);
        assertThat(grids).allSatisfy(g -> {
            WhereAmI here =
                    locator.locate(new LonLat(Double.parseDouble(g.get("lon")), Double.parseDouble(g.get("lat"))));
            assertThat(here.exact()).as(g.get("code")).isTrue();
            assertThat(here.grid().code()).isEqualTo(g.get("code"));
        });
    }

    @Test
    void aPointInNoGridNamesTheNearestGridAndSaysItIsNotInside() {
        // the Dongpo community without grids whose point is closest to a grid point (computed from the seed)
        Set<String> withGrids = SeedCsv.rows("grids.csv").stream()
                .map(r -> r.get("parent_code"))
                .collect(Collectors.toSet());
        List<Map<String, String>> grids = SeedCsv.rows("grids.csv");
        Map<String, String> community = SeedCsv.rows("communities.csv").stream()
                .filter(c -> c.get("code").startsWith("511402") && !withGrids.contains(c.get("code")))
                .min(Comparator.comparingDouble(
                        c -> grids.stream().mapToDouble(g -> meters(c, g)).min().orElseThrow()))
                .orElseThrow();
        LonLat point = lonLat(community);

        var response = whereAmI(point, CoordinateSystem.WGS84);
        response.path("whereAmI.exact")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("whereAmI.community.code")
                .entity(String.class)
                .isEqualTo(community.get("code"))
                .path("whereAmI.district.code")
                .entity(String.class)
                .isEqualTo("511402")
                .path("whereAmI.partyBranch")
                .valueIsNull()
                .path("whereAmI.dutyContact")
                .valueIsNull();
        String grid = response.path("whereAmI.grid.code").entity(String.class).get();
        int distance =
                response.path("whereAmI.distanceMeters").entity(Integer.class).get();
        // the named grid's boundary does not contain the point, and lies at the distance reported
        var boundary = GeoJson.parseWkt(gridRow(grid).get("boundary"));
        var jtsPoint = GeoJson.FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(point.lon(), point.lat()));
        assertThat(boundary.contains(jtsPoint)).isFalse();
        var nearest = org.locationtech.jts.operation.distance.DistanceOp.nearestPoints(boundary, jtsPoint)[0];
        assertThat((double) distance)
                .isCloseTo(
                        SeedCsv.haversine(point.lon(), point.lat(), nearest.x, nearest.y),
                        org.assertj.core.data.Offset.offset(distance * 0.003 + 1));
        assertThat(distance).isPositive();
    }

    @Test
    void whereNoGridsExistTheCommunityTownAndDistrictAreStillResolvedByTheirBoundaries() {
        Map<String, String> community = SeedCsv.rows("communities.csv").stream()
                .filter(c -> c.get("code").startsWith("511421"))
                .findFirst()
                .orElseThrow(); // 仁寿县 has no grids
        whereAmI(lonLat(community), CoordinateSystem.WGS84)
                .path("whereAmI.exact")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("whereAmI.grid")
                .valueIsNull()
                .path("whereAmI.distanceMeters")
                .valueIsNull()
                .path("whereAmI.community.code")
                .entity(String.class)
                .isEqualTo(community.get("code"))
                .path("whereAmI.town.code")
                .entity(String.class)
                .isEqualTo(community.get("parent_code"))
                .path("whereAmI.district.name")
                .entity(String.class)
                .isEqualTo("仁寿县");
    }

    @Test
    void aPointOutsideMeishanResolvesToNothing() {
        whereAmI(new LonLat(116.397, 39.909), CoordinateSystem.WGS84) // Beijing
                .path("whereAmI.exact")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("whereAmI.grid")
                .valueIsNull()
                .path("whereAmI.district")
                .valueIsNull()
                .path("whereAmI.servedBy.totalCount")
                .entity(Integer.class)
                .isEqualTo(0);
    }

    @Test
    void aGcj02PositionOutsideMainlandChinaIsTakenAsItIs() {
        // Seoul City Hall: Korean maps use WGS-84, so GCJ-02 numbers there are WGS-84 numbers (Gcj02BorderTest)
        whereAmI(new LonLat(126.978, 37.5665), CoordinateSystem.GCJ02)
                .path("whereAmI.location.lon")
                .entity(Double.class)
                .isEqualTo(126.978)
                .path("whereAmI.location.lat")
                .entity(Double.class)
                .isEqualTo(37.5665)
                .path("whereAmI.district")
                .valueIsNull();
    }

    @Test
    void aLongitudeOutOfRangeIsRejectedNamingTheField() {
        whereAmI(new LonLat(181, 30), CoordinateSystem.GCJ02).errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions())
                    .containsEntry("code", "BAD_USER_INPUT")
                    .containsEntry("field", "location.lon");
        });
    }

    private static Map<String, String> gridRow(String code) {
        return SeedCsv.rows("grids.csv").stream()
                .filter(r -> r.get("code").equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static LonLat lonLat(Map<String, String> row) {
        return new LonLat(Double.parseDouble(row.get("lon")), Double.parseDouble(row.get("lat")));
    }

    private static double meters(Map<String, String> a, Map<String, String> b) {
        return SeedCsv.haversine(
                Double.parseDouble(a.get("lon")),
                Double.parseDouble(a.get("lat")),
                Double.parseDouble(b.get("lon")),
                Double.parseDouble(b.get("lat")));
    }
}
