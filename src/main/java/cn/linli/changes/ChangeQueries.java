package cn.linli.changes;

import cn.linli.api.Timestamps;
import cn.linli.event.DutyRegistration;
import cn.linli.event.Event;
import cn.linli.graph.Cypher;
import cn.linli.need.Need;
import cn.linli.place.Place;
import cn.linli.provider.Provider;
import cn.linli.provider.ServiceItem;
import cn.linli.resource.Deployment;
import cn.linli.resource.Resource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * The Cypher of the change feed: records (and tombstones) stamped after a cursor (graph.ChangeLog), in the order
 * (change number, global id).
 *
 * <p>Each kind of record is read by a query of its own from its own {@code seq} index (GraphSchema), from the cursor's
 * number on and in number order, cut to a page; the pages are merged here in the feed's order. A page reads at most a
 * page per kind plus the records that share the cursor's own number (one write's, at most one seed file's), however far
 * the consumer is. One query per kind rather than one UNION of them all: the UNION's first planning took 2-4 s of the
 * 10 s query bound (docs/PERFORMANCE.md, "The change feed's first call"), each small query plans in milliseconds.
 *
 * <p>The kinds are read one after the other, not in one snapshot (Neo4j reads committed data), so every query stops at
 * the change number read first ({@link #LAST}): a write committed between two of them has a higher number and waits for
 * the next page, rather than putting its record of one kind in this page and leaving its record of another behind the
 * cursor.
 */
@Component
class ChangeQueries {

    /** The last change number committed: numbers are handed out in commit order (ChangeLog), so all below it are in. */
    static final String LAST = "OPTIONAL MATCH (c:ChangeCounter {id: 'changes'}) RETURN coalesce(c.seq, 0) AS seq";

    /**
     * One kind of record after the cursor: {@code match} binds {@code variables}, among them {@code stamped}, the node or
     * relationship that carries the stamps, whose {@code seq} index {@code index} names (e.g. {@code n:Place}); {@code id},
     * {@code type}, {@code ended} and {@code record} are read from them, {@code then} runs on the page's rows first. The
     * page is cut before the records are projected, so only its rows are read whole. The index is named: left to its
     * statistics, the planner may scan a small index from its start rather than seek from the cursor, which would cost
     * more the further the consumer is.
     */
    private static String after(
            String match,
            String variables,
            String stamped,
            String index,
            String id,
            String type,
            String ended,
            String then,
            String record) {
        return """
                %1$s USING INDEX %4$s(seq) WHERE %3$s.seq >= $seq AND %3$s.seq <= $last
                WITH %2$s, %3$s.seq AS seq, %5$s AS id
                WHERE seq > $seq OR id > $id
                WITH %2$s, seq, id ORDER BY seq, id LIMIT $fetch%8$s
                RETURN seq, id, %6$s AS type, %3$s.createdAt AS createdAt, %3$s.updatedAt AS at,
                       %7$s AS ended, %9$s AS record""".formatted(match, variables, stamped, index, id, type, ended, then, record);
    }

    private static String node(String label, String record) {
        return after(
                "MATCH (n:" + label + ")",
                "n",
                "n",
                "n:" + label,
                "'" + label + ":' + n.id",
                "'" + label + "'",
                "false",
                "",
                record);
    }

    /** The query of each kind of record, each answering up to {@code $fetch} rows in feed order. */
    static final List<String> KINDS = List.of(
            // a place's type is its level's label (City ... Grid), beside Place
            after(
                    "MATCH (n:Place)",
                    "n",
                    "n",
                    "n:Place",
                    "head([l IN labels(n) WHERE l <> 'Place']) + ':' + n.code",
                    "head([l IN labels(n) WHERE l <> 'Place'])",
                    "false",
                    "",
                    "n" + Place.FIELDS),
            node("Provider", "n"),
            node("ServiceItem", "n"),
            node("Resource", "n"),
            // the claimant is matched here, not in the projection's pattern (see Need.projection)
            after(
                    "MATCH (n:Need)",
                    "n",
                    "n",
                    "n:Need",
                    "'Need:' + n.id",
                    "'Need'",
                    "false",
                    """

                    CALL (n) {
                        OPTIONAL MATCH (n)-[:CLAIMED_BY]->(c:Provider)
                        RETURN c.id AS claimant LIMIT 1
                    }""",
                    Need.projection("claimant")),
            node("Event", Event.PROJECTION),
            after(
                    "MATCH (r:Resource)-[d:DEPLOYED_TO]->(g:Grid)",
                    "r, d, g",
                    "d",
                    "d:DEPLOYED_TO",
                    "'Deployment:' + r.id + '/' + g.code",
                    "'Deployment'",
                    "d.until IS NOT NULL",
                    "",
                    Deployment.PROJECTION),
            after(
                    "MATCH (d:Provider)-[r:REPORTS_FOR]->(x:Place)",
                    "d, r, x",
                    "r",
                    "r:REPORTS_FOR",
                    "'DutyRegistration:' + d.id + '/' + x.code",
                    "'DutyRegistration'",
                    "false",
                    "",
                    DutyRegistration.PROJECTION),
            """
            MATCH (t:Tombstone) USING INDEX t:Tombstone(seq) WHERE t.seq >= $seq AND t.seq <= $last
            WITH t WHERE t.seq > $seq OR t.id > $id
            RETURN t.seq AS seq, t.id AS id, t.type AS type, null AS createdAt, t.at AS at, false AS ended, null AS record
            ORDER BY seq, id LIMIT $fetch""");

    /** The feed's order: by change number, then global id as Cypher orders strings (by code point). */
    static final Comparator<Record> FEED_ORDER = Comparator.<Record>comparingLong(
                    row -> row.get("seq").asLong())
            .thenComparing(row -> row.get("id").asString(), ChangeQueries::byCodePoint);

    private final Cypher cypher;

    ChangeQueries(Cypher cypher) {
        this.cypher = cypher;
    }

    /** Up to {@code fetch} entries after {@code cursor}, in feed order. */
    List<Change> after(ChangeCursor cursor, int fetch) {
        long last = cypher.read(LAST, Map.of()).get(0).get("seq").asLong();
        Map<String, Object> params = Map.of("seq", cursor.seq(), "id", cursor.id(), "fetch", fetch, "last", last);
        List<Record> rows = new ArrayList<>();
        for (String kind : KINDS) {
            rows.addAll(cypher.read(kind, params));
        }
        return rows.stream()
                .sorted(FEED_ORDER)
                .limit(fetch)
                .map(ChangeQueries::change)
                .toList();
    }

    private static int byCodePoint(String a, String b) {
        return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    private static Change change(Record row) {
        String type = row.get("type").asString();
        Value record = row.get("record");
        ChangeKind kind;
        if (record.isNull()) {
            kind = ChangeKind.DELETED;
        } else if (row.get("ended").asBoolean()) {
            kind = ChangeKind.WITHDRAWN;
        } else if (row.get("createdAt").equals(row.get("at"))) {
            kind = ChangeKind.ADDED;
        } else {
            kind = ChangeKind.CHANGED;
        }
        return new Change(
                row.get("id").asString(),
                type,
                kind,
                Timestamps.iso(row.get("at")),
                record.isNull() ? null : read(type, record),
                row.get("seq").asLong());
    }

    /** The record as its own feature reads it, so that the feed's {@code record} answers every field its type has. */
    private static Object read(String type, Value record) {
        return switch (type) {
            case "Provider" -> Provider.from(record);
            case "ServiceItem" -> ServiceItem.from(record);
            case "Resource" -> Resource.from(record);
            case "Need" -> Need.from(record);
            case "Event" -> Event.from(record);
            case "Deployment" -> Deployment.from(record);
            case "DutyRegistration" -> DutyRegistration.from(record);
            default -> Place.from(record);
        };
    }
}
