package cn.linli.resource;

import cn.linli.api.DateRange;
import cn.linli.place.Place;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Which resources or projects ({@code type}) to list. {@code prefix} is the subtree prefix of a place code; null
 * fields do not filter. A record, so that it can key (with the page) the cache of first pages.
 */
record ResourceFilter(
        String type, String prefix, String category, String owner, String status, LocalDate from, LocalDate to) {

    /** The filter of a list's arguments ({@code deployed} checked, BAD_USER_INPUT naming it). */
    static ResourceFilter of(
            String type, String within, String category, String owner, String status, DateRange deployed) {
        DateRange.Days days = DateRange.check(deployed, "deployed");
        return new ResourceFilter(
                type,
                within == null ? null : Place.subtreePrefix(within.strip()),
                category,
                owner,
                status,
                days.from(),
                days.to());
    }

    /** The filter as {@link ResourceQueries#listed}'s parameters. */
    Map<String, Object> parameters() {
        Map<String, Object> params = new HashMap<>();
        params.put("type", type);
        params.put("prefix", prefix);
        params.put("category", category);
        params.put("owner", owner);
        params.put("status", status);
        params.put("from", from);
        params.put("to", to);
        return params;
    }
}
