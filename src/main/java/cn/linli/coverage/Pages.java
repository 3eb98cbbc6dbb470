package cn.linli.coverage;

import java.util.List;

import cn.linli.api.paging.Connection;
import cn.linli.api.paging.PageRequest;

/** Pages of lists computed in memory (coverage answers are computed whole, then shown a page at a time). */
final class Pages {

    private Pages() {
    }

    static <T> Connection<T> slice(List<T> all, PageRequest page) {
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(page.offset() + page.fetchSize(), all.size());
        return Connection.of(all.subList(from, to), page, all.size());
    }
}
