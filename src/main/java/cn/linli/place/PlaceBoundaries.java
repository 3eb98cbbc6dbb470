package cn.linli.place;

import cn.linli.api.errors.BadInputException;
import cn.linli.geo.GeoJson;
import cn.linli.geo.GreatCircle;
import cn.linli.geo.LonLat;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.springframework.stereotype.Component;

/**
 * Place boundaries (stored as WKT) parsed once and prepared for fast point-in-polygon tests, in a bounded cache
 * keyed by place code ({@code linli.place.boundary-cache-size}). Boundaries change only with a seed import, which
 * restarts nothing here: entries expire only by size. Used by whereAmI (which place holds a point) and by every write
 * that carries a point (does the point lie in the record's place, {@link #checkPoint}).
 */
@Component
public class PlaceBoundaries {

    private static final PreparedGeometry NONE = PreparedGeometryFactory.prepare(GeoJson.FACTORY.createPolygon());

    private final LoadingCache<String, PreparedGeometry> cache;
    private final PlaceSettings settings;

    PlaceBoundaries(PlaceQueries places, PlaceSettings settings) {
        this.settings = settings;
        this.cache = Caffeine.newBuilder()
                .maximumSize(settings.boundaryCacheSize())
                .build(new CacheLoader<>() {
                    @Override
                    public PreparedGeometry load(String code) {
                        return PlaceBoundaries.loadAll(places, List.of(code)).get(code);
                    }

                    @Override
                    public Map<String, PreparedGeometry> loadAll(Set<? extends String> codes) {
                        return PlaceBoundaries.loadAll(places, codes);
                    }
                });
    }

    private static Map<String, PreparedGeometry> loadAll(PlaceQueries places, Collection<? extends String> codes) {
        Map<String, String> wkt = places.boundaries(List.copyOf(codes));
        // A place without a boundary is cached as an empty polygon that contains nothing.
        return codes.stream()
                .collect(Collectors.toMap(
                        c -> c,
                        c -> wkt.containsKey(c)
                                ? PreparedGeometryFactory.prepare(GeoJson.parseWkt(wkt.get(c)))
                                : NONE));
    }

    /** The first of {@code codes} (in their order) whose boundary contains the point; null when none does. */
    public String firstContaining(List<String> codes, LonLat point) {
        Map<String, PreparedGeometry> polygons = cache.getAll(codes);
        Point p = point(point);
        return codes.stream()
                .filter(code -> polygons.get(code).contains(p))
                .findFirst()
                .orElse(null);
    }

    /** Metres from the point to the nearest point of the place's boundary; null when it has none. */
    public Double metersTo(String code, LonLat point) {
        PreparedGeometry polygon = cache.get(code);
        if (polygon == NONE) {
            return null;
        }
        Coordinate nearest = DistanceOp.nearestPoints(polygon.getGeometry(), point(point))[0];
        return point.metersTo(new LonLat(nearest.x, nearest.y));
    }

    /**
     * A record's point must agree with its place: inside the place's boundary or within
     * {@code linli.place.point-tolerance} (500 m) of it; for a place without a boundary, within
     * {@code linli.place.point-radius-without-boundary} (5 km) of the place's own point. Otherwise BAD_USER_INPUT on
     * {@code field}, naming the place and how far the point lies from it.
     */
    public void checkPoint(Place place, LonLat point, String field) {
        PreparedGeometry polygon = cache.get(place.code());
        String at = "(" + round(point.lon()) + ", " + round(point.lat()) + " in WGS-84)";
        if (polygon == NONE) {
            double meters = point.metersTo(new LonLat(place.lon(), place.lat()));
            if (meters > settings.pointRadiusWithoutBoundary()) {
                throw new BadInputException(
                        field,
                        at + " lies " + Math.round(meters) + " m from the point of " + place.code()
                                + " " + place.name() + ", which has no boundary; a record's point must lie within "
                                + settings.pointRadiusWithoutBoundary() + " m of it");
            }
            return;
        }
        if (polygon.covers(point(point))) {
            return;
        }
        double meters = metersOutside(polygon.getGeometry(), point);
        if (meters > settings.pointTolerance()) {
            throw new BadInputException(
                    field,
                    at + " lies " + Math.round(meters) + " m outside " + place.code() + " "
                            + place.name() + "; a record's point must lie in its place or within "
                            + settings.pointTolerance()
                            + " m of its boundary");
        }
    }

    /**
     * Metres from a point outside the polygon to it, measured in a plane tangent at the point (longitudes scaled by
     * the cosine of its latitude): true to well under 1 % over the tens of kilometres a place spans.
     */
    private static double metersOutside(Geometry polygon, LonLat point) {
        double scale = Math.cos(Math.toRadians(point.lat()));
        Geometry local = polygon.copy();
        local.apply((CoordinateFilter) c -> c.x = (c.x - point.lon()) * scale);
        local.geometryChanged();
        double degrees = DistanceOp.distance(local, GeoJson.FACTORY.createPoint(new Coordinate(0, point.lat())));
        return Math.toRadians(degrees) * GreatCircle.EARTH_RADIUS_METERS;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    private static Point point(LonLat p) {
        return GeoJson.FACTORY.createPoint(new Coordinate(p.lon(), p.lat()));
    }
}
