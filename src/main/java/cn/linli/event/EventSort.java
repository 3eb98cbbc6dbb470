package cn.linli.event;

import cn.linli.api.paging.KeyType;
import cn.linli.api.paging.ListOrder;
import cn.linli.api.paging.SortKey;

/** Orders of the events list; each ends with the reference so that every event has a place of its own. */
public enum EventSort {
    NEWEST(SortKey.descending("n.reportedAt", KeyType.DATETIME), SortKey.descending("n.id", KeyType.STRING)),
    OLDEST(SortKey.ascending("n.reportedAt", KeyType.DATETIME), SortKey.ascending("n.id", KeyType.STRING)),
    DUE(SortKey.ascending("n.expectedAt", KeyType.DATETIME), SortKey.ascending("n.id", KeyType.STRING));

    /** The order of {@code Query.events} in this sort. */
    final ListOrder order;

    EventSort(SortKey... keys) {
        this.order = ListOrder.of("Query.events", name(), keys);
    }

    /** A department's queue: due soonest first, a list (and cursors) of its own. */
    static final ListOrder QUEUE = new ListOrder("Query.departmentQueue", DUE.name(), null, DUE.order.keys());

    /** The sort asked for; {@code sort: null} written out is the schema's default. */
    static EventSort orDefault(EventSort sort) {
        return sort == null ? NEWEST : sort;
    }
}
