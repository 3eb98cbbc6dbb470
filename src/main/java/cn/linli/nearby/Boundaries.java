package cn.linli.nearby;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import cn.linli.geo.GeoJson;
import cn.linli.geo.LonLat;
import cn.linli.place.PlaceQueries;

/**
 * Place boundaries (stored as WKT) parsed once and prepared for fast point-in-polygon tests, in a bounded cache
 * keyed by place code. Boundaries change only with a seed import, which restarts nothing here: entries expire
 * only by size.
 */
@Component
class Boundaries {

    private static final PreparedGeometry NONE = PreparedGeometryFactory.prepare(GeoJson.FACTORY.createPolygon());

    private final LoadingCache<String, PreparedGeometry> cache;

    Boundaries(PlaceQueries places, NearbySettings settings) {
        this.cache = Caffeine.newBuilder().maximumSize(settings.boundaryCacheSize())
                .build(new CacheLoader<>() {
                    @Override
                    public PreparedGeometry load(String code) {
                        return Boundaries.loadAll(places, List.of(code)).get(code);
                    }

                    @Override
                    public Map<String, PreparedGeometry> loadAll(Set<? extends String> codes) {
                        return Boundaries.loadAll(places, codes);
                    }
                });
    }

    private static Map<String, PreparedGeometry> loadAll(PlaceQueries places, Collection<? extends String> codes) {
        Map<String, String> wkt = places.boundaries(List.copyOf(codes));
        // A place without a boundary is cached as an empty polygon that contains nothing.
        return codes.stream().collect(Collectors.toMap(c -> c, c -> wkt.containsKey(c)
                ? PreparedGeometryFactory.prepare(GeoJson.parseWkt(wkt.get(c))) : NONE));
    }

    /** The first of {@code codes} (in their order) whose boundary contains the point; null when none does. */
    String firstContaining(List<String> codes, LonLat point) {
        Map<String, PreparedGeometry> polygons = cache.getAll(codes);
        Point p = point(point);
        return codes.stream().filter(code -> polygons.get(code).contains(p)).findFirst().orElse(null);
    }

    /** Metres from the point to the nearest point of the place's boundary; null when it has none. */
    Double metersTo(String code, LonLat point) {
        PreparedGeometry polygon = cache.get(code);
        if (polygon == NONE) {
            return null;
        }
        Coordinate nearest = DistanceOp.nearestPoints(polygon.getGeometry(), point(point))[0];
        return point.metersTo(new LonLat(nearest.x, nearest.y));
    }

    private static Point point(LonLat p) {
        return GeoJson.FACTORY.createPoint(new Coordinate(p.lon(), p.lat()));
    }
}
