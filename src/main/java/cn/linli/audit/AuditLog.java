package cn.linli.audit;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.linli.api.paging.Connection;
import cn.linli.api.paging.PageRequest;
import cn.linli.graph.Cypher;

/** Writes audit entries (inside the write's own transaction) and reads them back, newest first. */
@Component
public class AuditLog {

    static final String RECORD = """
            CREATE (:AuditEntry {at: datetime.transaction('+08:00'), partner: $partner, mutation: $mutation,
                                 recordId: $recordId, clientMutationId: $clientMutationId, before: $before, after: $after})""";

    static final String LIST = """
            MATCH (a:AuditEntry)
            WHERE ($partner IS NULL OR a.partner = $partner) AND ($mutation IS NULL OR a.mutation = $mutation)
              AND ($recordId IS NULL OR a.recordId = $recordId)
              AND ($from IS NULL OR date(a.at) >= $from) AND ($to IS NULL OR date(a.at) <= $to)
            WITH a ORDER BY a.at DESC, elementId(a) DESC
            WITH collect(a) AS matched
            RETURN size(matched) AS total, matched[$offset..($offset + $fetch)] AS page""";

    private final Cypher cypher;

    public AuditLog(Cypher cypher) {
        this.cypher = cypher;
    }

    /** What one write did; {@code before} and {@code after} are the record's properties (null = absent). */
    public record Written(String partner, String mutation, String recordId, String clientMutationId,
            org.neo4j.driver.Value before, org.neo4j.driver.Value after) {
    }

    public void record(Cypher.Transaction tx, Written written) {
        Map<String, Object> params = new HashMap<>();
        params.put("partner", written.partner());
        params.put("mutation", written.mutation());
        params.put("recordId", written.recordId());
        params.put("clientMutationId", written.clientMutationId());
        params.put("before", AuditJson.of(written.before()));
        params.put("after", AuditJson.of(written.after()));
        tx.update(RECORD, params);
    }

    Connection<AuditEntry> list(AuditFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("partner", filter.partner());
        params.put("mutation", filter.mutation());
        params.put("recordId", filter.recordId());
        params.put("from", filter.from());
        params.put("to", filter.to());
        params.put("offset", page.offset());
        params.put("fetch", page.fetchSize());
        var row = cypher.read(LIST, params).get(0);
        return Connection.of(row.get("page").asList(AuditEntry::from), page, row.get("total").asLong());
    }
}
