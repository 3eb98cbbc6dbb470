package cn.linli.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each distinct document is parsed and validated once: the engine's parse-and-validate step runs for a text the
 * first time it is seen (in a locale), and the same outcome, refusals included, answers every later request.
 */
class DocumentsTest {

    private static final LimitSettings LIMITS =
            new LimitSettings(262_144, 16_384, 20, 30, 15, 50_000, List.of("first", "last"), "radius", 1000, 1000);

    private final Documents documents = new Documents(LIMITS);
    private final AtomicInteger parsed = new AtomicInteger();
    /** Stands for graphql-java's parse and validation: counts its runs and parses for real. */
    private final Function<ExecutionInput, PreparsedDocumentEntry> engine = input -> {
        parsed.incrementAndGet();
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    };

    @Test
    void theSameDocumentWithOtherVariablesIsParsedOnceAndGetsTheSameParsedDocument() {
        String text = "query($code: String!) { place(code: $code) { name } }";
        PreparsedDocumentEntry first = entry(input(text, Locale.ROOT).variables(Map.of("code", "511402")));
        PreparsedDocumentEntry second = entry(input(text, Locale.ROOT).variables(Map.of("code", "511403")));
        assertThat(parsed).hasValue(1);
        assertThat(second.getDocument()).isSameAs(first.getDocument());
        entry(input(text + " ", Locale.ROOT));
        assertThat(parsed).as("another text").hasValue(2);
    }

    @Test
    void aDocumentIsParsedAgainForAnotherLocaleSinceTheEngineWritesItsMessagesInIt() {
        String text = "{ districts { totalCount } }";
        entry(input(text, Locale.ROOT));
        entry(input(text, Locale.GERMAN));
        entry(input(text, Locale.GERMAN));
        assertThat(parsed).hasValue(2);
    }

    @Test
    void aDocumentOverTheTokenLimitIsRefusedEveryTimeWithTheSameErrorAndNeverParsed() {
        String text = "{ a b c d e f g h i j k l m n o p q r s t u v w x y z }"; // 28 tokens, limit 20
        PreparsedDocumentEntry first = entry(input(text, Locale.ROOT));
        PreparsedDocumentEntry second = entry(input(text, Locale.ROOT));
        assertThat(parsed).hasValue(0);
        assertThat(first.getErrors())
                .singleElement()
                .satisfies(error -> assertThat(error.getExtensions())
                        .containsEntry("limit", "tokens")
                        .containsEntry("actual", 28L)
                        .containsEntry("max", 20L));
        assertThat(second.getErrors()).isEqualTo(first.getErrors());
    }

    private PreparsedDocumentEntry entry(ExecutionInput.Builder input) {
        return documents.getDocumentAsync(input.build(), engine).join();
    }

    private static ExecutionInput.Builder input(String text, Locale locale) {
        return ExecutionInput.newExecutionInput(text).locale(locale);
    }
}
