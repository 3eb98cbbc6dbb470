package cn.linli.nearby;

import cn.linli.geo.ClientPositions;
import cn.linli.geo.CoordinateSystem;
import cn.linli.geo.LonLat;

/** A position as a map client sends it, in the client's coordinate system. */
public record LocationInput(Double lon, Double lat, CoordinateSystem crs) {

    /** The position in WGS-84 (what the graph stores), after checking the ranges; errors name {@code field.lon} etc. */
    public LonLat toWgs84(String field) {
        return ClientPositions.toWgs84(lon, lat, crs, field);
    }
}
