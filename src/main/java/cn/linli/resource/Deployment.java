package cn.linli.resource;

import cn.linli.api.GlobalId;
import cn.linli.api.Timestamps;
import cn.linli.place.Place;
import org.neo4j.driver.Value;

/** A resource deployed to a grid (DEPLOYED_TO), since a date and possibly until one. */
public record Deployment(
        Resource resource, Place grid, String since, String until, String createdAt, String updatedAt) {

    /**
     * Map projection of deployment {@code d} of resource {@code r} to grid {@code g}: what {@link #from} reads (the
     * resource's {@link Resource#FIELDS}, the grid without its boundary, {@link Place#FIELDS}).
     */
    public static final String PROJECTION = "{resource: r" + Resource.FIELDS + ", grid: g" + Place.FIELDS
            + ", since: d.since, until: d.until, createdAt: d.createdAt, updatedAt: d.updatedAt}";

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

    /** Maps a {@link #PROJECTION} value. */
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
