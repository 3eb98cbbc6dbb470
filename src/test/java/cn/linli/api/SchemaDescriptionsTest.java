package cn.linli.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliTest;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * GraphiQL's documentation panel is a portal developer's first reference: every type, field, argument, input field
 * and enum value of the public schema (not the introspection types graphql-java adds) carries a description.
 */
class SchemaDescriptionsTest extends LinliTest {

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void everyPublicTypeFieldArgumentAndEnumValueIsDescribed() {
        GraphQLSchema schema = graphQlSource.schema();
        List<String> undescribed = new ArrayList<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            String name = type.getName();
            if (name.startsWith("__")
                    || List.of("String", "Int", "Float", "Boolean", "ID").contains(name)) {
                continue;
            }
            check(undescribed, name, type.getDescription());
            if (type instanceof GraphQLFieldsContainer fields) {
                for (GraphQLFieldDefinition field : fields.getFieldDefinitions()) {
                    check(undescribed, name + "." + field.getName(), field.getDescription());
                    for (GraphQLArgument argument : field.getArguments()) {
                        check(
                                undescribed,
                                name + "." + field.getName() + "(" + argument.getName() + ")",
                                argument.getDescription());
                    }
                }
            }
            if (type instanceof GraphQLInputObjectType input) {
                for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                    check(undescribed, name + "." + field.getName(), field.getDescription());
                }
            }
            if (type instanceof GraphQLEnumType enumeration) {
                for (GraphQLEnumValueDefinition value : enumeration.getValues()) {
                    check(undescribed, name + "." + value.getName(), value.getDescription());
                }
            }
        }
        assertThat(undescribed).as("schema elements without a description").isEmpty();
    }

    @Test
    void whatTheSchemaFilesLeaveOutIsServedFromTheInterfaceAndTheRelayConventions() {
        GraphQLSchema schema = graphQlSource.schema();
        // schema/place.graphqls describes Place.code once; each place type serves that description
        assertThat(schema.getObjectType("Grid").getFieldDefinition("code").getDescription())
                .isEqualTo(
                        "Division code: 6 digits for city and districts, 9 for towns, 12 for communities; grids add `-nn`.");
        // Place.id is undescribed in the file: City.id takes Node.id's description, through Place
        assertThat(schema.getObjectType("City").getFieldDefinition("id").getDescription())
                .isEqualTo("Global id, e.g. `Grid:511402001001-03` or `Provider:nc-jinlong`.");
        assertThat(schema.getObjectType("City")
                        .getFieldDefinition("location")
                        .getArgument("crs")
                        .getDescription())
                .isEqualTo("The coordinate system to answer in.");
        // Relay: connections name their nodes; paging arguments state the limits in force (README: 20 and 100)
        assertThat(schema.getObjectType("ProviderConnection").getDescription()).contains("`Provider`");
        assertThat(schema.getObjectType("ProviderEdge")
                        .getFieldDefinition("cursor")
                        .getDescription())
                .contains("`after`");
        assertThat(schema.getQueryType()
                        .getFieldDefinition("providers")
                        .getArgument("first")
                        .getDescription())
                .contains("0 to 100", "20 when left out", "BAD_USER_INPUT naming `first`");
        assertThat(schema.getMutationType()
                        .getFieldDefinition("raiseNeed")
                        .getArgument("input")
                        .getDescription())
                .contains("`input.<field>`");
        assertThat(((GraphQLInputObjectType) schema.getType("RaiseNeedInput"))
                        .getField("clientMutationId")
                        .getDescription())
                .contains("retry");
    }

    private static void check(List<String> undescribed, String element, String description) {
        if (description == null || description.isBlank()) {
            undescribed.add(element);
        }
    }
}
