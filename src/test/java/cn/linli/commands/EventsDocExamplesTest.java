package cn.linli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import cn.linli.partner.Scope;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/EVENTS.md's GraphQL examples, run in order as the document says (a key of partner dept-05 with scope
 * EVENTS_DEPARTMENT under 511402): each {@code graphql} block with the {@code json} variables after it answers exactly
 * the {@code json} shown after those. The register example is followed by the withdrawal, so the seed is left as it was.
 */
class EventsDocExamplesTest extends PartnerTest {

    private static final Path EVENTS = Path.of("docs/EVENTS.md");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyGraphQlExampleOfTheEventsDocumentAnswersWhatTheDocumentShows() {
        String key = key("dept-05", Set.of(Scope.EVENTS_DEPARTMENT), "511402");
        List<Markdown.Block> blocks = Markdown.read(EVENTS).blocks();
        int examples = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Markdown.Block block = blocks.get(i);
            if (!block.language().equals("graphql")) {
                continue;
            }
            Markdown.Block variables = blocks.get(i + 1);
            Markdown.Block answer = blocks.get(i + 2);
            assertThat(List.of(variables.language(), answer.language()))
                    .as("after %s: its variables and its answer", block.where(EVENTS))
                    .containsExactly("json", "json");
            GraphQlTester.Request<?> request = as(key).document(block.text());
            JSON.readValue(variables.text(), Map.class)
                    .forEach((name, value) -> request.variable((String) name, value));
            Object data = request.execute().returnResponse().getData();
            JsonNode answered = JSON.valueToTree(data);
            assertThat(answered).as("answer of %s", block.where(EVENTS)).isEqualTo(JSON.readTree(answer.text()));
            examples++;
        }
        assertThat(examples).as("GraphQL examples in %s", EVENTS).isEqualTo(2);
    }
}
