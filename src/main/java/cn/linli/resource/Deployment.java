package cn.linli.resource;

import cn.linli.api.GlobalId;
import cn.linli.api.Timestamps;
import cn.linli.place.Place;
import org.neo4j.driver.Value;

/** A resource deployed to a grid (DEPLOYED_TO), since a date and possibly until one. */
public record Deployment(
        Resource resource, Place grid, String since, String until, String createdAt, String updatedAt) {

    /**
     * A deployment's global id: its resource's key and its grid's code, e.g. {@code Deployment:res-01/511402001001-03}
     * (a resource is deployed to a grid once; a withdrawn deployment that starts again is the same record).
     */
    public static String id(String resourceKey, String gridCode) {
        return GlobalId.of("Deployment", resourceKey + "/" + gridCode);
    }

    public String id() {
        return id(resource.key(), grid.code());
    }

    /** Maps a map value {resource, grid, since, until, createdAt, updatedAt}. */
    public static Deployment from(Value row) {
        Value until = row.get("until");
        return new Deployment(
                Resource.from(row.get("resource")),
                Place.from(row.get("grid")),
                row.get("since").asLocalDate().toString(),
                until.isNull() ? null : until.asLocalDate().toString(),
                Timestamps.iso(row.get("createdAt")),
                Timestamps.iso(row.get("updatedAt")));
    }
}
