package cn.linli.api.translate;

import cn.linli.api.paging.Connection;
import cn.linli.api.paging.ListQuery;
import cn.linli.api.paging.PageRequest;
import cn.linli.api.translate.FieldCypher.All;
import cn.linli.api.translate.FieldCypher.Constant;
import cn.linli.api.translate.FieldCypher.Found;
import cn.linli.api.translate.FieldCypher.Listed;
import cn.linli.api.translate.FieldCypher.Self;
import cn.linli.api.translate.FieldCypher.Single;
import cn.linli.api.translate.FieldTable.Discriminator;
import graphql.GraphQLContext;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Value;

/**
 * One operation as one Cypher query that returns its whole answer, and the way back from the query's one value to
 * the answer's JSON: what the Neo4j GraphQL Library does for every request, and what bench/Floor.java does by hand.
 *
 * <p>Each object of the answer is a Cypher list of its fields' values in the document's order (its type's
 * discriminator first where the field's type is an interface); each list of the answer a subquery (CALL) that reads
 * it as the field's batch query does, the same match, order, keyset and page, and returns the page's objects and
 * their sort keys. Parameters are renamed per subquery ({@code $kinds} → {@code $c3_kinds}), so that the same
 * filter at two levels does not collide. The answer is then built in Java from that value along the document's
 * fields, with the schema's own coercing for every scalar and enum, and cursors and page info as {@link Connection}
 * writes them.
 *
 * <p>Anything outside what the features describe ({@link FieldTable}) is {@link Untranslatable}: a field, an argument
 * a plan refuses, a null where the schema says non-null (graphql-java would answer it with an error).
 */
final class Translation {

    /**
     * Subqueries of one translation, at most: each distinct document is a query Neo4j plans (and keeps in its plan
     * cache), and planning grows with the subqueries; the portals' documents have 2–5. A larger document is
     * executed field by field, as before, its cost bounded by the limits on lists ({@code api.limits}).
     */
    static final int MAX_SUBQUERIES = 12;

    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern NODE = Pattern.compile("\\bnode\\b");

    private final GraphQLSchema schema;
    private final FieldTable table;
    private final Map<String, Object> parameters = new HashMap<>();
    private final Map<ExecutableNormalizedField, PageRequest> pages = new IdentityHashMap<>();
    private final Map<ExecutableNormalizedField, Discriminator> discriminators = new IdentityHashMap<>();
    private final Map<ExecutableNormalizedField, Shape> shapes = new IdentityHashMap<>();
    private final String cypher;
    private int subqueries;

    Translation(ExecutableNormalizedOperation operation, GraphQLSchema schema, FieldTable table) {
        this.schema = schema;
        this.table = table;
        StringBuilder query = new StringBuilder();
        List<String> roots = new ArrayList<>();
        for (ExecutableNormalizedField root : operation.getTopLevelFields()) {
            roots.add(root(root, query));
        }
        query.append("RETURN [").append(String.join(", ", roots)).append("] AS data");
        this.cypher = query.toString();
    }

    String cypher() {
        return cypher;
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    /** The answer's {@code data}, from the query's one value, along the same fields. */
    Map<String, Object> answer(
            List<ExecutableNormalizedField> roots, Value data, GraphQLContext context, Locale locale) {
        Map<String, Object> answer = new LinkedHashMap<>();
        for (int i = 0; i < roots.size(); i++) {
            ExecutableNormalizedField root = roots.get(i);
            answer.put(root.getResultKey(), value(root, "Query", data.get(i), context, locale));
        }
        return answer;
    }

    private String root(ExecutableNormalizedField field, StringBuilder query) {
        if (isTypename(field)) {
            return "null";
        }
        FieldCypher cypher = describe(field);
        if (cypher instanceof Single single) {
            return found(field, single.plan(), false, null, query);
        }
        if (cypher instanceof Listed listed) {
            return list(field, listed, null, query);
        }
        throw new Untranslatable("Query." + field.getName() + " is not an object or a list");
    }

    /**
     * The Cypher list of an object's fields, {@code node} being the variable of its node: subqueries its fields need
     * go to {@code preludes}, which run where {@code node} is bound. Each node has a variable of its own (Cypher
     * refuses a subquery's variable that shadows one it imports).
     */
    private String object(ExecutableNormalizedField field, StringBuilder preludes, String node) {
        List<String> slots = new ArrayList<>();
        GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getType(schema));
        if (!(type instanceof GraphQLObjectType)) {
            Discriminator discriminator = table.discriminator(((graphql.schema.GraphQLNamedType) type).getName());
            if (discriminator == null) {
                throw new Untranslatable("no discriminator for " + type);
            }
            discriminators.put(field, discriminator);
            slots.add(bound(discriminator.expression(), node));
        }
        for (ExecutableNormalizedField child : field.getChildren()) {
            slots.add(slot(child, preludes, node));
        }
        return "[" + String.join(", ", slots) + "]";
    }

    private String slot(ExecutableNormalizedField field, StringBuilder preludes, String node) {
        if (isTypename(field)) {
            return "null";
        }
        FieldCypher cypher = describe(field);
        if (cypher instanceof FieldCypher.Value value) {
            if (!field.getChildren().isEmpty()) {
                throw new Untranslatable(field.getName() + " is described as a value but has fields");
            }
            return bound(value.expression(), node);
        }
        if (cypher instanceof Constant) {
            return "null";
        }
        if (cypher instanceof Self self) {
            String object = object(field, preludes, node);
            return self.condition() == null
                    ? object
                    : "CASE WHEN " + bound(self.condition(), node) + " THEN " + object + " END";
        }
        if (cypher instanceof Single single) {
            return found(field, single.plan(), false, node, preludes);
        }
        if (cypher instanceof All all) {
            return found(field, all.plan(), true, node, preludes);
        }
        return list(field, (Listed) cypher, node, preludes);
    }

    /**
     * Objects found from the node {@code parent} (null at the root): one subquery, its value the first object or null,
     * or {@code all} of them.
     */
    private String found(
            ExecutableNormalizedField field,
            Function<Map<String, Object>, Found> plan,
            boolean all,
            String parent,
            StringBuilder preludes) {
        Found found = plan.apply(field.getResolvedArguments());
        String column = column();
        String node = column + "_node";
        StringBuilder inner = new StringBuilder(parent == null ? "" : "WITH " + parent + " AS parent\n")
                .append(bound(renamed(found.matched(), found.parameters(), column), node))
                .append('\n');
        String object = object(field, inner, node);
        preludes.append(parent == null ? "CALL () {\n" : "CALL (" + parent + ") {\n")
                .append(inner)
                .append(all ? "RETURN collect(" : "RETURN head(collect(")
                .append(object)
                .append(all ? ") AS " : ")) AS ")
                .append(column)
                .append("\n}\n");
        return column;
    }

    /**
     * A connection: one subquery for the page (its nodes' values and sort keys). With {@code totalCount} selected, the
     * rows are counted in the same pass, as {@link ListQuery#collected} does for the field's batch query: every
     * translated list reads all its rows for the page's order anyway. Its value is {@code [page, keys, total]}.
     */
    private String list(ExecutableNormalizedField field, Listed listed, String parent, StringBuilder preludes) {
        ListPlan plan = listed.plan().apply(field.getResolvedArguments());
        ExecutableNormalizedField nodeField = connectionNode(field);
        boolean counted = field.getChildren().stream().anyMatch(c -> c.getName().equals("totalCount"));
        String column = column();
        String node = column + "_node";
        pages.put(field, plan.page());
        Map<String, Object> own = new HashMap<>(plan.parameters());
        own.putAll(plan.page().parameters());
        String rows = column + "_rows";
        String paged = " WHERE {keyset}\nWITH " + plan.carried() + " ORDER BY {orderBy} LIMIT $fetch\nWITH "
                + plan.child() + " AS " + node + ", {sortKey} AS key\n";
        ListQuery.Rows collected = ListQuery.Rows.of(plan.carried());
        // counted: the rows collected once, the page taken from them in a nested subquery, their count beside it
        String matched = plan.matched().strip()
                + (counted
                        ? "\nWITH collect(" + collected.collected() + ") AS " + rows + "\nCALL (" + rows
                                + ") {\nUNWIND " + rows + " AS row\nWITH " + collected.bound() + paged
                        : "\nWITH " + plan.carried() + paged);
        StringBuilder inner = new StringBuilder(renamed(plan.page().cypher(matched), own, column));
        // collect() leaves nulls out: a page whose nodes are not selected still has its rows, for cursors and counts.
        String object = nodeField == null ? "0" : object(nodeField, inner, node);
        preludes.append(
                        parent == null
                                ? "CALL () {\n"
                                : "CALL (" + parent + ") {\nWITH " + parent + " AS " + plan.parent() + "\n")
                .append(inner)
                .append("RETURN collect(" + object + ") AS " + column + ", collect(key) AS " + column + "_keys\n")
                .append(
                        counted
                                ? "}\nRETURN " + column + ", " + column + "_keys, size(" + rows + ") AS " + column
                                        + "_total\n}\n"
                                : "}\n");
        return "[" + column + ", " + column + "_keys, " + (counted ? column + "_total" : "0") + "]";
    }

    /** The {@code node} field under a connection's {@code edges} (at most one of each), or null when none is selected. */
    private static ExecutableNormalizedField connectionNode(ExecutableNormalizedField connection) {
        ExecutableNormalizedField node = null;
        for (ExecutableNormalizedField child : connection.getChildren()) {
            switch (child.getName()) {
                case "edges" -> {
                    for (ExecutableNormalizedField edge : child.getChildren()) {
                        if (edge.getName().equals("node")) {
                            if (node != null) {
                                throw new Untranslatable("more than one node selection in " + connection.getName());
                            }
                            node = edge;
                        } else if (!edge.getName().equals("cursor") && !isTypename(edge)) {
                            throw new Untranslatable("edge field " + edge.getName());
                        }
                    }
                }
                case "pageInfo", "totalCount", "__typename" -> {}
                default -> throw new Untranslatable("connection field " + child.getName());
            }
        }
        return node;
    }

    /** The one description of the field for all the object types it is selected on. */
    private FieldCypher describe(ExecutableNormalizedField field) {
        FieldCypher found = null;
        for (String type : field.getObjectTypeNames()) {
            FieldCypher cypher = table.get(type, field.getName());
            if (cypher == null || (found != null && found != cypher)) {
                throw new Untranslatable(type + "." + field.getName() + " is not described in Cypher");
            }
            found = cypher;
        }
        if (found == null) {
            throw new Untranslatable(field.getName() + " has no object type");
        }
        return found;
    }

    /** {@code text} with its parameters renamed for subquery {@code column}, and those parameters added so named. */
    private String renamed(String text, Map<String, Object> own, String column) {
        own.forEach((name, value) -> parameters.put(column + "_" + name, value));
        Matcher matcher = PARAMETER.matcher(text);
        return matcher.replaceAll(m -> Matcher.quoteReplacement("$" + column + "_" + m.group(1)));
    }

    /** {@code expression} with {@code node} standing for the variable {@code variable}. */
    private static String bound(String expression, String variable) {
        return NODE.matcher(expression).replaceAll(variable);
    }

    private String column() {
        if (++subqueries > MAX_SUBQUERIES) {
            throw new Untranslatable("more than " + MAX_SUBQUERIES + " subqueries");
        }
        return "c" + subqueries;
    }

    private static boolean isTypename(ExecutableNormalizedField field) {
        return field.getName().equals("__typename");
    }

    // The way back: the query's value → the answer's JSON.

    private Object value(
            ExecutableNormalizedField field, String objectType, Value value, GraphQLContext context, Locale locale) {
        if (isTypename(field)) {
            return objectType;
        }
        Shape shape = shape(field);
        FieldCypher cypher = shape.cypher();
        GraphQLOutputType type = shape.type();
        if (cypher instanceof Constant constant) {
            return completed(type, constant.value(), context, locale);
        }
        if (cypher instanceof FieldCypher.Value) {
            return completed(type, value.isNull() ? null : value.asObject(), context, locale);
        }
        if (cypher instanceof Listed) {
            return connection(field, value, context, locale);
        }
        if (cypher instanceof All) {
            List<Object> objects = new ArrayList<>(value.size());
            for (Value each : value.values()) {
                objects.add(object(field, each, context, locale));
            }
            return objects;
        }
        if (value.isNull()) {
            return nullable(type, null);
        }
        return object(field, value, context, locale);
    }

    private Map<String, Object> object(
            ExecutableNormalizedField field, Value value, GraphQLContext context, Locale locale) {
        Discriminator discriminator = discriminators.get(field);
        String type = discriminator == null
                ? shape(field).typeName()
                : discriminator.typeName().apply(value.get(0).asObject());
        int offset = discriminator == null ? 0 : 1;
        Map<String, Object> object = new LinkedHashMap<>();
        List<ExecutableNormalizedField> children = field.getChildren();
        for (int i = 0; i < children.size(); i++) {
            ExecutableNormalizedField child = children.get(i);
            if (child.getObjectTypeNames().contains(type)) {
                object.put(child.getResultKey(), value(child, type, value.get(i + offset), context, locale));
            }
        }
        return object;
    }

    private Map<String, Object> connection(
            ExecutableNormalizedField field, Value value, GraphQLContext context, Locale locale) {
        ExecutableNormalizedField nodeField = shape(field).node();
        Connection<Value> page = pages.get(field)
                .connection(value.get(0), value.get(1), value.get(2).asLong(), v -> v);
        Map<String, Object> connection = new LinkedHashMap<>();
        String typeName = shape(field).typeName();
        for (ExecutableNormalizedField child : field.getChildren()) {
            connection.put(
                    child.getResultKey(),
                    switch (child.getName()) {
                        case "__typename" -> typeName;
                        case "totalCount" -> page.totalCount();
                        case "pageInfo" -> pageInfo(child, page.pageInfo());
                        default -> edges(child, nodeField, page, context, locale);
                    });
        }
        return connection;
    }

    private List<Map<String, Object>> edges(
            ExecutableNormalizedField edges,
            ExecutableNormalizedField nodeField,
            Connection<Value> page,
            GraphQLContext context,
            Locale locale) {
        String typeName = shape(edges).typeName();
        List<Map<String, Object>> answer = new ArrayList<>(page.edges().size());
        for (Connection.Edge<Value> edge : page.edges()) {
            Map<String, Object> json = new LinkedHashMap<>();
            for (ExecutableNormalizedField child : edges.getChildren()) {
                json.put(
                        child.getResultKey(),
                        switch (child.getName()) {
                            case "__typename" -> typeName;
                            case "cursor" -> edge.cursor();
                            default ->
                                edge.node().isNull()
                                        ? nullable(shape(nodeField).type(), null)
                                        : object(nodeField, edge.node(), context, locale);
                        });
            }
            answer.add(json);
        }
        return answer;
    }

    private static Map<String, Object> pageInfo(ExecutableNormalizedField field, Connection.PageInfo info) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (ExecutableNormalizedField child : field.getChildren()) {
            json.put(
                    child.getResultKey(),
                    switch (child.getName()) {
                        case "__typename" -> "PageInfo";
                        case "hasNextPage" -> info.hasNextPage();
                        case "hasPreviousPage" -> info.hasPreviousPage();
                        case "startCursor" -> info.startCursor();
                        case "endCursor" -> info.endCursor();
                        default -> throw new Untranslatable("PageInfo." + child.getName());
                    });
        }
        return json;
    }

    /**
     * What the answer needs of a field, looked up once per request: graphql-java finds a field's type through the
     * schema each time it is asked, which was a tenth of the CPU of a town's directory asked for each of its values.
     */
    private record Shape(GraphQLOutputType type, String typeName, FieldCypher cypher, ExecutableNormalizedField node) {}

    private Shape shape(ExecutableNormalizedField field) {
        Shape shape = shapes.get(field);
        if (shape == null) {
            GraphQLOutputType type = field.getType(schema);
            FieldCypher cypher = isTypename(field) || field.getObjectTypeNames().isEmpty()
                    ? null
                    : table.get(field.getObjectTypeNames().iterator().next(), field.getName());
            shape = new Shape(
                    type,
                    ((graphql.schema.GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type)).getName(),
                    cypher,
                    cypher instanceof Listed ? connectionNode(field) : null);
            shapes.put(field, shape);
        }
        return shape;
    }

    /** A scalar, an enum or a list of them, as graphql-java completes it: the schema's coercing, nulls checked. */
    private static Object completed(GraphQLType type, Object value, GraphQLContext context, Locale locale) {
        if (value == null) {
            return nullable(type, null);
        }
        GraphQLType inner = GraphQLTypeUtil.unwrapNonNull(type);
        if (inner instanceof GraphQLList list) {
            if (!(value instanceof List<?> values)) {
                throw new Untranslatable(
                        "a list expected, got " + value.getClass().getSimpleName());
            }
            List<Object> completed = new ArrayList<>(values.size());
            for (Object each : values) {
                completed.add(completed(list.getWrappedType(), each, context, locale));
            }
            return completed;
        }
        if (inner instanceof GraphQLScalarType scalar) {
            return scalar.getCoercing().serialize(value, context, locale);
        }
        if (inner instanceof GraphQLEnumType enumType) {
            return enumType.serialize(value, context, locale);
        }
        throw new Untranslatable("a value of type " + inner);
    }

    /** Null, where the schema allows it; where it does not, graphql-java answers with an error, and so must it. */
    private static Object nullable(GraphQLType type, Object value) {
        if (type instanceof GraphQLNonNull) {
            throw new Untranslatable("null for a non-null field");
        }
        return value;
    }
}
