package cn.linli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JsonShapeTest {

    private final JsonShape shape = new JsonShape();

    @Test
    void equalAnswersHaveNoDifference() {
        assertThat(shape.differences(
                        json("{\"a\":[1,{\"b\":\"x\"}],\"c\":null}"), json("{\"a\":[1,{\"b\":\"x\"}],\"c\":null}")))
                .isEmpty();
    }

    @Test
    void aChangedValueAMissingFieldAnExtraFieldAndAnotherLengthAreEachNamed() {
        assertThat(shape.differences(json("{\"a\":1,\"b\":2,\"l\":[1,2]}"), json("{\"a\":3,\"c\":2,\"l\":[1]}")))
                .containsExactly(
                        "$.a: shown 1, answered 3",
                        "$.b: shown 2, missing in the answer",
                        "$.l: shown 2 elements, answered [1]",
                        "$.c: answered 2, not shown");
    }

    @Test
    void generatedIdsAndTimesAreComparedByShapeAndRememberedForLaterDocuments() {
        JsonNode shown = json(
                "{\"id\":\"Need:need-a3067722-55e4-4ead-99e7-bd00a1b2d494\",\"at\":\"2026-11-26T14:45:03+08:00\"}");
        JsonNode answered = json(
                "{\"id\":\"Need:need-0f0e0d0c-0b0a-4009-8807-060504030201\",\"at\":\"2027-01-02T03:04:05+08:00\"}");

        assertThat(shape.differences(shown, answered)).isEmpty();
        assertThat(shape.substitute("{ auditLog(recordId: \"Need:need-a3067722-55e4-4ead-99e7-bd00a1b2d494\") }"))
                .isEqualTo("{ auditLog(recordId: \"Need:need-0f0e0d0c-0b0a-4009-8807-060504030201\") }");
    }

    @Test
    void aGeneratedValueOfAnotherShapeIsADifference() {
        JsonNode shown = json(
                "{\"id\":\"Need:need-a3067722-55e4-4ead-99e7-bd00a1b2d494\",\"at\":\"2026-11-26T14:45:03+08:00\"}");
        assertThat(shape.differences(shown, json("{\"id\":\"Resource:res-01\",\"at\":\"yesterday\"}")))
                .hasSize(2);
    }

    @Test
    void aPrintedApiKeyMatchesTheOneShownByShape() {
        assertThat(shape.matches(
                        "linli_N3bPVIgY7d7N_sLyfEP2sCtqDdaWtRuncoHe7yOXG-A",
                        "linli_QGFpLCbVuPZhu5q_eZvrl_8HeGExP9urtKXneRdhJSE"))
                .isTrue();
        assertThat(shape.matches("linli_N3bPVIgY7d7N_sLyfEP2sCtqDdaWtRuncoHe7yOXG-A", "linli_short"))
                .isFalse();
        assertThat(shape.matches(
                        "API key for ops (scopes [ADMIN], places []).", "API key for ops (scopes [ADMIN], places [])."))
                .isTrue();
    }

    private static JsonNode json(String text) {
        return GraphQlHttp.JSON.readTree(text);
    }
}
