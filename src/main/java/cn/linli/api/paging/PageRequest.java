package cn.linli.api.paging;

import cn.linli.api.errors.BadInputException;

/** Which slice of an ordered list a client asked for, already checked against the page-size limit. */
public record PageRequest(int offset, int limit) {

    public static PageRequest of(Integer first, String after, PagingSettings settings) {
        int limit = first == null ? settings.defaultSize() : first;
        if (limit < 0) {
            throw new BadInputException("first", "must not be negative (got " + limit + ")");
        }
        if (limit > settings.maxSize()) {
            throw new BadInputException("first",
                    "must be at most " + settings.maxSize() + " (got " + limit + "); page through with 'after'");
        }
        // compared before adding one, so that no cursor (up to pos:9223372036854775807) can wrap around
        long position = after == null ? -1 : Cursors.decode(after, "after");
        if (position >= settings.maxOffset()) {
            throw new BadInputException("after",
                    "points deeper than " + settings.maxOffset() + " rows; narrow the query with filters instead");
        }
        return new PageRequest((int) position + 1, limit);
    }

    /** Rows to fetch: one more than shown, to learn whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }
}
