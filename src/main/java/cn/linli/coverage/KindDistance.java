package cn.linli.coverage;

/** How far the nearest provider of one kind is from a grid's center; null key and distance when none exists. */
public record KindDistance(String kind, String nearestKey, Double distance) {}
