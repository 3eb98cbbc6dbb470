package cn.linli.coverage;

/** What coverage needs of a grid: its center point (WGS-84) and the people living in it. */
public record GridPoint(String code, String name, double lon, double lat, long households, long population) {}
