package cn.linli.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChinaCoordinatesTest {

    private static final double EARTH_RADIUS_M = 6_371_008.8;

    // Reference pairs from googollee/eviltransform (its python/test.py and php tests):
    // (wgsLat, wgsLng) -> (gcjLat, gcjLng) for Shanghai, Shenzhen and Beijing.
    private static final List<LonLat[]> EVILTRANSFORM_WGS_TO_GCJ = List.of(
            new LonLat[] {new LonLat(121.5272106, 31.1774276), new LonLat(121.531541859215, 31.17530398364597)},
            new LonLat[] {new LonLat(113.912316, 22.543847), new LonLat(113.9171764808363, 22.540796131694766)},
            new LonLat[] {new LonLat(116.377817, 39.911954), new LonLat(116.38404722455657, 39.91334545536069)});

    private static final List<LonLat> POINTS_IN_CHINA = List.of(
            new LonLat(103.831553, 30.048128), // Dongpo district seat, Meishan
            new LonLat(103.8701, 30.192298), // Pengshan district seat, Meishan
            new LonLat(104.065735, 30.659462), // Chengdu
            new LonLat(116.397128, 39.916527), // Beijing
            new LonLat(121.473701, 31.230416), // Shanghai
            new LonLat(87.617733, 43.792818), // Urumqi
            new LonLat(110.199890, 20.044220)); // Haikou

    @Test
    void wgs84ToGcj02MatchesEviltransformReferencePairs() {
        for (LonLat[] pair : EVILTRANSFORM_WGS_TO_GCJ) {
            LonLat gcj = ChinaCoordinates.wgs84ToGcj02(pair[0]);
            assertThat(metres(gcj, pair[1])).as("%s", pair[0]).isLessThan(0.01);
        }
    }

    @Test
    void gcj02ToWgs84InvertsEviltransformReferencePairs() {
        for (LonLat[] pair : EVILTRANSFORM_WGS_TO_GCJ) {
            LonLat wgs = ChinaCoordinates.gcj02ToWgs84(pair[1]);
            assertThat(metres(wgs, pair[0])).as("%s", pair[1]).isLessThan(0.01);
        }
    }

    // Reference values from wandergis/coordtransform (test/app.js), input (116.404, 39.915).
    @Test
    void baiduConversionsMatchCoordtransformReferenceValues() {
        LonLat input = new LonLat(116.404, 39.915);

        LonLat bd = ChinaCoordinates.gcj02ToBd09(input);
        assertThat(bd.lon()).isCloseTo(116.41036949371029, within(1e-9));
        assertThat(bd.lat()).isCloseTo(39.92133699351021, within(1e-9));

        LonLat gcj = ChinaCoordinates.bd09ToGcj02(input);
        assertThat(gcj.lon()).isCloseTo(116.39762729119315, within(1e-9));
        assertThat(gcj.lat()).isCloseTo(39.90865673957631, within(1e-9));
    }

    @Test
    void roundTripsStayWithinOneMetreAcrossChina() {
        for (LonLat p : POINTS_IN_CHINA) {
            LonLat viaGcj = ChinaCoordinates.gcj02ToWgs84(ChinaCoordinates.wgs84ToGcj02(p));
            assertThat(metres(viaGcj, p)).as("WGS84->GCJ02->WGS84 %s", p).isLessThan(0.5);

            LonLat viaBd = ChinaCoordinates.bd09ToGcj02(ChinaCoordinates.gcj02ToBd09(p));
            assertThat(metres(viaBd, p)).as("GCJ02->BD09->GCJ02 %s", p).isLessThan(1.0);

            for (CoordinateSystem from : CoordinateSystem.values()) {
                for (CoordinateSystem to : CoordinateSystem.values()) {
                    LonLat back = ChinaCoordinates.convert(ChinaCoordinates.convert(p, from, to), to, from);
                    assertThat(metres(back, p))
                            .as("%s->%s->%s %s", from, to, from, p)
                            .isLessThan(1.0);
                }
            }
        }
    }

    @Test
    void gcj02OffsetInMeishanIsAFewHundredMetres() {
        LonLat seat = new LonLat(103.831553, 30.048128);
        double offset = metres(ChinaCoordinates.gcj02ToWgs84(seat), seat);
        assertThat(offset).isBetween(100.0, 800.0);
    }

    @Test
    void gcj02AndBd09EqualWgs84FarFromChinaInEveryDirection() {
        List<LonLat> abroad = List.of(
                new LonLat(2.3522, 48.8566),
                new LonLat(-74.006, 40.7128),
                new LonLat(139.6917, 35.6895),
                new LonLat(151.2093, -33.8688));
        for (LonLat p : abroad) {
            assertThat(ChinaCoordinates.outOfChina(p)).isTrue();
            for (CoordinateSystem from : CoordinateSystem.values()) {
                for (CoordinateSystem to : CoordinateSystem.values()) {
                    assertThat(ChinaCoordinates.convert(p, from, to))
                            .as("%s->%s %s", from, to, p)
                            .isEqualTo(p);
                }
            }
        }
    }

    @Test
    void convertingToTheSameSystemReturnsTheInput() {
        LonLat p = new LonLat(103.831553, 30.048128);
        for (CoordinateSystem system : CoordinateSystem.values()) {
            assertThat(ChinaCoordinates.convert(p, system, system)).isSameAs(p);
        }
    }

    private static double metres(LonLat a, LonLat b) {
        double lat = Math.toRadians((a.lat() + b.lat()) / 2);
        double dx = Math.toRadians(a.lon() - b.lon()) * Math.cos(lat);
        double dy = Math.toRadians(a.lat() - b.lat());
        return EARTH_RADIUS_M * Math.hypot(dx, dy);
    }
}
