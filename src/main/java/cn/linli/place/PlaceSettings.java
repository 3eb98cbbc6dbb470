package cn.linli.place;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param boundaryCacheSize       parsed boundary polygons kept in memory (the seed has about 1800 places with one)
 * @param pointTolerance          how far outside its place's boundary a record's point may lie, metres: boundaries
 *                                are drawn at map scale and a building on the edge may straddle it
 * @param pointRadiusWithoutBoundary how far from its place's own point a record's point may lie when the place has
 *                                no boundary, metres: about the size of a rural village (a rural grid's point lies up
 *                                to 4.4 km from its boundary in the seed)
 */
@ConfigurationProperties("linli.place")
public record PlaceSettings(
        @DefaultValue("4000") int boundaryCacheSize,
        @DefaultValue("500") int pointTolerance,
        @DefaultValue("5000") int pointRadiusWithoutBoundary) {}
