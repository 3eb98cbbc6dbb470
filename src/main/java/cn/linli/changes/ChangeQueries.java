package cn.linli.changes;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import cn.linli.api.Timestamps;
import cn.linli.graph.Cypher;
import cn.linli.need.Need;
import cn.linli.place.Place;
import cn.linli.provider.Provider;
import cn.linli.provider.ServiceItem;
import cn.linli.resource.Deployment;
import cn.linli.resource.Resource;

/**
 * The Cypher of the change feed: records (and tombstones) stamped after a cursor (graph.ChangeLog), in the order
 * (change number, global id).
 *
 * <p>Each kind of record is read from its own {@code seq} index (GraphSchema), from the cursor's number on and in
 * number order, and cut to a page before the kinds are merged: a page reads at most a page per kind plus the records
 * that share the cursor's own number (one write's, at most one seed file's), however far the consumer is.
 */
@Component
class ChangeQueries {

    /** One kind of record after the cursor: {@code where} binds {@code n} (and what else its projection needs) and {@code id}. */
    private static String after(String match, String stamped, String id, String type, String ended, String record) {
        return """
                %1$s WHERE %2$s.seq >= $seq
                WITH *, %3$s AS id
                WHERE %2$s.seq > $seq OR id > $id
                RETURN %2$s.seq AS seq, id, %4$s AS type, %2$s.createdAt AS createdAt, %2$s.updatedAt AS at,
                       %5$s AS ended, %6$s AS record
                ORDER BY seq, id LIMIT $fetch""".formatted(match, stamped, id, type, ended, record);
    }

    private static String node(String label, String record) {
        return after("MATCH (n:" + label + ")", "n", "'" + label + ":' + n.id", "'" + label + "'", "false", record);
    }

    static final String CHANGES = """
            CALL () {
            %s
            UNION ALL
            %s
            UNION ALL
            %s
            UNION ALL
            %s
            UNION ALL
            %s
            UNION ALL
            %s
            UNION ALL
            MATCH (t:Tombstone) WHERE t.seq >= $seq
            WITH t WHERE t.seq > $seq OR t.id > $id
            RETURN t.seq AS seq, t.id AS id, t.type AS type, null AS createdAt, t.at AS at, false AS ended, null AS record
            ORDER BY seq, id LIMIT $fetch
            }
            RETURN seq, id, type, createdAt, at, ended, record
            ORDER BY seq, id LIMIT $fetch""".formatted(
            // a place's type is its level's label (City ... Grid), beside Place
            after("MATCH (n:Place)", "n", "head([l IN labels(n) WHERE l <> 'Place']) + ':' + n.code",
                    "head([l IN labels(n) WHERE l <> 'Place'])", "false", "n" + Place.FIELDS),
            node("Provider", "n"), node("ServiceItem", "n"), node("Resource", "n"), node("Need", Need.PROJECTION),
            after("MATCH (r:Resource)-[d:DEPLOYED_TO]->(g:Grid)", "d", "'Deployment:' + r.id + '/' + g.code",
                    "'Deployment'", "d.until IS NOT NULL", """
                    {resource: r, grid: g%s, since: d.since, until: d.until, createdAt: d.createdAt,
                           updatedAt: d.updatedAt}""".formatted(Place.FIELDS)));

    private final Cypher cypher;

    ChangeQueries(Cypher cypher) {
        this.cypher = cypher;
    }

    /** Up to {@code fetch} entries after {@code cursor}, in feed order. */
    List<Change> after(ChangeCursor cursor, int fetch) {
        return cypher.read(CHANGES, Map.of("seq", cursor.seq(), "id", cursor.id(), "fetch", fetch)).stream()
                .map(ChangeQueries::change).toList();
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
        return new Change(row.get("id").asString(), type, kind, Timestamps.iso(row.get("at")),
                record.isNull() ? null : read(type, record), row.get("seq").asLong());
    }

    /** The record as its own feature reads it, so that the feed's {@code record} answers every field its type has. */
    private static Object read(String type, Value record) {
        return switch (type) {
            case "Provider" -> Provider.from(record);
            case "ServiceItem" -> ServiceItem.from(record);
            case "Resource" -> Resource.from(record);
            case "Need" -> Need.from(record);
            case "Deployment" -> Deployment.from(record);
            default -> Place.from(record);
        };
    }
}
