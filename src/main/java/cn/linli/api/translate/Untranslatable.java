package cn.linli.api.translate;

/**
 * A document, or this request of it, that {@link Translation} does not answer: a field no feature describes in
 * Cypher, an argument its plan refuses, a value the schema would refuse. graphql-java then executes it field by field,
 * which answers it, or refuses it with the error a client expects.
 */
final class Untranslatable extends RuntimeException {

    Untranslatable(String why) {
        super(why, null, false, false);
    }
}
