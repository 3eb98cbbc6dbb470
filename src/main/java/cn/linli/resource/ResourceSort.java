package cn.linli.resource;

import cn.linli.api.paging.KeyType;
import cn.linli.api.paging.ListOrder;
import cn.linli.api.paging.SortKey;
import java.util.List;

/**
 * Orders of the resources and projects lists; each ends with the id so that every row has a place of its own.
 * {@code firstSince} and {@code lastSince} are a resource's first and latest deployment ({@link ResourceQueries#listed}),
 * read for the orders by them only: for every resource matched, they cost a subquery each.
 */
public enum ResourceSort {
    NAME(SortKey.ascending("r.name", KeyType.STRING), false),
    NEWEST(SortKey.descending("lastSince", KeyType.DATE), true),
    OLDEST(SortKey.ascending("firstSince", KeyType.DATE), true);

    private final SortKey first;
    private final boolean byDeployments;

    ResourceSort(SortKey first, boolean byDeployments) {
        this.first = first;
        this.byDeployments = byDeployments;
    }

    /** Whether the order needs each resource's first and latest deployment. */
    boolean byDeployments() {
        return byDeployments;
    }

    /** The variables a row of the list carries in this order. */
    String carried() {
        return byDeployments ? "r, firstSince, lastSince" : "r";
    }

    /** The sort asked for; {@code sort: null} written out is the schema's default. */
    static ResourceSort orDefault(ResourceSort sort) {
        return sort == null ? NAME : sort;
    }

    /** The order of {@code list} ({@code Query.resources} or {@code Query.projects}) in this sort. */
    ListOrder of(String list) {
        return new ListOrder(list, name(), null, List.of(first, SortKey.ascending("r.id", KeyType.STRING)));
    }
}
