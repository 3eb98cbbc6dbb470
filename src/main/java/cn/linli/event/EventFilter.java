package cn.linli.event;

import java.time.LocalDate;
import java.util.List;

/** Which events to list. {@code prefix} is the subtree prefix of a place code; null fields do not filter. */
record EventFilter(
        String prefix,
        List<String> statuses,
        String category,
        String department,
        Boolean overdue,
        LocalDate from,
        LocalDate to) {}
