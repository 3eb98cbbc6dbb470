package cn.linli.geo;

/** The coordinate systems a Chinese map client may send. Linli stores WGS-84. */
public enum CoordinateSystem {
    /** GPS, OpenStreetMap, the stored system. */
    WGS84,
    /** "Mars coordinates" used by Amap/Gaode and Tencent maps. */
    GCJ02,
    /** Baidu maps, an extra offset on top of GCJ-02. */
    BD09
}
