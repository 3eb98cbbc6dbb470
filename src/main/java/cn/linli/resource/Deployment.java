package cn.linli.resource;

import org.neo4j.driver.Value;

import cn.linli.place.Place;

/** A resource deployed to a grid (DEPLOYED_TO), since a date and possibly until one. */
public record Deployment(Resource resource, Place grid, String since, String until) {

    /** Maps a map value {resource, grid, since, until}. */
    public static Deployment from(Value row) {
        Value until = row.get("until");
        return new Deployment(Resource.from(row.get("resource")), Place.from(row.get("grid")),
                row.get("since").asLocalDate().toString(), until.isNull() ? null : until.asLocalDate().toString());
    }
}
