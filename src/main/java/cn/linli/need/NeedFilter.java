package cn.linli.need;

import java.time.LocalDate;
import java.util.List;

/**
 * Which needs to list. {@code prefix} is the subtree prefix of a place code; null fields do not filter. A record,
 * so that it can key (with the page) the cache of first pages.
 */
record NeedFilter(
        String prefix, String category, List<String> statuses, String claimedBy, LocalDate from, LocalDate to) {}
