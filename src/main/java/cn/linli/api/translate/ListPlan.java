package cn.linli.api.translate;

import cn.linli.api.paging.PageRequest;
import java.util.Map;

/**
 * One page of a list, as its batch query reads it (docs/ARCHITECTURE.md, lists): {@code matched} (a MATCH … WHERE …,
 * and a WITH where a row needs computed values) yields rows of the variables {@code carried}, of which {@code child}
 * is the listed node; {@code page} orders, bounds and cuts them ({@link PageRequest#cypher}: its {@code {keyset}},
 * {@code {orderBy}} and {@code {sortKey}}). {@code matched} reads the parent's node as the variable {@code parent}
 * names (null at the root) and the filter's {@code parameters} by name.
 */
public record ListPlan(
        String parent,
        String matched,
        String carried,
        String child,
        PageRequest page,
        Map<String, Object> parameters) {}
