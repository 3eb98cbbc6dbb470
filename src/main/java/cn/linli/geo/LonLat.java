package cn.linli.geo;

/** A position in decimal degrees; which system it is in is up to the caller. */
public record LonLat(double lon, double lat) {
}
