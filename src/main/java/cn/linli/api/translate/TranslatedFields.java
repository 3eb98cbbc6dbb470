package cn.linli.api.translate;

/**
 * A feature's fields as Cypher, for documents answered by one query: each feature describes the fields whose Cypher
 * it owns, beside the batch queries that read the same lists for the fields one by one.
 */
public interface TranslatedFields {

    void describe(FieldTable table);
}
