package cn.linli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * README "For open-data users": each bash block that downloads from /opendata or /hsds, run as written against the
 * packaged service on the imported store (only the port differs), prints exactly the text block the README shows
 * after it.
 */
@ResourceLock(value = SeededService.QUERY_PLANS, mode = ResourceAccessMode.READ)
class OpenDataReadmeIT {

    private static final Path README = Path.of("README.md");

    private final SeededService service = SeededService.get();

    @TestFactory
    Stream<DynamicTest> everyOpenDataExampleOfTheReadmePrintsWhatTheReadmeShows() {
        List<Markdown.Block> blocks = Markdown.read(README).blocks();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Markdown.Block block = blocks.get(i);
            Markdown.Block shown = blocks.get(i + 1);
            if (block.language().equals("bash") && block.text().matches("(?s).*localhost:8080/(opendata|hsds).*")) {
                assertThat(shown.language())
                        .as("the block after %s shows its output", block.where(README))
                        .isEqualTo("text");
                tests.add(DynamicTest.dynamicTest("bash at " + block.where(README), () -> check(block, shown)));
            }
        }
        assertThat(tests).as("open-data examples in README.md").hasSizeGreaterThanOrEqualTo(3);
        return tests.stream();
    }

    private void check(Markdown.Block block, Markdown.Block shown) {
        String script = block.text().replace("localhost:8080", "localhost:" + service.port);
        try (Launched run = Launched.run(
                "README open-data example", Duration.ofSeconds(120), Map.of(), List.of("bash", "-c", script))) {
            assertThat(run.exitCode()).as(run.describe()).isZero();
            assertThat(stripped(run.output()))
                    .as("output of the bash block at %s", block.where(README))
                    .isEqualTo(stripped(shown.text()));
        }
    }

    private static List<String> stripped(String text) {
        return text.lines().map(String::stripTrailing).filter(l -> !l.isEmpty()).toList();
    }
}
