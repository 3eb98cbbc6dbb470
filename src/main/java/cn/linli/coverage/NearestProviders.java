package cn.linli.coverage;

import cn.linli.geo.GreatCircle;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An in-memory spatial index (JTS STR-tree, envelopes in degrees) of the providers of one kind, answering
 * "nearest provider to this point" with exact great-circle distances.
 *
 * <p>The search box starts at a given radius and doubles until it holds a candidate; then the box is
 * widened to the best candidate's distance once more, so that no provider outside it can be nearer.
 */
final class NearestProviders {

    /** Widens every search box a little: on the sphere the shortest path can bulge towards the pole. */
    private static final double BOX_MARGIN = 1.01;

    private static final double HALF_EQUATOR_METERS = Math.PI * GreatCircle.EARTH_RADIUS_METERS;

    private final STRtree tree = new STRtree();
    private final int size;

    NearestProviders(List<ProviderPoint> providers) {
        providers.forEach(p -> tree.insert(new Envelope(p.lon(), p.lon(), p.lat(), p.lat()), p));
        tree.build();
        this.size = providers.size();
    }

    /** The nearest provider to (lon, lat); empty only when there is no provider at all. */
    Optional<Nearest> nearest(double lon, double lat, double startRadiusMeters) {
        if (size == 0) {
            return Optional.empty();
        }
        double radius = Math.max(1.0, startRadiusMeters);
        Optional<Nearest> best = closestWithin(lon, lat, radius);
        while (best.isEmpty() && radius < HALF_EQUATOR_METERS) {
            radius *= 2;
            best = closestWithin(lon, lat, radius);
        }
        if (best.isPresent() && best.get().meters() > radius) {
            // the box's corners reach beyond its radius: a provider just outside the box may be nearer
            best = closestWithin(lon, lat, best.get().meters());
        }
        return best;
    }

    /** Providers inside the box around (lon, lat) reaching at least {@code meters} in every direction. */
    @SuppressWarnings("unchecked")
    List<ProviderPoint> around(double lon, double lat, double meters) {
        double dLat = GreatCircle.latitudeDegrees(meters) * BOX_MARGIN;
        double dLon = GreatCircle.longitudeDegrees(meters, lat) * BOX_MARGIN;
        return tree.query(new Envelope(lon - dLon, lon + dLon, lat - dLat, lat + dLat));
    }

    private Optional<Nearest> closestWithin(double lon, double lat, double meters) {
        Nearest best = null;
        for (ProviderPoint p : around(lon, lat, meters)) {
            double d = GreatCircle.meters(lon, lat, p.lon(), p.lat());
            if (best == null
                    || d < best.meters()
                    || (d == best.meters() && p.key().compareTo(best.providerKey()) < 0)) {
                best = new Nearest(p.key(), d);
            }
        }
        return Optional.ofNullable(best);
    }
}
