package cn.linli.need;

import cn.linli.api.paging.KeyType;
import cn.linli.api.paging.ListOrder;
import cn.linli.api.paging.SortKey;

/** Orders of the needs list; each ends with the id so that every need has a place of its own. */
public enum NeedSort {
    NEWEST(SortKey.descending("n.raisedAt", KeyType.DATETIME), SortKey.descending("n.id", KeyType.STRING)),
    OLDEST(SortKey.ascending("n.raisedAt", KeyType.DATETIME), SortKey.ascending("n.id", KeyType.STRING)),
    TITLE(SortKey.ascending("n.title", KeyType.STRING), SortKey.ascending("n.id", KeyType.STRING));

    /** The order of {@code Query.needs} in this sort. */
    final ListOrder order;

    NeedSort(SortKey... keys) {
        this.order = ListOrder.of("Query.needs", name(), keys);
    }

    /** The sort asked for; {@code sort: null} written out is the schema's default. */
    static NeedSort orDefault(NeedSort sort) {
        return sort == null ? NEWEST : sort;
    }
}
