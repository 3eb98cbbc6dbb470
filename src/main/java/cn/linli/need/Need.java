package cn.linli.need;

import static cn.linli.seed.Column.Type.DATETIME;
import static cn.linli.seed.Column.Type.TEXT;
import static cn.linli.seed.Column.oneOf;
import static cn.linli.seed.Column.optional;
import static cn.linli.seed.Column.required;

import cn.linli.api.GlobalId;
import cn.linli.api.Provenance;
import cn.linli.api.Timestamps;
import cn.linli.provider.ServiceCategory;
import cn.linli.seed.Properties;
import cn.linli.seed.Property;
import org.neo4j.driver.Value;

/** 需求 / 微心愿: raised in a grid, then dispatched, claimed, completed and followed up. */
public record Need(
        String key,
        String title,
        String category,
        NeedStatus status,
        String gridCode,
        String raisedAt,
        String dispatchedAt,
        String claimedAt,
        String completedAt,
        String followedUpAt,
        String claimedByKey,
        Provenance provenance,
        String createdAt,
        String updatedAt) {

    /**
     * What a need node stores beside its {@code id} and provenance: needs.csv's columns (with {@code claimed_by}, the
     * CLAIMED_BY edge), and raiseNeed's SET. The steps stamp their times by {@link NeedStep#stamp()}.
     */
    static final Properties PROPERTIES = Properties.of(
            Property.of(required("title", TEXT)),
            Property.of(oneOf("category", true, ServiceCategory.class)),
            Property.of("gridCode", required("grid_code", TEXT)),
            Property.of(oneOf("status", true, NeedStatus.class)),
            Property.of("raisedAt", required("raised_at", DATETIME)),
            Property.of("dispatchedAt", optional("dispatched_at", DATETIME)),
            Property.edgeOnly(optional("claimed_by", TEXT)),
            Property.of("claimedAt", optional("claimed_at", DATETIME)),
            Property.of("completedAt", optional("completed_at", DATETIME)),
            Property.of("followedUpAt", optional("followed_up_at", DATETIME)));

    /** Cypher projection of a need node {@code n}: what {@link #from} reads, with the id of the provider that claimed it. */
    public static final String PROJECTION = projection("head([(n)-[:CLAIMED_BY]->(c:Provider) | c.id])");

    /**
     * {@link #PROJECTION} with the claimant's id given as {@code claimedBy}, a Cypher expression: Neo4j 5.26 fails to
     * plan a pattern over {@code n} where an index has already read one of its properties (the change feed's
     * {@code n.seq}), so the feed matches the claimant itself.
     */
    public static String projection(String claimedBy) {
        return "n {.*, claimedBy: " + claimedBy + "}";
    }

    public String id() {
        return GlobalId.of("Need", key);
    }

    public NeedStatus nextStatus() {
        return status.next();
    }

    /** Maps a {@link #PROJECTION} value. */
    public static Need from(Value n) {
        return new Need(
                n.get("id").asString(),
                n.get("title").asString(),
                n.get("category").asString(),
                NeedStatus.valueOf(n.get("status").asString()),
                n.get("gridCode").asString(),
                time(n.get("raisedAt")),
                time(n.get("dispatchedAt")),
                time(n.get("claimedAt")),
                time(n.get("completedAt")),
                time(n.get("followedUpAt")),
                n.get("claimedBy").asString(null),
                Provenance.fromStored(n.get("provenance").asString(null)),
                time(n.get("createdAt")),
                time(n.get("updatedAt")));
    }

    private static String time(Value value) {
        return Timestamps.iso(value);
    }
}
