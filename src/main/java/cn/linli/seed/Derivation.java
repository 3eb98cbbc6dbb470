package cn.linli.seed;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Properties computed in Java from a node's stored ones (pinyin of names, weekly opening minutes), which Cypher
 * cannot compute. {@link DerivedProperties} writes them after every seed import, and at start-up on nodes that
 * lack them or carry another {@link #stamp()}. Writers of single records (upserts) call
 * {@link DerivedProperties#of}.
 */
public interface Derivation {

    /** Node labels this applies to; each node has an {@code id}. */
    Set<String> labels();

    /** The properties {@link #derive} returns, always all of them (use empty values, not null). */
    List<String> targets();

    Map<String, Object> derive(Map<String, Object> node);

    /**
     * Properties naming the rules that derived the values, with their current values (e.g. {@code pinyinScheme}):
     * written with the values, and a node whose stamp differs, derived by older rules, is derived again at
     * start-up. Change a value when {@link #derive} would compute something else for the same node.
     */
    default Map<String, String> stamp() {
        return Map.of();
    }
}
