package cn.linli.audit;

import cn.linli.api.paging.Connection;
import cn.linli.api.paging.KeyType;
import cn.linli.api.paging.ListOrder;
import cn.linli.api.paging.ListQuery;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.paging.SortKey;
import cn.linli.graph.Cypher;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Writes audit entries (inside the write's own transaction) and reads them back, newest first. */
@Component
public class AuditLog {

    static final String RECORD = """
            CREATE (:AuditEntry {at: datetime.transaction('+08:00'), partner: $partner, mutation: $mutation,
                                 recordId: $recordId, clientMutationId: $clientMutationId, before: $before, after: $after})""";

    /** Which entries match the filters. */
    private static final String MATCHED = """
            MATCH (a:AuditEntry)
            WHERE ($partner IS NULL OR a.partner = $partner) AND ($mutation IS NULL OR a.mutation = $mutation)
              AND ($recordId IS NULL OR a.recordId = $recordId)
              AND ($from IS NULL OR date(a.at) >= $from) AND ($to IS NULL OR date(a.at) <= $to)""";

    static final String LIST = ListQuery.of(MATCHED, "a", "a", "a");

    /** Newest first; entries of one transaction share their time, and the element id tells them apart. */
    static final ListOrder NEWEST = ListOrder.of(
            "Query.auditLog",
            "NEWEST",
            SortKey.descending("a.at", KeyType.DATETIME),
            SortKey.descending("elementId(a)", KeyType.STRING));

    private final Cypher cypher;

    public AuditLog(Cypher cypher) {
        this.cypher = cypher;
    }

    /** What one write did; {@code before} and {@code after} are the record's properties (null = absent). */
    public record Written(
            String partner,
            String mutation,
            String recordId,
            String clientMutationId,
            org.neo4j.driver.Value before,
            org.neo4j.driver.Value after) {}

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
        Map<String, Object> params = new HashMap<>(page.parameters());
        params.put("partner", filter.partner());
        params.put("mutation", filter.mutation());
        params.put("recordId", filter.recordId());
        params.put("from", filter.from());
        params.put("to", filter.to());
        return page.connection(cypher.read(page.cypher(LIST), params).get(0), AuditEntry::from);
    }
}
