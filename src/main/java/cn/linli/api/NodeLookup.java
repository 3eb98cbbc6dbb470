package cn.linli.api;

import java.util.Optional;
import java.util.Set;

/** Each feature tells {@code Query.node} how to find its records by key. */
public interface NodeLookup {

    /** GraphQL type names this lookup answers for. */
    Set<String> types();

    Optional<?> find(GlobalId id);
}
