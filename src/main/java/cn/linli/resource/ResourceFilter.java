package cn.linli.resource;

import java.time.LocalDate;

/**
 * Which resources or projects ({@code type}) to list. {@code prefix} is the subtree prefix of a place code; null
 * fields do not filter. A record, so that it can key (with the page) the cache of first pages.
 */
record ResourceFilter(
        String type, String prefix, String category, String owner, String status, LocalDate from, LocalDate to) {}
