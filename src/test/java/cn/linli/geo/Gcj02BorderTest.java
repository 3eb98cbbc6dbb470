package cn.linli.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GCJ-02 (and BD-09, built on it) applies in mainland China only, decided by the real border (Natural Earth, see
 * src/main/resources/geo/README.md), not by a rectangle. Places are WGS-84 positions of city centres and border
 * crossings; the comment after a near-border place gives its distance to Natural Earth's line, far more than the
 * line's simplification (about 100 m) and quantization (about 300 m).
 */
class Gcj02BorderTest {

    /** Inside the old "outOfChina" rectangle, yet outside China: their maps use WGS-84. */
    private static final Map<String, LonLat> NEIGHBOURS = Map.ofEntries(
            Map.entry("Seoul", new LonLat(126.978, 37.5665)),
            Map.entry("Hanoi", new LonLat(105.8342, 21.0278)),
            Map.entry("Ulaanbaatar", new LonLat(106.9057, 47.8864)),
            Map.entry("Pyongyang", new LonLat(125.7625, 39.0392)),
            Map.entry("Almaty", new LonLat(76.9286, 43.2567)),
            Map.entry("Kathmandu", new LonLat(85.324, 27.7172)),
            Map.entry("Sinuiju, across the Yalu from Dandong", new LonLat(124.40, 40.10)), // 1.7 km
            Map.entry("Blagoveshchensk, across the Amur from Heihe", new LonLat(127.53, 50.27)), // 3.5 km
            Map.entry("Zamyn-Uud, across from Erenhot", new LonLat(111.90, 43.716)), // 3.4 km
            Map.entry("Zabaykalsk, across from Manzhouli", new LonLat(117.33, 49.65)), // 3.4 km
            Map.entry("Muse, across the Shweli from Ruili", new LonLat(97.90, 23.98)), // 4.3 km
            // Special administrative regions and Taiwan publish and map in WGS-84 (geo/README.md).
            Map.entry("Hong Kong, Central", new LonLat(114.1588, 22.2819)),
            Map.entry("Victoria Harbour", new LonLat(114.165, 22.29)),
            Map.entry("Macao", new LonLat(113.5439, 22.1987)), // 1.3 km
            Map.entry("Taipei", new LonLat(121.5654, 25.033)),
            Map.entry("Kinmen, 8 km off Xiamen", new LonLat(118.317, 24.449)));

    private static final Map<String, LonLat> MAINLAND = Map.ofEntries(
            Map.entry("Beijing", new LonLat(116.3974, 39.9093)),
            Map.entry("Urumqi", new LonLat(87.6168, 43.8256)),
            Map.entry("Harbin", new LonLat(126.5349, 45.8038)),
            Map.entry("Sanya", new LonLat(109.5119, 18.2528)),
            Map.entry("Lhasa", new LonLat(91.1409, 29.6456)),
            Map.entry("Meishan", new LonLat(103.8318, 30.0481)),
            Map.entry("Dandong", new LonLat(124.3945, 40.129)), // 1.0 km
            Map.entry("Heihe", new LonLat(127.49, 50.24)), // 0.9 km
            Map.entry("Erenhot", new LonLat(111.977, 43.653)), // 5.9 km
            Map.entry("Manzhouli", new LonLat(117.38, 49.59)), // 3.1 km
            Map.entry("Ruili", new LonLat(97.85, 24.01)), // 1.7 km
            Map.entry("Shenzhen, civic centre", new LonLat(114.0596, 22.5431)), // 2.8 km
            Map.entry("Zhuhai", new LonLat(113.5767, 22.2707)),
            Map.entry("Xiamen", new LonLat(118.0894, 24.4798)),
            // coastal waters: the deep-water port on islands 30 km off Shanghai
            Map.entry("Yangshan port", new LonLat(122.065, 30.63)));

    @Test
    void outsideMainlandChinaEveryConversionLeavesThePositionAsItIs() {
        NEIGHBOURS.forEach((name, p) -> {
            assertThat(Gcj02Region.contains(p)).as(name).isFalse();
            for (CoordinateSystem from : CoordinateSystem.values()) {
                for (CoordinateSystem to : CoordinateSystem.values()) {
                    assertThat(ChinaCoordinates.convert(p, from, to))
                            .as("%s %s->%s", name, from, to)
                            .isEqualTo(p);
                }
            }
        });
    }

    @Test
    void insideMainlandChinaGcj02MovesThePositionByHundredsOfMetresAndBd09FurtherStill() {
        MAINLAND.forEach((name, p) -> {
            assertThat(Gcj02Region.contains(p)).as(name).isTrue();
            double gcjOffset = metres(p, ChinaCoordinates.convert(p, CoordinateSystem.WGS84, CoordinateSystem.GCJ02));
            assertThat(gcjOffset).as(name).isBetween(50.0, 800.0);
            LonLat bd = ChinaCoordinates.convert(p, CoordinateSystem.WGS84, CoordinateSystem.BD09);
            // BD-09 adds about 0.0065° east and 0.006° north to GCJ-02: roughly a kilometre
            assertThat(metres(ChinaCoordinates.gcj02ToBd09(ChinaCoordinates.wgs84ToGcj02(p)), bd))
                    .as(name)
                    .isLessThan(0.5);
            assertThat(metres(p, bd)).as(name).isBetween(500.0, 2000.0);
        });
    }

    /** GCJ-02's inverse is exact to a millimetre; BD-09's published inverse rotation is off by up to decimetres. */
    @Test
    void everyRoundTripOnEitherSideOfTheBorderReturnsToItsStartWithinHalfAMetre() {
        Map<String, LonLat> all = new java.util.HashMap<>(NEIGHBOURS);
        all.putAll(MAINLAND);
        all.forEach((name, p) -> {
            for (CoordinateSystem system : CoordinateSystem.values()) {
                LonLat there = ChinaCoordinates.convert(p, CoordinateSystem.WGS84, system);
                LonLat back = ChinaCoordinates.convert(there, system, CoordinateSystem.WGS84);
                assertThat(metres(back, p)).as("%s via %s", name, system).isLessThan(0.5);
                for (CoordinateSystem other : CoordinateSystem.values()) {
                    LonLat across = ChinaCoordinates.convert(there, system, other);
                    assertThat(metres(across, ChinaCoordinates.convert(p, CoordinateSystem.WGS84, other)))
                            .as("%s %s->%s", name, system, other)
                            .isLessThan(0.5);
                }
            }
        });
    }

    @Test
    void aGcj02PositionInSeoulIsReadAsItIsWhileTheSameNumbersInBeijingAreShiftedBack() {
        LonLat seoul = new LonLat(126.978, 37.5665);
        assertThat(ChinaCoordinates.gcj02ToWgs84(seoul)).isEqualTo(seoul);
        LonLat beijingGcj = new LonLat(116.3974, 39.9093);
        // Beijing's GCJ-02 offset is about 600 m towards the east-north-east (reference pairs in ChinaCoordinatesTest)
        LonLat wgs = ChinaCoordinates.gcj02ToWgs84(beijingGcj);
        assertThat(beijingGcj.lon() - wgs.lon()).isBetween(0.004, 0.008);
        assertThat(beijingGcj.lat() - wgs.lat()).isBetween(0.0005, 0.003);
    }

    /** Flat-earth distance, plenty for the metres compared here. */
    private static double metres(LonLat a, LonLat b) {
        double lat = Math.toRadians((a.lat() + b.lat()) / 2);
        double dx = Math.toRadians(a.lon() - b.lon()) * Math.cos(lat);
        double dy = Math.toRadians(a.lat() - b.lat());
        return 6_371_008.8 * Math.hypot(dx, dy);
    }
}
