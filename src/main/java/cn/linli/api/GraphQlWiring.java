package cn.linli.api;

import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/** Registers the JSON scalar and resolves interface values (Node, Place) to their object type: a {@link Typed} record says it, else the class name. */
@Component
class GraphQlWiring implements RuntimeWiringConfigurer {

    private static final TypeResolver BY_RECORD = env -> {
        Object value = env.getObject();
        String type = value instanceof Typed typed
                ? typed.graphQlType()
                : value.getClass().getSimpleName();
        return env.getSchema().getObjectType(type);
    };

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.scalar(JsonScalar.INSTANCE);
        builder.type("Node", type -> type.typeResolver(BY_RECORD));
        builder.type("Place", type -> type.typeResolver(BY_RECORD));
    }
}
