package cn.linli.nearby;

import cn.linli.api.errors.BadInputException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultRadius     radius of {@code nearby} when none is given, metres
 * @param maxRadius         largest radius accepted, metres
 * @param gridSearchRadius  how far from a point {@code whereAmI} looks for grids, metres; must exceed the largest
 *                          distance from a grid's point to its boundary (4.4 km in the seed's rural grids)
 * @param gridCandidates    grids nearest to the point tested for containment, at most
 */
@ConfigurationProperties("linli.nearby")
public record NearbySettings(
        @DefaultValue("1000") int defaultRadius,
        @DefaultValue("5000") int maxRadius,
        @DefaultValue("6000") int gridSearchRadius,
        @DefaultValue("64") int gridCandidates) {

    /** The radius asked for, or the default; BAD_USER_INPUT naming {@code radius} outside 1..{@code maxRadius}. */
    int radius(Integer asked) {
        int meters = asked == null ? defaultRadius : asked;
        if (meters <= 0 || meters > maxRadius) {
            throw new BadInputException(
                    "radius", "must be between 1 and " + maxRadius + " metres (got " + meters + ")");
        }
        return meters;
    }
}
