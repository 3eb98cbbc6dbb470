package cn.linli.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliTest;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/** {@code node(id:)} finds a record of every type that implements Node, by the id a list gave it. */
class NodeTest extends LinliTest {

    /** Each type and a list query whose first id (at any depth, {@code id} fields named {@code found}) is one of it. */
    private static final Map<String, String> LISTS = new LinkedHashMap<>();

    /**
     * A registration (部门报到) is listed by neither of its ends' lists, which list departments and places: its id is
     * made from the first department a community's list gives and that community, as docs/EVENTS.md says.
     */
    private static final String REGISTERED_COMMUNITY = "511402001001";

    static {
        for (String level : List.of("City", "District", "Town", "Community", "Grid")) {
            LISTS.put(
                    level, "{ places(level: " + level.toUpperCase() + ", first: 1) { edges { node { found: id } } } }");
        }
        LISTS.put("Provider", "{ providers(first: 1) { edges { node { found: id } } } }");
        LISTS.put("ServiceItem", """
                { providers(kinds: [NEIGHBORHOOD_CENTER], first: 5) { edges { node {
                    serviceItems(first: 1) { edges { node { found: id } } } } } } }""");
        LISTS.put("Resource", "{ resources(first: 1) { edges { node { found: id } } } }");
        LISTS.put("Deployment", """
                { projects(first: 20) { edges { node {
                    deployments(first: 1) { edges { node { found: id } } } } } } }""");
        LISTS.put("Need", "{ needs(first: 1) { edges { node { found: id } } } }");
        LISTS.put("Event", "{ events(first: 1) { edges { node { found: id } } } }");
        LISTS.put("DutyRegistration", """
                { node(id: "Community:%s") { ... on Community {
                    reportingDepartments(first: 1) { edges { node { found: id } } } } } }""".formatted(REGISTERED_COMMUNITY));
    }

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void everyTypeThatImplementsNodeIsTestedHere() {
        GraphQLInterfaceType node =
                (GraphQLInterfaceType) graphQlSource.schema().getType("Node");
        assertThat(graphQlSource.schema().getImplementations(node).stream()
                        .map(GraphQLNamedType::getName)
                        .collect(Collectors.toSet()))
                .isEqualTo(LISTS.keySet());
    }

    @Test
    void nodeFindsARecordOfEveryTypeByTheIdItsListGave() {
        Map<String, Object> found = new LinkedHashMap<>();
        Map<String, Object> expected = new LinkedHashMap<>();
        LISTS.forEach((type, list) -> {
            String id = type.equals("DutyRegistration")
                    ? "DutyRegistration:" + firstId(list).substring("Provider:".length()) + "/" + REGISTERED_COMMUNITY
                    : firstId(list);
            assertThat(id).as("%s: an id from its list", type).startsWith(type + ":");
            expected.put(id, Map.of("__typename", type, "id", id));
            found.put(
                    id,
                    graphQl()
                                            .document("query($id: ID!) { node(id: $id) { __typename id } }")
                                            .variable("id", id)
                                            .execute()
                                            .returnResponse()
                                            .getData()
                                    instanceof Map<?, ?> data
                            ? data.get("node")
                            : null);
        });
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void anIdOfAKnownTypeThatNamesNoRecordIsNull() {
        for (String id : List.of(
                "Resource:no-such",
                "Need:no-such",
                "Deployment:no-such/511402001001-01",
                "Deployment:x",
                "DutyRegistration:dept-08/511402001001-01",
                "DutyRegistration:x")) {
            graphQl()
                    .document("query($id: ID!) { node(id: $id) { id } }")
                    .variable("id", id)
                    .execute()
                    .path("node")
                    .valueIsNull();
        }
    }

    private String firstId(String list) {
        Map<String, Object> data =
                graphQl().document(list).execute().returnResponse().getData();
        return found(data).stream().filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Every value named {@code found} in an answer, in document order. */
    @SuppressWarnings("unchecked")
    private static List<String> found(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .flatMap(e -> e.getKey().equals("found")
                            ? java.util.stream.Stream.of((String) e.getValue())
                            : found(e.getValue()).stream())
                    .toList();
        }
        if (value instanceof List<?> list) {
            return list.stream().flatMap(v -> found(v).stream()).toList();
        }
        return List.of();
    }
}
