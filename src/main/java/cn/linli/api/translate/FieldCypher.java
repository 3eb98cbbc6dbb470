package cn.linli.api.translate;

import java.util.Map;
import java.util.function.Function;

/**
 * How one schema field reads in Cypher, for documents answered by one query ({@link Translation}). Expressions are
 * written over {@code node}, the graph node of the object the field belongs to.
 */
public sealed interface FieldCypher {

    /** A scalar, an enum or a list of them: {@code expression} over {@code node}, the schema's scalar coercing the value. */
    record Value(String expression) implements FieldCypher {}

    /** The same value for every object: not read from the graph. */
    record Constant(Object value) implements FieldCypher {}

    /** An object made of the node itself ({@code node} stays the same), or null where {@code condition} is false. */
    record Self(String condition) implements FieldCypher {}

    /** An object reached from the node, or null: {@code plan} of the field's arguments (bind it as {@code node}). */
    record Single(Function<Map<String, Object>, Found> plan) implements FieldCypher {}

    /** A list of objects reached from the node, all of them in the order {@code plan}'s match gives. */
    record All(Function<Map<String, Object>, Found> plan) implements FieldCypher {}

    /** A connection (Relay) of nodes reached from the node: the page {@code plan} makes of the field's arguments. */
    record Listed(Function<Map<String, Object>, ListPlan> plan) implements FieldCypher {}

    /**
     * What a {@link Single} finds: {@code matched} binds the object's node as {@code node} (a MATCH … WHERE …), reading
     * the parent's node as {@code parent} and {@code parameters} by name.
     */
    record Found(String matched, Map<String, Object> parameters) {}
}
