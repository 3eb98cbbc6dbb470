package cn.linli.seed.generate;

import org.locationtech.jts.geom.Point;

/** Where a provider is: its point, LOCATED_IN place code, postal address and home community (null at district level). */
record Site(Point point, String placeCode, String address, Area community) {}
