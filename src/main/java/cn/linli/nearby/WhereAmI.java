package cn.linli.nearby;

import cn.linli.geo.LonLat;
import cn.linli.place.Place;
import java.util.ArrayList;
import java.util.List;

/**
 * The places around a point (WGS-84). {@code grid} contains the point when {@code exact}; otherwise it is the
 * grid with the nearest boundary, {@code distanceMeters} away (null when no grid is near). The community, town
 * and district contain the point, or are null where the point lies outside them.
 */
public record WhereAmI(
        LonLat point, Place grid, boolean exact, Integer distanceMeters, Place community, Place town, Place district) {

    /** Places whose servers serve the point: the grid it lies in and its community. */
    List<String> servedPlaces() {
        List<String> codes = new ArrayList<>();
        if (exact) {
            codes.add(grid.code());
        }
        if (community != null) {
            codes.add(community.code());
        }
        return codes;
    }
}
