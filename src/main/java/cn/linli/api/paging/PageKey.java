package cn.linli.api.paging;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What one field asks of a batched list: the parent's key, the page, and the filter arguments
 * (query parameters by name, null allowed). Keys with the same page and filter are loaded by one query.
 */
public record PageKey(String parent, PageRequest page, Map<String, Object> filter) {

    /** {@code filter} alternates parameter names and values: {@code "kinds", kinds, "level", level}. */
    public static PageKey of(String parent, PageRequest page, Object... filter) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < filter.length; i += 2) {
            params.put((String) filter[i], filter[i + 1]);
        }
        return new PageKey(parent, page, Collections.unmodifiableMap(params));
    }
}
