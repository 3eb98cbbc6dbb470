package cn.linli.api.limits;

import cn.linli.api.paging.PagingSettings;
import graphql.execution.ExecutionContext;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Node;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Depth and cost of the operation about to run, read from the document, the schema and the variables, so
 * that fields added later are measured without being listed anywhere. A field with the page arguments
 * ({@code first}, {@code last}) multiplies its children by the page it asks for (the default page when it gives none);
 * a field with the radius argument costs more the larger the area. Fragments are measured once each, so
 * the walk is linear in the document whatever the fragments expand to. Introspection fields are left out:
 * they read the schema in memory, never the database.
 */
record QueryShape(long cost, int depth) {

    private static final QueryShape NOTHING = new QueryShape(0, 0);

    static QueryShape of(ExecutionContext execution, LimitSettings limits, PagingSettings paging) {
        GraphQLSchema schema = execution.getGraphQLSchema();
        GraphQLType root = switch (execution.getOperationDefinition().getOperation()) {
            case QUERY -> schema.getQueryType();
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
        };
        return new Walk(execution, limits, paging)
                .selections(execution.getOperationDefinition().getSelectionSet(), root);
    }

    /** Aliased fields anywhere in the document (operations and fragments, as written). */
    static int aliases(Document document) {
        return countAliases(document);
    }

    private static int countAliases(Node<?> node) {
        int count = node instanceof Field field && field.getAlias() != null ? 1 : 0;
        for (Node<?> child : node.getChildren()) {
            count += countAliases(child);
        }
        return count;
    }

    private QueryShape plus(QueryShape other) {
        return new QueryShape(saturatedAdd(cost, other.cost), Math.max(depth, other.depth));
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatedMultiply(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    private static final class Walk {
        private final ExecutionContext execution;
        private final LimitSettings limits;
        private final PagingSettings paging;
        private final Map<String, QueryShape> fragments = new HashMap<>();

        Walk(ExecutionContext execution, LimitSettings limits, PagingSettings paging) {
            this.execution = execution;
            this.limits = limits;
            this.paging = paging;
        }

        QueryShape selections(SelectionSet set, GraphQLType parent) {
            QueryShape shape = NOTHING;
            if (set == null) {
                return shape;
            }
            for (Selection<?> selection : set.getSelections()) {
                shape = shape.plus(selection(selection, parent));
            }
            return shape;
        }

        private QueryShape selection(Selection<?> selection, GraphQLType parent) {
            if (selection instanceof Field field) {
                return field(field, parent);
            }
            if (selection instanceof InlineFragment inline) {
                GraphQLType type = inline.getTypeCondition() == null
                        ? parent
                        : execution
                                .getGraphQLSchema()
                                .getType(inline.getTypeCondition().getName());
                return selections(inline.getSelectionSet(), type);
            }
            FragmentSpread spread = (FragmentSpread) selection;
            QueryShape known = fragments.get(spread.getName());
            if (known == null) {
                fragments.put(spread.getName(), NOTHING); // validation rejects cycles; this only guards the walk
                FragmentDefinition fragment = execution.getFragmentsByName().get(spread.getName());
                known = selections(
                        fragment.getSelectionSet(),
                        execution
                                .getGraphQLSchema()
                                .getType(fragment.getTypeCondition().getName()));
                fragments.put(spread.getName(), known);
            }
            return known;
        }

        private QueryShape field(Field field, GraphQLType parent) {
            if (field.getName().startsWith("__") || !(parent instanceof GraphQLFieldsContainer container)) {
                return NOTHING;
            }
            GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
            if (field.getSelectionSet() == null || definition == null) {
                return new QueryShape(0, 1); // a scalar comes with its object
            }
            GraphQLType type = GraphQLTypeUtil.unwrapAll(definition.getType());
            QueryShape children =
                    type instanceof GraphQLCompositeType ? selections(field.getSelectionSet(), type) : NOTHING;
            long own = saturatedAdd(1, radiusCost(field, definition));
            long cost = saturatedAdd(own, saturatedMultiply(children.cost, pageSize(field, definition)));
            return new QueryShape(cost, children.depth + 1);
        }

        private long pageSize(Field field, GraphQLFieldDefinition definition) {
            List<GraphQLArgument> sizes = limits.pageArguments().stream()
                    .map(definition::getArgument)
                    .filter(Objects::nonNull)
                    .toList();
            if (sizes.isEmpty()) {
                return 1;
            }
            // first or last, whichever is given (both at once is refused by the field itself)
            Number asked = sizes.stream()
                    .map(argument -> number(field, argument))
                    .filter(Objects::nonNull)
                    .max(Comparator.comparingLong(Number::longValue))
                    .orElse(null);
            long size = asked == null ? paging.defaultSize() : asked.longValue();
            // Larger pages are refused by the field itself with a clearer message; count what it may return.
            return Math.max(0, Math.min(size, paging.maxSize()));
        }

        private long radiusCost(Field field, GraphQLFieldDefinition definition) {
            if (definition.getArgument(limits.radiusArgument()) == null) {
                return 0;
            }
            Number radius = number(field, definition.getArgument(limits.radiusArgument()));
            return radius == null ? 0 : (long) Math.ceil(Math.max(0, radius.doubleValue()) / limits.radiusUnit());
        }

        /** The argument's value as given inline, through a variable, or by the schema's default; null if none. */
        private Number number(Field field, GraphQLArgument argument) {
            Argument given = field.getArguments().stream()
                    .filter(a -> a.getName().equals(argument.getName()))
                    .findFirst()
                    .orElse(null);
            if (given == null) {
                return argument.hasSetDefaultValue()
                        ? literal(argument.getArgumentDefaultValue().getValue())
                        : null;
            }
            if (given.getValue() instanceof VariableReference ref) {
                return literal(execution.getCoercedVariables().get(ref.getName()));
            }
            return literal(given.getValue());
        }

        private static Number literal(Object value) {
            if (value instanceof IntValue i) {
                return i.getValue();
            }
            if (value instanceof FloatValue f) {
                return f.getValue();
            }
            return value instanceof Number n ? n : null;
        }
    }
}
