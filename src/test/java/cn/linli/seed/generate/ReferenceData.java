package cn.linli.seed.generate;

import cn.linli.geo.ChinaCoordinates;
import cn.linli.geo.LonLat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** The official inputs under seed/reference/, already converted to WGS-84. */
record ReferenceData(List<DistrictRef> districts, List<TownRef> towns, List<VillageRef> villages) {

    record DistrictRef(String code, String name, Point seat, Geometry boundary) {}

    record TownRef(String code, String name, String districtCode) {}

    record VillageRef(String code, String officialName, String townCode, boolean community) {

        /** 庄店社区居民委员会 → 庄店社区, 五圣村民委员会 → 五圣村, 府河居民委员会 → 府河社区. */
        String shortName() {
            if (officialName.endsWith("村民委员会")) {
                return officialName.substring(0, officialName.length() - "民委员会".length());
            }
            String stem = officialName.replace("居民委员会", "");
            return stem.endsWith("社区") ? stem : stem + "社区";
        }
    }

    static ReferenceData load(Path folder) throws IOException {
        Map<String, Geometry> boundaries =
                DistrictBoundaries.read(folder.resolve("meishan_districts_boundaries_gcj02.geojson"));
        List<DistrictRef> districts = new ArrayList<>();
        for (Map<String, String> row : CsvReader.read(folder.resolve("centroids.csv"))) {
            if (row.get("point_type").equals("seat_center")) {
                LonLat wgs = ChinaCoordinates.gcj02ToWgs84(
                        new LonLat(Double.parseDouble(row.get("lon")), Double.parseDouble(row.get("lat"))));
                districts.add(new DistrictRef(
                        row.get("code"),
                        row.get("name"),
                        PlaceLayout.point(wgs.lon(), wgs.lat()),
                        boundaries.get(row.get("code"))));
            }
        }
        List<TownRef> towns = new ArrayList<>();
        for (Map<String, String> row : CsvReader.read(folder.resolve("towns.csv"))) {
            towns.add(new TownRef(row.get("code"), row.get("name"), row.get("district_code")));
        }
        List<VillageRef> villages = new ArrayList<>();
        for (Map<String, String> row : CsvReader.read(folder.resolve("villages.csv"))) {
            villages.add(new VillageRef(
                    row.get("code"),
                    row.get("name"),
                    row.get("town_code"),
                    row.get("kind_from_name").equals("community")));
        }
        return new ReferenceData(districts, towns, villages);
    }

    Map<String, List<TownRef>> townsByDistrict() {
        Map<String, List<TownRef>> byDistrict = new LinkedHashMap<>();
        towns.forEach(t -> byDistrict
                .computeIfAbsent(t.districtCode(), k -> new ArrayList<>())
                .add(t));
        return byDistrict;
    }

    Map<String, List<VillageRef>> villagesByTown() {
        Map<String, List<VillageRef>> byTown = new LinkedHashMap<>();
        villages.forEach(v ->
                byTown.computeIfAbsent(v.townCode(), k -> new ArrayList<>()).add(v));
        return byTown;
    }
}
