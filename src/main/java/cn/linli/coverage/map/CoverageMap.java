package cn.linli.coverage.map;

import cn.linli.api.GlobalId;
import cn.linli.api.errors.BadInputException;
import cn.linli.coverage.CoverageAnalysis;
import cn.linli.coverage.CoverageFigure;
import cn.linli.coverage.CoverageReport;
import cn.linli.coverage.CoverageSettings;
import cn.linli.coverage.CoverageTotals;
import cn.linli.coverage.GridCoverage;
import cn.linli.geo.CoordinateSystem;
import cn.linli.geo.GeoJson;
import cn.linli.place.PlaceQueries;
import cn.linli.provider.Provider;
import cn.linli.provider.ProviderQueries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

/**
 * A coverage report as a GeoJSON FeatureCollection: one Polygon feature per grid (its boundary) with its
 * coverage figures, and one Point feature per provider of the kind near the grids (within the radius of
 * some grid's center, or nearest to some grid). Foreign members {@code place, kind, radius, crs, totals}
 * describe the whole.
 */
@Component
class CoverageMap {

    private final CoverageAnalysis analysis;
    private final PlaceQueries places;
    private final ProviderQueries providers;
    private final CoverageSettings settings;

    CoverageMap(CoverageAnalysis analysis, PlaceQueries places, ProviderQueries providers, CoverageSettings settings) {
        this.analysis = analysis;
        this.places = places;
        this.providers = providers;
        this.settings = settings;
    }

    Map<String, Object> featureCollection(String place, String kind, Integer radius, CoordinateSystem crs) {
        CoverageReport report = analysis.coverage(place, kind, radius);
        if (report.grids().size() > settings.mapMaxGrids()) {
            throw new BadInputException(
                    "place",
                    "holds " + report.grids().size() + " grids; a map draws at most " + settings.mapMaxGrids()
                            + ": choose a place further down");
        }
        Map<String, String> boundaries = places.boundaries(
                report.grids().stream().map(g -> g.point().code()).toList());
        List<Object> features = new ArrayList<>();
        for (GridCoverage grid : report.grids()) {
            String wkt = boundaries.get(grid.point().code());
            // a grid without a known boundary is still drawn, as its center point
            Geometry shape =
                    wkt == null ? point(grid.point().lon(), grid.point().lat()) : GeoJson.parseWkt(wkt);
            features.add(feature(GeoJson.geometry(shape, crs), gridProperties(grid)));
        }
        Set<String> shown = new LinkedHashSet<>(analysis.providersNear(report));
        report.grids().stream()
                .map(GridCoverage::nearestKey)
                .filter(Objects::nonNull)
                .forEach(shown::add);
        for (Provider p : shown.isEmpty() ? List.<Provider>of() : providers.byKeys(List.copyOf(shown))) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("type", "provider");
            properties.put("id", p.id());
            properties.put("name", p.name());
            properties.put("kind", p.kind());
            properties.put("level", p.level());
            features.add(feature(GeoJson.geometry(point(p.lon(), p.lat()), crs), properties));
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("place", report.placeCode());
        collection.put("kind", report.kind());
        collection.put("radius", report.radius());
        collection.put("crs", crs.name());
        collection.put("totals", totals(report.totals()));
        collection.put("features", features);
        return collection;
    }

    private static Map<String, Object> gridProperties(GridCoverage grid) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", "grid");
        properties.put("code", grid.point().code());
        properties.put("name", grid.point().name());
        properties.put("covered", grid.covered());
        properties.put("nearestDistance", grid.distance());
        properties.put(
                "nearestProvider", grid.nearestKey() == null ? null : GlobalId.of("Provider", grid.nearestKey()));
        properties.put("households", grid.point().households());
        properties.put("population", grid.point().population());
        return properties;
    }

    private static Map<String, Object> totals(CoverageTotals totals) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("grids", figure(totals.grids()));
        json.put("households", figure(totals.households()));
        json.put("population", figure(totals.population()));
        return json;
    }

    private static Map<String, Object> figure(CoverageFigure figure) {
        return Map.of("total", figure.total(), "covered", figure.covered(), "percent", figure.percent());
    }

    private static Geometry point(double lon, double lat) {
        return GeoJson.FACTORY.createPoint(new Coordinate(lon, lat));
    }

    private static Map<String, Object> feature(Map<String, Object> geometry, Map<String, Object> properties) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", geometry);
        feature.put("properties", properties);
        return feature;
    }
}
