package cn.linli.need;

import java.time.format.DateTimeFormatter;

import org.neo4j.driver.Value;

import cn.linli.api.GlobalId;
import cn.linli.api.Provenance;

/** 需求 / 微心愿: raised in a grid, then dispatched, claimed, completed and followed up. */
public record Need(String key, String title, String category, NeedStatus status, String gridCode, String raisedAt,
        String dispatchedAt, String claimedAt, String completedAt, String followedUpAt, String claimedByKey,
        Provenance provenance) {

    /** Cypher projection of a need node {@code n}, with the id of the provider that claimed it. */
    static final String PROJECTION = "n {.*, claimedBy: head([(n)-[:CLAIMED_BY]->(c:Provider) | c.id])}";

    public String id() {
        return GlobalId.of("Need", key);
    }

    public NeedStatus nextStatus() {
        return status.next();
    }

    /** Maps a {@link #PROJECTION} value. */
    static Need from(Value n) {
        return new Need(n.get("id").asString(), n.get("title").asString(), n.get("category").asString(),
                NeedStatus.valueOf(n.get("status").asString()), n.get("gridCode").asString(), time(n.get("raisedAt")),
                time(n.get("dispatchedAt")), time(n.get("claimedAt")), time(n.get("completedAt")),
                time(n.get("followedUpAt")), n.get("claimedBy").asString(null),
                Provenance.fromStored(n.get("provenance").asString(null)));
    }

    private static String time(Value value) {
        return value.isNull() ? null : value.asZonedDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
