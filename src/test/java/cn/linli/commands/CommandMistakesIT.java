package cn.linli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-shot commands given something wrong, each on a new store of its own: they end with a non-zero exit code
 * and a message that names what is wrong, never a stack trace. They need nothing of the shared service, so they
 * run while it is set up ({@link Order}).
 */
@Order(2)
class CommandMistakesIT {

    @Test
    void aBadRowStopsTheImportWithItsFileAndLineAndNoStackTrace(@TempDir Path seed) throws IOException {
        for (Path file : ImportSeedCommandIT.seedFiles()) {
            Files.copy(file, seed.resolve(file.getFileName()));
        }
        Path towns = seed.resolve("towns.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(towns, StandardCharsets.UTF_8));
        lines.set(2, lines.get(2).replaceFirst(",\\d+\\.\\d+,", ",east,")); // line 3: the second town's lon
        Files.write(towns, lines, StandardCharsets.UTF_8);

        List<String> args = new ArrayList<>(List.of("--import-seed", "--linli.seed.dir=" + seed));
        args.addAll(Commands.onStore(Commands.tempDir("bad-seed-store")));
        try (Launched run =
                Launched.run("--import-seed with a bad row", Duration.ofMinutes(5), Map.of(), Commands.jar(args))) {
            assertThat(run.exitCode()).as(run.describe()).isNotZero();
            assertThat(run.output()).contains("towns.csv:3: lon 'east' is not a number");
            assertThat(run.stackTraceLines()).as(run.describe()).isEmpty();
        }
    }

    @Test
    void aScopeThatDoesNotExistExitsTwoWithAMessageNamingScopes() {
        List<String> args = new ArrayList<>(
                List.of("--issue-key", "--partner=ops", "--scopes=SUPERUSER", "--linli.seed.on-start=false"));
        args.addAll(Commands.onStore(Commands.tempDir("bad-scope-store")));
        try (Launched run =
                Launched.run("--issue-key with a bad scope", Duration.ofMinutes(5), Map.of(), Commands.jar(args))) {
            assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
            assertThat(run.lines())
                    .as(run.describe())
                    .anySatisfy(line -> assertThat(line).contains("--scopes").contains("SUPERUSER"));
            assertThat(run.stackTraceLines()).as(run.describe()).isEmpty();
        }
    }
}
