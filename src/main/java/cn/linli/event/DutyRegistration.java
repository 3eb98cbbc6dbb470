package cn.linli.event;

import cn.linli.api.GlobalId;
import cn.linli.api.Provenance;
import cn.linli.api.Timestamps;
import cn.linli.place.Place;
import cn.linli.provider.Provider;
import org.neo4j.driver.Value;

/**
 * 部门报到: a department registered to answer a community's or grid's whistles, the relationship
 * {@code (d:Provider)-[r:REPORTS_FOR]->(x:Place)}. A record of its own (like a deployment), dated on the relationship,
 * so that the change feed and the export date it.
 */
public record DutyRegistration(
        Provider department, Place place, Provenance provenance, String createdAt, String updatedAt) {

    /** Map projection of registration {@code r} of department {@code d} for place {@code x}: what {@link #from} reads. */
    public static final String PROJECTION = "{department: d, place: x" + Place.FIELDS
            + ", provenance: r.provenance, createdAt: r.createdAt, updatedAt: r.updatedAt}";

    /** Its key: the department's id and the place's code, e.g. {@code dept-08/511402001001} (a code holds no '/'). */
    static String key(String department, String place) {
        return department + "/" + place;
    }

    public String id() {
        return GlobalId.of("DutyRegistration", key(department.key(), place.code()));
    }

    /** Maps a {@link #PROJECTION} value. */
    public static DutyRegistration from(Value row) {
        return new DutyRegistration(
                Provider.from(row.get("department")),
                Place.from(row.get("place")),
                Provenance.fromStored(row.get("provenance").asString(null)),
                Timestamps.iso(row.get("createdAt")),
                Timestamps.iso(row.get("updatedAt")));
    }
}
