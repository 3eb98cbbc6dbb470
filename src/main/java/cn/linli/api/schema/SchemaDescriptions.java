package cn.linli.api.schema;

import cn.linli.api.paging.PagingSettings;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLImplementingType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLUnmodifiedType;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource.SchemaResourceBuilder;
import org.springframework.stereotype.Component;

/**
 * Descriptions that schema/*.graphqls leaves out on purpose, given to the served schema (what introspection and
 * GraphiQL's documentation panel show) at start-up, so that one sentence is written once rather than on every copy:
 * <ul>
 * <li>a field or argument of a type that implements an interface takes the interface's description of it
 * ({@code City.code} is {@code Place.code}, {@code Place.id} is {@code Node.id});</li>
 * <li>Relay's conventions: the types and fields of every {@code *Connection} and {@code *Edge}, the paging arguments
 * {@code first} and {@code after} (with the limits this instance enforces, {@code linli.paging.*}), a mutation's one
 * argument {@code input}, and {@code clientMutationId} of mutation inputs and payloads.</li>
 * </ul>
 * A description written in the schema file always wins; anything else is left as it is.
 */
@Component
class SchemaDescriptions implements GraphQlSourceBuilderCustomizer {

    private final PagingSettings paging;

    SchemaDescriptions(PagingSettings paging) {
        this.paging = paging;
    }

    @Override
    public void customize(SchemaResourceBuilder builder) {
        builder.typeVisitorsToTransformSchema(List.of(new Describer()));
    }

    /** The description {@code type} gets when it has none, if it is a connection or an edge. */
    private static Optional<String> ofType(GraphQLObjectType type) {
        String name = type.getName();
        if (name.endsWith("Connection") && type.getFieldDefinition("edges") != null) {
            return Optional.of(
                    "One page of a list of " + nodeName(type) + " (a Relay cursor connection): `edges` in the"
                            + " list's order, `pageInfo` to ask for the next page, `totalCount` for the whole list.");
        }
        if (name.endsWith("Edge") && type.getFieldDefinition("node") != null) {
            return Optional.of("One " + nodeName(type) + " of a page, with its cursor.");
        }
        return Optional.empty();
    }

    /** The description a field of {@code container} gets when it has none. */
    private static Optional<String> ofField(GraphQLFieldsContainer container, GraphQLFieldDefinition field) {
        Optional<String> inherited = interfaceFields(container, field.getName())
                .map(GraphQLFieldDefinition::getDescription)
                .filter(SchemaDescriptions::written)
                .findFirst();
        if (inherited.isPresent()) {
            return inherited;
        }
        String name = container.getName();
        if (name.endsWith("Connection")) {
            return switch (field.getName()) {
                case "edges" ->
                    Optional.of(
                            "The items of this page in the list's order, each with its cursor; empty past the end of the list.");
                case "pageInfo" ->
                    Optional.of("Whether more items follow this page, and the cursors of its first and last items.");
                case "totalCount" ->
                    Optional.of("How many items the whole list holds: every page, with the same filters.");
                default -> Optional.empty();
            };
        }
        if (name.endsWith("Edge")) {
            return switch (field.getName()) {
                case "node" -> Optional.of("The " + nodeName(container) + " at this position of the list.");
                case "cursor" ->
                    Optional.of(
                            "This item's position in the list, opaque: pass it as `after` for the items that follow it.");
                default -> Optional.empty();
            };
        }
        if (name.endsWith("Payload") && field.getName().equals("clientMutationId")) {
            return Optional.of("The input's `clientMutationId`, as sent.");
        }
        return Optional.empty();
    }

    /** The description an argument of {@code field} (of {@code container}) gets when it has none. */
    private Optional<String> ofArgument(
            GraphQLFieldsContainer container, GraphQLFieldDefinition field, GraphQLArgument argument) {
        Optional<String> inherited = interfaceFields(container, field.getName())
                .map(f -> f.getArgument(argument.getName()))
                .filter(Objects::nonNull)
                .map(GraphQLArgument::getDescription)
                .filter(SchemaDescriptions::written)
                .findFirst();
        if (inherited.isPresent()) {
            return inherited;
        }
        if (container.getName().equals("Mutation") && argument.getName().equals("input")) {
            return Optional.of("What to write; errors about it name its fields, as `input.<field>`.");
        }
        // Every first/after of this API pages a list through api.paging.PageRequest, also coverage's grids.
        return switch (argument.getName()) {
            case "first" ->
                Optional.of("How many items to return, 0 to " + paging.maxSize() + " (`linli.paging.max-size`); "
                        + paging.defaultSize()
                        + " when left out (`linli.paging.default-size`). Outside that range BAD_USER_INPUT"
                        + " naming `first`: page through longer lists with `after`. The query's cost counts what is asked of"
                        + " each item this many times (LIMIT_EXCEEDED).");
            case "after" ->
                Optional.of(
                        "Return the items after this cursor: an `edges.cursor` or `pageInfo.endCursor` of"
                                + " the same list in the same order; left out, the list starts at its beginning. A cursor holds its row's"
                                + " sort key and id, so records written or deleted between two requests never repeat or skip one. A"
                                + " cursor Linli did not issue, or one of another list or order, is BAD_USER_INPUT naming `after`.");
            default -> Optional.empty();
        };
    }

    /** The description an input field gets when it has none. */
    private static Optional<String> ofInputField(GraphQLInputObjectField field) {
        if (field.getName().equals("clientMutationId")) {
            return Optional.of(
                    "Your id for this write, so that retrying it is safe: a retry by the same partner with the"
                            + " same id, mutation and input writes nothing and returns the record the first attempt wrote, as it is"
                            + " now. The same id with another mutation or input is BAD_USER_INPUT naming `input.clientMutationId`."
                            + " Left out, every attempt writes.");
        }
        return Optional.empty();
    }

    /** The field named {@code field} of each interface {@code container} implements, in the order it lists them. */
    private static Stream<GraphQLFieldDefinition> interfaceFields(GraphQLFieldsContainer container, String field) {
        if (!(container instanceof GraphQLImplementingType implementing)) {
            return Stream.empty();
        }
        // SDL makes a type list every interface it implements, its interfaces' interfaces too (City: Place & Node)
        return implementing.getInterfaces().stream()
                .map(type -> ((GraphQLFieldsContainer) type).getFieldDefinition(field))
                .filter(Objects::nonNull);
    }

    /** The type of the nodes of a connection or an edge, e.g. {@code `Provider`}. */
    private static String nodeName(GraphQLFieldsContainer connectionOrEdge) {
        GraphQLFieldsContainer edge = connectionOrEdge.getFieldDefinition("edges") == null
                ? connectionOrEdge
                : (GraphQLFieldsContainer) GraphQLTypeUtil.unwrapAll(
                        connectionOrEdge.getFieldDefinition("edges").getType());
        return "`" + typeName(edge.getFieldDefinition("node")) + "`";
    }

    private static String typeName(GraphQLFieldDefinition field) {
        GraphQLUnmodifiedType type = GraphQLTypeUtil.unwrapAll(field.getType());
        return ((GraphQLNamedOutputType) type).getName();
    }

    private static boolean written(String description) {
        return description != null && !description.isBlank();
    }

    /** Fills in, element by element, what has no description of its own. */
    private final class Describer extends GraphQLTypeVisitorStub {

        @Override
        public TraversalControl visitGraphQLObjectType(
                GraphQLObjectType type, TraverserContext<GraphQLSchemaElement> context) {
            if (written(type.getDescription())) {
                return TraversalControl.CONTINUE;
            }
            return ofType(type)
                    .map(text -> changeNode(context, type.transform(b -> b.description(text))))
                    .orElse(TraversalControl.CONTINUE);
        }

        @Override
        public TraversalControl visitGraphQLFieldDefinition(
                GraphQLFieldDefinition field, TraverserContext<GraphQLSchemaElement> context) {
            if (written(field.getDescription())
                    || !(context.getParentNode() instanceof GraphQLFieldsContainer container)) {
                return TraversalControl.CONTINUE;
            }
            return ofField(container, field)
                    .map(text -> changeNode(context, field.transform(b -> b.description(text))))
                    .orElse(TraversalControl.CONTINUE);
        }

        @Override
        public TraversalControl visitGraphQLArgument(
                GraphQLArgument argument, TraverserContext<GraphQLSchemaElement> context) {
            if (written(argument.getDescription())
                    || !(context.getParentNode() instanceof GraphQLFieldDefinition field)
                    || !(context.getParentContext().getParentNode() instanceof GraphQLFieldsContainer container)) {
                return TraversalControl.CONTINUE;
            }
            return ofArgument(container, field, argument)
                    .map(text -> changeNode(context, argument.transform(b -> b.description(text))))
                    .orElse(TraversalControl.CONTINUE);
        }

        @Override
        public TraversalControl visitGraphQLInputObjectField(
                GraphQLInputObjectField field, TraverserContext<GraphQLSchemaElement> context) {
            if (written(field.getDescription())) {
                return TraversalControl.CONTINUE;
            }
            return ofInputField(field)
                    .map(text -> changeNode(context, field.transform(b -> b.description(text))))
                    .orElse(TraversalControl.CONTINUE);
        }
    }
}
