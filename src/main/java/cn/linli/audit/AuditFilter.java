package cn.linli.audit;

import java.time.LocalDate;

/** Which audit entries to list; null fields do not filter. */
record AuditFilter(String partner, String mutation, String recordId, LocalDate from, LocalDate to) {}
