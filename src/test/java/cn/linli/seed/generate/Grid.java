package cn.linli.seed.generate;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** A grid (网格) with its base data. */
record Grid(
        String code,
        String name,
        Area community,
        Point point,
        Geometry boundary,
        boolean urban,
        int households,
        int population,
        int partyMembers,
        int elderly,
        int children,
        String dutyPhone) {}
