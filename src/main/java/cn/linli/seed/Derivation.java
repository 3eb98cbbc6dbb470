package cn.linli.seed;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Properties computed in Java from a node's stored ones (pinyin of names, weekly opening minutes), which Cypher
 * cannot compute. {@link DerivedProperties} writes them after every seed import, and at start-up on nodes that
 * lack them. Writers of single records (upserts) call the same code the implementation uses.
 */
public interface Derivation {

    /** Node labels this applies to; each node has an {@code id}. */
    Set<String> labels();

    /** The properties {@link #derive} returns, always all of them (use empty values, not null). */
    List<String> targets();

    Map<String, Object> derive(Map<String, Object> node);
}
