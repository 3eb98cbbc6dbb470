package cn.linli.audit;

import java.time.format.DateTimeFormatter;
import org.neo4j.driver.Value;

/**
 * One write: who (the key's partner), when, which mutation, which record, and the record's properties
 * before and after as JSON object strings ({@code before} is null when the write created the record).
 */
public record AuditEntry(
        String at,
        String partner,
        String mutation,
        String recordId,
        String clientMutationId,
        String before,
        String after) {

    static AuditEntry from(Value node) {
        return new AuditEntry(
                node.get("at").asZonedDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                node.get("partner").asString(),
                node.get("mutation").asString(),
                node.get("recordId").asString(),
                node.get("clientMutationId").asString(null),
                node.get("before").asString(null),
                node.get("after").asString(null));
    }
}
