package cn.linli.seed;

import cn.linli.seed.SeedFile.Reference;

/**
 * The one edge of its type that a written node {@code n} has, to (or from) the node its row's column names: a record
 * that moves (a provider to another place, an item to another provider) loses the edge to the old one. The same
 * Cypher ends the seed's write of a file and a mutation's write of one record.
 *
 * @param type     the relationship type
 * @param outgoing {@code (n)-[:type]->(target)}, else {@code (target)-[:type]->(n)}
 * @param target   the column naming the other node, which rows are checked to name (a {@link Reference})
 */
public record Edge(String type, boolean outgoing, Reference target) {

    /** {@code (n)-[:type]->(target)}, e.g. a provider LOCATED_IN its place. */
    public static Edge to(String type, Reference target) {
        return new Edge(type, true, target);
    }

    /** {@code (source)-[:type]->(n)}, e.g. the provider that OFFERS an item. */
    public static Edge from(String type, Reference source) {
        return new Edge(type, false, source);
    }

    /** Cypher to follow a write of node {@code n} from {@code row}: any other edge of the type removed, this one merged. */
    public String cypher() {
        String old = outgoing ? "(n)-[old:%s]->(previous)" : "(previous)-[old:%s]->(n)";
        String merge = outgoing ? "(n)-[:%s]->(target)" : "(target)-[:%s]->(n)";
        return """

                WITH DISTINCT n, row
                OPTIONAL MATCH %s WHERE previous.%s <> row.%s
                DELETE old
                WITH DISTINCT n, row
                MATCH (target:%s {%s: row.%s})
                MERGE %s""".formatted(
                        old.formatted(type),
                        target.property(),
                        target.column(),
                        target.label(),
                        target.property(),
                        target.column(),
                        merge.formatted(type));
    }
}
