package cn.linli.api.translate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlRequest;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * A document whose fields the features describe in Cypher is answered by one query, and that answer is the one
 * graphql-java gives executing it field by field: the same JSON, byte for byte (key order, nulls, cursors, errors).
 * The expected answer of each case is the field-by-field execution of the same request, which shares none of the
 * translation's code; each case also checks which way it went, so that a translation that quietly gave up fails.
 */
class TranslatedQueriesTest extends LinliTest {

    private static final String TOWN_DIRECTORY = """
            query($code: String!) { place(code: $code) { code name ... on Town { communities(first: 20) {
              edges { node { code name grids(first: 20) { edges { node { code name
                servedBy(first: 10) { edges { node { name kind } } } } } } } } } } } }""";

    private static final String GRID = """
            query($code: String!) { place(code: $code) { __typename code name level kind
              ancestors { __typename code name level kind } ... on Grid { baseData { households population partyMembers elderly children } dutyContact { role phone }
                servedBy(first: 10) { totalCount edges { node { id name kind phone hours aliases capacity } } } } } }""";

    private static final String PROVIDERS = """
            query($kinds: [ProviderKind!], $within: String, $category: ServiceCategory, $first: Int) {
              providers(kinds: $kinds, within: $within, first: $first) {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id name address hours description
                  serviceItems(category: $category) { edges { node { id name category fee documents languages } } } } } } }""";

    private static final String RESOURCES = """
            query($within: String, $status: ResourceStatus, $sort: ResourceSort, $deployed: DateRange, $last: Int) {
              resources(within: $within, status: $status, sort: $sort, deployed: $deployed, last: $last) {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id name type category description status owner { id name kind }
                  deployments(first: 30) { totalCount edges { cursor node { id since until
                    grid { code name ancestors { code } } resource { name } } } } } } } }""";

    @Autowired
    JsonMapper json;

    @Test
    void everyTownsDirectoryIsAnsweredByOneQueryAsFieldByField() {
        List<String> towns = codes("TOWN");
        assertThat(towns).hasSizeGreaterThan(10);
        for (String town : towns) {
            assertThat(assertSameAnswer(TOWN_DIRECTORY, Map.of("code", town), true))
                    .as(town + ": one query")
                    .isEqualTo(1);
        }
    }

    @Test
    void everyGridsDetailAndWhoServesItIsAnsweredAsFieldByField() {
        List<String> grids = codes("GRID");
        assertThat(grids).hasSizeGreaterThan(100);
        for (String grid : grids) {
            assertSameAnswer(GRID, Map.of("code", grid), true);
        }
    }

    @Test
    void providersAndTheirItemsAreAnsweredAsFieldByField() {
        for (String within : List.of("511402", "511403", "511400", "511402001")) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("kinds", List.of("ELDERLY_CARE", "NEIGHBORHOOD_CENTER"));
            variables.put("within", within);
            variables.put("category", "ELDERLY_CARE");
            variables.put("first", 20);
            assertSameAnswer(PROVIDERS, variables, true);
        }
        assertSameAnswer(PROVIDERS, new HashMap<>(Map.of("first", 100)), true);
    }

    @Test
    void theResourceListWithOwnersAndDeploymentsIsAnsweredAsFieldByField() {
        assertSameAnswer(
                "{ resources(first: 50) { edges { node { id name category status owner { name }"
                        + " deployments(first: 30) { edges { node { since until grid { code name } } } } } } } }",
                Map.of(),
                true);
        assertSameAnswer(
                "{ projects(first: 100) { totalCount edges { node { name deployments { edges { node { id } } } } } } }",
                Map.of(),
                true);
        for (String sort : List.of("NAME", "NEWEST", "OLDEST")) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("sort", sort);
            assertSameAnswer(RESOURCES, variables, true);
            variables.put("within", "511402001");
            variables.put("deployed", Map.of("from", "2024-01-01"));
            assertSameAnswer(RESOURCES, variables, true);
            variables.put("last", 5);
            variables.put("status", "ACTIVE");
            assertSameAnswer(RESOURCES, variables, true);
        }
    }

    @Test
    void whatIsNearAPointIsAnsweredAsFieldByField() {
        String nearby = """
                query($lon: Float!, $lat: Float!, $crs: CoordinateSystem, $radius: Int, $kinds: [ProviderKind!],
                      $openAt: String, $last: Int) {
                  nearby(location: {lon: $lon, lat: $lat, crs: $crs}, radius: $radius, kinds: $kinds, openAt: $openAt,
                         last: $last) {
                    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                    edges { cursor node { distanceMeters provider { id name kind level address phone hours } } } } }""";
        for (double[] point : new double[][] {{103.8325, 30.0438}, {103.85, 30.06}, {103.80, 30.10}}) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("lon", point[0]);
            variables.put("lat", point[1]);
            assertSameAnswer(nearby, variables, true);
            variables.put("radius", 5000);
            variables.put("kinds", List.of("NEIGHBORHOOD_CENTER", "ELDERLY_CARE"));
            assertSameAnswer(nearby, variables, true);
            variables.put("crs", "GCJ02");
            variables.put("openAt", "2025-10-01T10:00");
            variables.put("last", 3);
            assertSameAnswer(nearby, variables, true);
        }
        assertSameAnswer(nearby, Map.of("lon", 103.8325, "lat", 30.0438, "radius", 0), false);
    }

    @Test
    void theCountsOfEveryDistrictAndOfTheCityAreAnsweredAsFieldByField() {
        String counts = """
                query($code: String!) { place(code: $code) { code counts { districts towns communities villages grids
                  providers households population } ... on District { towns(first: 3) { edges { node { counts {
                  communities grids population } } } } } } }""";
        List<String> places = new ArrayList<>(codes("DISTRICT"));
        places.addAll(codes("CITY"));
        places.addAll(List.of("511402001", "511402001001", "511402001001-01"));
        for (String place : places) {
            assertSameAnswer(counts, Map.of("code", place), true);
        }
    }

    @Test
    void theGapListsOfEveryDistrictAreAnsweredAsFieldByField() {
        String gaps = """
                query($place: String!, $kind: ProviderKind!, $first: Int) { gaps(place: $place) { place { __typename code
                  name } gridsWithoutCenter(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor
                  node { code name level ancestors { code } servedBy(first: 3) { edges { node { name } } } } } }
                  communitiesLacking(kind: $kind, first: $first) { totalCount edges { node { code kind } } } } }""";
        List<String> places = new ArrayList<>(codes("DISTRICT"));
        places.addAll(codes("CITY"));
        places.addAll(List.of("511402001", "511402001001", "511402001001-01"));
        for (String place : places) {
            for (String kind : List.of("NEIGHBORHOOD_CENTER", "ELDERLY_CARE")) {
                Map<String, Object> variables = new HashMap<>(Map.of("place", place, "kind", kind));
                assertSameAnswer(gaps, variables, true);
                variables.put("first", 2);
                assertSameAnswer(gaps, variables, true);
            }
        }
        // a place that does not exist, or none, is an error of the field-by-field execution
        assertSameAnswer(gaps, Map.of("place", "999999", "kind", "ELDERLY_CARE"), false);
        assertSameAnswer(gaps, Map.of("place", " ", "kind", "ELDERLY_CARE"), false);
    }

    @Test
    void aliasesFragmentsTypenamesAndFiltersAreAnsweredAsFieldByField() {
        assertSameAnswer("""
                query { a: place(code: " 511402001 ") { ...town __typename } b: place(code: "511402") { ...district } }
                fragment town on Place { n: name ... on Town { __typename c: communities(kind: VILLAGE) {
                  __typename edges { __typename cursor node { code } } } communities(kind: COMMUNITY, first: 3) {
                  pageInfo { hasNextPage endCursor } edges { node { code kind grids(first: 2) { totalCount } } } } } }
                fragment district on District { towns(kind: STREET) { totalCount edges { node { name level } } } }""", Map.of(), true);
        assertSameAnswer(
                "{ place(code: \"511402\") { ... on District { towns(first: 1) { pageInfo { endCursor } } } } }",
                Map.of(),
                true);
    }

    @Test
    void aPageAfterACursorIsAnsweredAsFieldByField() {
        Map<String, Object> first = fieldByField(
                "{ place(code: \"511402001\") { ... on Town { communities(first: 2) { edges { cursor } } } } }",
                Map.of());
        String cursor = json.readTree(json.writeValueAsString(first))
                .at("/data/place/communities/edges/1/cursor")
                .asString();
        assertSameAnswer("""
                query($after: String) { place(code: "511402001") { ... on Town { communities(first: 3, after: $after) {
                  pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { code } } } } } }""", Map.of("after", cursor), true);
    }

    @Test
    void whatItDoesNotDescribeOrAnErrorIsExecutedFieldByField() {
        // parent is not described in Cypher; a page too large and a foreign cursor are errors.
        assertSameAnswer("{ place(code: \"511402\") { code parent { code } } }", Map.of(), false);
        assertSameAnswer("{ resources(deployed: {from: \"2024-13-01\"}) { totalCount } }", Map.of(), false);
        assertSameAnswer(
                "{ place(code: \"511402001\") { ... on Town { communities(first: 101) { totalCount } } } }",
                Map.of(),
                false);
        assertSameAnswer(
                "{ place(code: \"511402001\") { ... on Town { communities(after: \"bm90IGEgY3Vyc29y\") { totalCount } } } }",
                Map.of(),
                false);
    }

    @Test
    void aDocumentOfMoreSubqueriesThanTheBoundIsExecutedFieldByField() {
        String place = "p%d: place(code: \"511402001\") { code }";
        String within = IntStream.rangeClosed(1, Translation.MAX_SUBQUERIES)
                .mapToObj(place::formatted)
                .collect(Collectors.joining(" ", "{ ", " }"));
        String beyond = IntStream.rangeClosed(1, Translation.MAX_SUBQUERIES + 1)
                .mapToObj(place::formatted)
                .collect(Collectors.joining(" ", "{ ", " }"));
        assertSameAnswer(within, Map.of(), true);
        assertSameAnswer(beyond, Map.of(), false);
    }

    @Test
    void aPlaceThatDoesNotExistIsNullAsFieldByField() {
        assertSameAnswer(
                "{ place(code: \"999999\") { code ... on Grid { servedBy { totalCount } } } }", Map.of(), true);
    }

    /**
     * The field-by-field answer, then the same request as it is served, and which way it was answered; returns the
     * Cypher queries the served request sent.
     */
    private double assertSameAnswer(String document, Map<String, Object> variables, boolean translates) {
        String expected = json.writeValueAsString(fieldByField(document, variables));
        double translatedBefore = translated();
        double queriesBefore = cypherQueries();
        String actual = json.writeValueAsString(execute(document, variables, false));
        double queries = cypherQueries() - queriesBefore;
        assertThat(actual).as(document + " " + variables).isEqualTo(expected);
        assertThat(translated() - translatedBefore)
                .as("translated: " + document + " " + variables)
                .isEqualTo(translates ? 1 : 0);
        return queries;
    }

    private Map<String, Object> fieldByField(String document, Map<String, Object> variables) {
        return execute(document, variables, true);
    }

    private Map<String, Object> execute(String document, Map<String, Object> variables, boolean fieldByField) {
        ExecutionGraphQlRequest request =
                new DefaultExecutionGraphQlRequest(document, null, variables, Map.of(), "test", null);
        if (fieldByField) {
            request.configureExecutionInput(
                    (input, builder) -> builder.graphQLContext(Map.of(TranslatedQueries.FIELD_BY_FIELD, true))
                            .build());
        }
        ExecutionGraphQlResponse response = graphQlService.execute(request).block();
        return response.toMap();
    }

    private double translated() {
        return meters.counter(TranslatedQueries.COUNTER, "way", "translated").count();
    }

    /** Codes of every place of a level, read field by field. */
    private List<String> codes(String level) {
        List<String> codes = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("level", level);
            variables.put("after", after);
            var page = json.readTree(json.writeValueAsString(fieldByField("""
                            query($level: PlaceLevel!, $after: String) { places(level: $level, first: 100, after: $after) {
                              pageInfo { hasNextPage endCursor } edges { node { code } } } }""", variables)))
                    .at("/data/places");
            page.get("edges").forEach(edge -> codes.add(edge.at("/node/code").asString()));
            after = page.at("/pageInfo/hasNextPage").asBoolean()
                    ? page.at("/pageInfo/endCursor").asString()
                    : null;
        } while (after != null);
        return codes;
    }
}
