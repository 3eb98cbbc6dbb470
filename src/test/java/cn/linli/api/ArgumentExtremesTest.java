package cn.linli.api;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Every argument of every field the schema has, now or later, given the values at the ends of what its scalar type
 * can hold: whatever the field makes of them, the answer is data or an error with a code, never INTERNAL, and a
 * field's own refusal names the argument. (Mutations are left out: their inputs are checked by the write tests.)
 */
class ArgumentExtremesTest extends PartnerTest {

    /** How a field of each type is reached from the root; {@code %s} is the field with its arguments and selection. */
    private static final Map<String, String> REACH = Map.ofEntries(
            entry("Query", "%s"),
            entry("City", "place(code: \"511400\") { ... on City { %s } }"),
            entry("District", "place(code: \"511402\") { ... on District { %s } }"),
            entry("Town", "place(code: \"511402001\") { ... on Town { %s } }"),
            entry("Community", "place(code: \"511402001001\") { ... on Community { %s } }"),
            entry("Grid", "place(code: \"511402001001-01\") { ... on Grid { %s } }"),
            entry("Gaps", "gaps(place: \"511402\") { %s }"),
            entry("Provider", "node(id: \"Provider:nc-jinlong\") { ... on Provider { %s } }"),
            entry("Resource", "node(id: \"Resource:res-01\") { ... on Resource { %s } }"),
            entry("ServiceItem", "node(id: \"ServiceItem:si-00001\") { ... on ServiceItem { %s } }"),
            entry("Schedule", "node(id: \"Provider:nc-jinlong\") { ... on Provider { schedule { %s } } }"),
            entry("WhereAmI", "whereAmI(location: {lon: 103.83, lat: 30.05}) { %s }"));

    private static final Set<String> NOT_SWEPT = Set.of("Mutation");

    private static final List<Object> STRINGS = List.of(
            "",
            "-999999999-01-01",
            "+999999999-12-31",
            "+999999999-12-31T23:59-18:00",
            "-999999999-01-01T00:00+18:00",
            cursor("pos:" + Long.MAX_VALUE),
            // cursors of the shape the API issues, with the values at the ends of what their lists' keys may hold
            cursor("[\"Query.needs\",\"NEWEST\",[\"9999-12-31T23:59:59.999999999-18:00\",\"\uffff\"]]"),
            cursor("[\"Query.needs\",\"OLDEST\",[\"0001-01-01T00:00+18:00\",\"\"]]"),
            cursor("[\"Query.resources\",\"OLDEST\",[\"9999-12-31\",\"\"]]"),
            cursor("[\"Query.places\",\"CODE\",[\"\uffff\"]]"),
            cursor("[\"Query.search\",\"SCORE@x\",[\"-Infinity\",\"9223372036854775807\",\"\",\"\"]]"),
            "x".repeat(10_000),
            "%\u0000'\"\\",
            "Grid:");

    /** Values at the ends of each scalar type, as a client can send them in variables. */
    private static final Map<String, List<Object>> EXTREMES = Map.of(
            "Int",
            List.of(Integer.MAX_VALUE, Integer.MIN_VALUE, -1, 0),
            "Float",
            List.of(Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, 0.0),
            "String",
            STRINGS,
            "ID",
            STRINGS);

    /** Values for the arguments a request needs besides the one under test, by name. */
    private static final Map<String, Object> VALID = Map.of(
            "place",
            "511402",
            "code",
            "511402",
            "text",
            "养老",
            "id",
            "Grid:511402001001-01",
            "lon",
            103.83,
            "lat",
            30.05,
            "days",
            7,
            "above",
            0);

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void everyTypeWithArgumentsIsReachedBySweep() {
        List<String> withArguments = graphQlSource.schema().getAllTypesAsList().stream()
                .filter(t -> t instanceof GraphQLObjectType o
                        && !t.getName().startsWith("__")
                        && o.getFieldDefinitions().stream()
                                .anyMatch(f -> !f.getArguments().isEmpty()))
                .map(t -> ((GraphQLObjectType) t).getName())
                .filter(n -> !NOT_SWEPT.contains(n))
                .toList();
        assertThat(REACH.keySet()).as("add a way to reach new types to REACH").containsAll(withArguments);
    }

    @Test
    void noArgumentAnswersInternalWhateverValueOfItsTypeItIsGiven() {
        GraphQlTester admin = as(adminKey()); // auditLog answers only an admin
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (String typeName : REACH.keySet()) {
            GraphQLObjectType type = graphQlSource.schema().getObjectType(typeName);
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                for (GraphQLArgument argument : field.getArguments()) {
                    for (Object value : extremes(argument)) {
                        requests++;
                        Map<String, Object> variables = new LinkedHashMap<>();
                        String document = document(typeName, field, argument, value, variables);
                        GraphQlTester.Request<?> request = admin.document(document);
                        variables.forEach(request::variable);
                        check(
                                request.execute(),
                                typeName + "." + field.getName() + "(" + argument.getName() + ": " + shown(value) + ")",
                                argument.getName(),
                                failures);
                    }
                }
            }
        }
        assertThat(requests).as("requests sent").isGreaterThan(500);
        assertThat(failures).isEmpty();
    }

    /** The request for {@code field} with {@code argument} set to {@code value} and every other required one valid. */
    private static String document(
            String typeName,
            GraphQLFieldDefinition field,
            GraphQLArgument argument,
            Object value,
            Map<String, Object> variables) {
        List<String> declarations = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        for (GraphQLArgument other : field.getArguments()) {
            boolean tested = other.getName().equals(argument.getName());
            if (tested || (GraphQLTypeUtil.isNonNull(other.getType()) && !other.hasSetDefaultValue())) {
                declarations.add("$" + other.getName() + ": " + GraphQLTypeUtil.simplePrint(other.getType()));
                arguments.add(other.getName() + ": $" + other.getName());
                variables.put(other.getName(), tested ? value : valid(other.getType(), other.getName()));
            }
        }
        boolean composite = GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLCompositeType;
        String selection =
                field.getName() + "(" + String.join(", ", arguments) + ")" + (composite ? " { __typename }" : "");
        return "query(" + String.join(", ", declarations) + ") { "
                + REACH.get(typeName).formatted(selection) + " }";
    }

    /** Values for {@code argument}: the extremes of its scalar type, or of each scalar field of its input object. */
    private static List<Object> extremes(GraphQLArgument argument) {
        GraphQLType type = GraphQLTypeUtil.unwrapNonNull(argument.getType());
        if (type instanceof GraphQLScalarType scalar) {
            return EXTREMES.getOrDefault(scalar.getName(), List.of());
        }
        List<Object> values = new ArrayList<>();
        if (type instanceof GraphQLInputObjectType input) {
            for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                if (GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLScalarType scalar) {
                    for (Object extreme : EXTREMES.getOrDefault(scalar.getName(), List.of())) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> object =
                                new LinkedHashMap<>((Map<String, Object>) valid(input, argument.getName()));
                        object.put(field.getName(), extreme);
                        values.add(object);
                    }
                }
            }
        }
        return values; // enums, booleans and lists of them: the engine itself holds them to their values
    }

    private static Object valid(GraphQLInputType wrapped, String name) {
        GraphQLType type = GraphQLTypeUtil.unwrapNonNull(wrapped);
        if (VALID.containsKey(name)) {
            return VALID.get(name);
        }
        if (type instanceof GraphQLEnumType enumType) {
            return enumType.getValues().get(0).getName();
        }
        if (type instanceof GraphQLList list) {
            return List.of(valid((GraphQLInputType) list.getWrappedType(), name));
        }
        if (type instanceof GraphQLInputObjectType input) {
            Map<String, Object> object = new LinkedHashMap<>();
            input.getFieldDefinitions().stream()
                    .filter(f -> f.getType() instanceof GraphQLNonNull)
                    .forEach(f -> object.put(f.getName(), valid(f.getType(), f.getName())));
            return object;
        }
        return switch (((GraphQLScalarType) type).getName()) {
            case "Int" -> 1;
            case "Float" -> 1.0;
            case "Boolean" -> true;
            default -> "511402";
        };
    }

    private static void check(GraphQlTester.Response response, String call, String argument, List<String> failures) {
        response.errors().satisfy(errors -> {
            for (ResponseError error : errors) {
                Object code = error.getExtensions().get("code");
                if (code == null || "INTERNAL".equals(code)) {
                    failures.add(call + " -> " + code + ": " + error.getMessage());
                } else if ("BAD_USER_INPUT".equals(code)
                        && !error.getParsedPath().isEmpty()
                        && !String.valueOf(error.getExtensions().get("field")).startsWith(argument)) {
                    failures.add(call + " -> BAD_USER_INPUT without field " + argument + ": " + error.getExtensions());
                }
            }
        });
    }

    private static String cursor(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
