package cn.linli.api.translate;

import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The fields the features describe in Cypher ({@link TranslatedFields}), by object type and field name. */
public final class FieldTable {

    /** How an interface's objects tell their type: {@code expression} over {@code node}, named by {@code typeName}. */
    record Discriminator(String expression, Function<Object, String> typeName) {}

    private final GraphQLSchema schema;
    private final Map<String, Map<String, FieldCypher>> fields = new HashMap<>();
    private final Map<String, Discriminator> discriminators = new HashMap<>();

    FieldTable(GraphQLSchema schema) {
        this.schema = schema;
    }

    /**
     * Describes {@code field} of {@code type}; of an interface, it is the field of each of its object types (an
     * object type's own description, given after, replaces it).
     */
    public FieldTable field(String type, String field, FieldCypher cypher) {
        for (String object : objectTypes(type)) {
            fields.computeIfAbsent(object, t -> new HashMap<>()).put(field, cypher);
        }
        return this;
    }

    /** How the objects of interface {@code type} tell which object type they are. */
    public FieldTable discriminator(String type, String expression, Function<Object, String> typeName) {
        discriminators.put(type, new Discriminator(expression, typeName));
        return this;
    }

    FieldCypher get(String objectType, String field) {
        return fields.getOrDefault(objectType, Map.of()).get(field);
    }

    Discriminator discriminator(String type) {
        return discriminators.get(type);
    }

    private List<String> objectTypes(String type) {
        graphql.schema.GraphQLType named = schema.getType(type);
        if (named instanceof GraphQLInterfaceType face) {
            return schema.getImplementations(face).stream()
                    .map(GraphQLObjectType::getName)
                    .toList();
        }
        if (named instanceof GraphQLObjectType) {
            return List.of(type);
        }
        throw new IllegalArgumentException("no object or interface type " + type + " in the schema");
    }
}
