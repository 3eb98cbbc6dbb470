package cn.linli.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import cn.linli.partner.Scope;
import graphql.introspection.IntrospectionQuery;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Bad input is BAD_USER_INPUT naming the field, never INTERNAL, and changes nothing: also where parsing succeeds
 * and arithmetic would then fail (dates at the ends of ISO's range, cursors at the end of {@code long}); and the
 * engine's own errors say what is wrong the way a portal developer writes GraphQL.
 */
class BadInputTest extends PartnerTest {

    /** The input, and dates that parse but lie outside the days a client may name. */
    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01", "+999999999-12-31", "1899-12-31", "3000-01-01", "+10000-01-01"})
    void overdueNeedsAsOfAnExtremeDateIsBadInputOnAsOf(String asOf) {
        for (int days : new int[] {1, 3650}) {
            badInput(
                    query(
                            "query($asOf: String) { gaps(place: \"511402\") { overdueNeeds(days: " + days
                                    + ", asOf: $asOf) { totalCount } } }",
                            "asOf",
                            asOf),
                    "asOf",
                    "1900-01-01 and 2999-12-31");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "2999-12-31"})
    void overdueNeedsAsOfTheFirstOrLastDayAllowedIsAnswered(String asOf) {
        query(
                        "query($asOf: String) { gaps(place: \"511402\") { overdueNeeds(days: 3650, asOf: $asOf) { totalCount } } }",
                        "asOf",
                        asOf)
                .errors()
                .verify()
                .path("gaps.overdueNeeds.totalCount")
                .entity(Long.class)
                .satisfies(n -> assertThat(n).isNotNegative());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+999999999-12-31T23:59-18:00",
                "-999999999-01-01T00:00+18:00",
                "+999999999-12-31T23:59",
                "1899-12-31T23:59",
                "3000-01-01T00:00Z"
            })
    void openAtAnExtremeDateTimeIsBadInputOnOpenAtInSearchAndNearby(String openAt) {
        badInput(
                query("query($at: String) { search(text: \"养老\", openAt: $at) { totalCount } }", "at", openAt),
                "openAt",
                "1900-01-01 and 2999-12-31");
        badInput(
                query(
                        "query($at: String) { nearby(location: {lon: 103.83, lat: 30.05}, openAt: $at) { totalCount } }",
                        "at",
                        openAt),
                "openAt",
                "1900-01-01 and 2999-12-31");
    }

    @Test
    void openAtOnTheLastDayAllowedInAnyOffsetIsAnswered() {
        graphQl()
                .document("{ search(text: \"养老\", openAt: \"2999-12-31T23:59-18:00\") { totalCount } }")
                .execute()
                .errors()
                .verify();
    }

    @Test
    void dateRangesOfTheListsAreCheckedEndByEnd() {
        badInput(
                graphQl()
                        .document("{ needs(raised: {from: \"-999999999-01-01\"}) { totalCount } }")
                        .execute(),
                "raised.from",
                "1900-01-01 and 2999-12-31");
        badInput(
                graphQl()
                        .document("{ resources(deployed: {to: \"+999999999-12-31\"}) { totalCount } }")
                        .execute(),
                "deployed.to",
                "1900-01-01 and 2999-12-31");
        badInput(
                graphQl()
                        .document("{ projects(deployed: {from: \"2024-13-01\"}) { totalCount } }")
                        .execute(),
                "deployed.from",
                "ISO date");
    }

    @Test
    void aDeploymentDatedOutsideTheAllowedDaysIsBadInputAndWritesNothing() {
        String department = testDepartment("test-dept-dates");
        String key = key(department, Set.of(Scope.RESOURCES), COMMUNITY);
        publishResource(key, "test-res-dates", "便民磨刀", "RESOURCE", "CONVENIENCE");
        String deployments = "MATCH (:Resource {id: 'test-res-dates'})-[d:DEPLOYED_TO]->() RETURN count(d)";

        badInput(
                as(key).documentName("deployments")
                        .operationName("Deploy")
                        .variable(
                                "input",
                                Map.of(
                                        "resourceId",
                                        "Resource:test-res-dates",
                                        "gridCodes",
                                        List.of(GRID),
                                        "since",
                                        "+999999999-12-31"))
                        .execute(),
                "input.since",
                "1900-01-01 and 2999-12-31");
        assertThat(count(deployments, Map.of())).isZero();

        as(key).documentName("deployments")
                .operationName("Deploy")
                .variable(
                        "input",
                        Map.of(
                                "resourceId",
                                "Resource:test-res-dates",
                                "gridCodes",
                                List.of(GRID),
                                "since",
                                "2024-05-01"))
                .execute()
                .errors()
                .verify();
        badInput(
                as(key).documentName("deployments")
                        .operationName("Withdraw")
                        .variable(
                                "input",
                                Map.of(
                                        "resourceId",
                                        "Resource:test-res-dates",
                                        "gridCodes",
                                        List.of(GRID),
                                        "until",
                                        "-999999999-01-01"))
                        .execute(),
                "input.until",
                "1900-01-01 and 2999-12-31");
        assertThat(count(
                        "MATCH (:Resource {id: 'test-res-dates'})-[d:DEPLOYED_TO]->() WHERE d.until IS NULL RETURN count(d)",
                        Map.of()))
                .isEqualTo(1);
    }

    /** BD-09's formulas turn degrees beyond the globe into NaN, which no "outside China" check catches. */
    @Test
    void aProviderPlacedBeyondTheGlobeIsBadInputAndWritesNothing() {
        for (String crs : List.of("BD09", "GCJ02", "WGS84")) {
            badInput(
                    as(adminKey())
                            .documentName("upsertProvider")
                            .variable(
                                    "input",
                                    Map.of(
                                            "key",
                                            "test-beyond-globe",
                                            "name",
                                            "测试越界",
                                            "kind",
                                            "DEPARTMENT",
                                            "placeCode",
                                            QINGSHEN,
                                            "location",
                                            Map.of("lon", Double.MAX_VALUE, "lat", 29.83, "crs", crs)))
                            .execute(),
                    "input.location.lon",
                    "between -180 and 180");
        }
        assertThat(count("MATCH (p:Provider {id: 'test-beyond-globe'}) RETURN count(p)", Map.of()))
                .isZero();
    }

    @Test
    void aPositionCursorAtTheEndOfLongIsBadInputRatherThanTheFirstPageAgain() {
        // cursors were list positions once; none is read as a position now, however far it points
        String last = cursor("pos:" + Long.MAX_VALUE);
        badInput(
                query("query($after: String) { districts(after: $after) { totalCount } }", "after", last),
                "after",
                "not a cursor");
        badInput(
                query(
                        "query($after: String) { coverage(place: \"511402\", kind: ELDERLY_CARE, after: $after) { radius } }",
                        "after",
                        last),
                "after",
                "not a cursor");
    }

    @Test
    void aCursorOfGarbageIsBadInput() {
        for (String garbage :
                List.of("!!!", "", cursor("pos:-1"), cursor("pos:99999999999999999999"), "A".repeat(100_000))) {
            badInput(
                    query("query($after: String) { districts(after: $after) { totalCount } }", "after", garbage),
                    "after",
                    "not a cursor");
        }
    }

    @Test
    void anIntBeyond32BitsIsBadInputSaidAsGraphQlWithItsLocation() {
        ResponseError error = onlyError(graphQl()
                .document("{ gaps(place: \"511402\") { overdueNeeds(days: 1, first: 2147483648) { totalCount } } }")
                .execute());
        assertThat(error.getMessage())
                .isEqualTo(
                        "Argument 'first' must be an Int (a 32-bit integer, from -2147483648 to 2147483647); got 2147483648 (at gaps/overdueNeeds)");
        assertThat(error.getExtensions())
                .containsEntry("code", "BAD_USER_INPUT")
                .containsEntry("field", "first");
        assertThat(error.getLocations())
                .singleElement()
                .satisfies(l -> assertThat(l.getColumn()).isEqualTo(49));
    }

    @Test
    void aVariableBeyond32BitsIsBadInputNamingTheVariable() {
        ResponseError error =
                onlyError(query("query($n: Int) { districts(first: $n) { totalCount } }", "n", 2147483648L));
        assertThat(error.getMessage())
                .isEqualTo(
                        "Variable '$n' must be an Int (a 32-bit integer, from -2147483648 to 2147483647); got 2147483648");
        assertThat(error.getExtensions())
                .containsEntry("code", "BAD_USER_INPUT")
                .containsEntry("field", "$n");
    }

    @Test
    void valuesInEngineMessagesAreWrittenAsGraphQlNotAsSyntaxTreeObjects() {
        Map<String, String> expected = Map.of(
                "{ districts(first: {a: 1}) { totalCount } }",
                "Argument 'first' must be an Int (a whole number); got {a: 1} (at districts)",
                "{ districts(first: [1, 2]) { totalCount } }",
                "Argument 'first' must be an Int (a whole number); got [1, 2] (at districts)",
                "{ place(code: 5) { name } }",
                "Argument 'code' must be a String (text in double quotes); got 5 (at place)",
                "{ places(level: NOPE) { totalCount } }",
                "Argument 'level' must be one of the values of enum PlaceLevel; got NOPE (at places)",
                "{ nearby(location: {lon: 103.8, lat: 30, zz: \"x\"}) { totalCount } }",
                "Argument 'location' has a field 'zz' that LocationInput does not define; got {lon: 103.8, lat: 30, zz: \"x\"} (at nearby)",
                "{ nearby(location: {lon: 103.8}) { totalCount } }",
                "Argument 'location' lacks required field(s) lat; got {lon: 103.8} (at nearby)",
                "{ place { name } }",
                "Argument 'code' is required (at place)");
        expected.forEach((document, message) -> {
            List<ResponseError> errors = errors(graphQl().document(document).execute());
            assertThat(errors)
                    .as(document)
                    .anySatisfy(e -> assertThat(e.getMessage()).isEqualTo(message));
            assertThat(errors).as(document).allSatisfy(e -> {
                assertThat(e.getExtensions())
                        .containsEntry("code", "BAD_USER_INPUT")
                        .containsKey("field");
                assertThat(e.getMessage()).doesNotContainPattern("\\w+Value\\{|ObjectField|VariableReference");
            });
        });
    }

    @Test
    void variablesOfTheWrongJsonTypeAreSaidInJsonTermsNotJavaClasses() {
        Map<Object, String> expected = Map.of(
                1.5,
                "Variable '$n' must be an Int (a whole number); got a decimal number",
                "many",
                "Variable '$n' must be an Int (a whole number); got a string",
                Map.of("a", 1),
                "Variable '$n' must be an Int (a whole number); got a JSON object",
                List.of(1),
                "Variable '$n' must be an Int (a whole number); got a JSON array");
        expected.forEach((value, message) -> {
            ResponseError error =
                    onlyError(query("query($n: Int) { districts(first: $n) { totalCount } }", "n", value));
            assertThat(error.getMessage()).as(String.valueOf(value)).isEqualTo(message);
            assertThat(error.getExtensions()).containsEntry("field", "$n");
        });
        ResponseError notAnObject =
                onlyError(query("query($l: LocationInput!) { nearby(location: $l) { totalCount } }", "l", "103.8,30"));
        assertThat(notAnObject.getMessage())
                .isEqualTo("Variable '$l' must be a JSON object (an input object); got a string");
    }

    @Test
    void aLongValueIsNotEchoedInFull() {
        List<ResponseError> errors =
                errors(query("query($id: ID!) { node(id: $id) { id } }", "id", "x".repeat(100_000)));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.getExtensions())
                    .containsEntry("code", "BAD_USER_INPUT")
                    .containsEntry("field", "id");
            assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(1001);
        });
    }

    @Test
    void abusiveIntrospectionIsLimitExceededNotInternal() {
        for (String document : List.of(
                "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
                "{ "
                        + "s%d: __schema { queryType { name } } "
                                .repeat(12)
                                .formatted(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
                        + "}",
                "{ __type(name: \"Place\") { fields { type { fields { type { fields { type { name } } } } } } } }")) {
            ResponseError error = onlyError(graphQl().document(document).execute());
            assertThat(error.getExtensions())
                    .as(document)
                    .containsEntry("code", "LIMIT_EXCEEDED")
                    .containsEntry("limit", "introspection");
            assertThat(error.getMessage())
                    .startsWith("Request exceeds the introspection limit: ")
                    .doesNotContain("good faith");
        }
    }

    @Test
    void theIntrospectionQueryOfGraphiqlIsAnswered() {
        graphQl()
                .document(IntrospectionQuery.INTROSPECTION_QUERY)
                .execute()
                .errors()
                .verify()
                .path("__schema.queryType.name")
                .entity(String.class)
                .isEqualTo("Query");
    }

    private GraphQlTester.Response query(String document, String variable, Object value) {
        return graphQl().document(document).variable(variable, value).execute();
    }

    private static String cursor(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The one error is BAD_USER_INPUT on {@code field}, its message containing {@code says}. */
    private static void badInput(GraphQlTester.Response response, String field, String says) {
        ResponseError error = onlyError(response);
        assertThat(error.getExtensions())
                .containsEntry("code", "BAD_USER_INPUT")
                .containsEntry("field", field);
        assertThat(error.getMessage()).contains(says);
    }

    private static ResponseError onlyError(GraphQlTester.Response response) {
        List<ResponseError> errors = errors(response);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    private static List<ResponseError> errors(GraphQlTester.Response response) {
        List<ResponseError> errors = new java.util.ArrayList<>();
        response.errors().satisfy(errors::addAll);
        return errors;
    }
}
