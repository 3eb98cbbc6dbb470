package cn.linli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project rule: apart from the README's two set-up commands, every command README.md, docs/, seed/ and the
 * headers of bench/ scripts show is run by a test or by .ci/run. This is the list of where, checked against the
 * documents: a command added to a document that matches no entry fails here until a test runs it and the
 * entry is added. What the list leaves to .ci/run is checked against .ci/run.
 */
class DocumentedCommandsTest {

    /** A kind of documented command, and what runs it. */
    private record Exercised(Pattern command, String by) {
        Exercised(String regex, String by) {
            this(Pattern.compile(regex), by);
        }
    }

    private static final String CI_SCRIPT = ".ci/run";
    private static final String JAR = "java (-Xmx\\S+ )?-jar target/linli-(0\\.1\\.0-SNAPSHOT|\\*)\\.jar";

    static final List<Exercised> INVENTORY = List.of(
            new Exercised("\\./mvnw spring-boot:run", "README set-up (first screen)"),
            new Exercised("\\./mvnw verify", CI_SCRIPT),
            new Exercised("\\./mvnw -q spotless:apply", CI_SCRIPT),
            new Exercised(
                    "\\./mvnw -q (-DskipTests package|package -DskipTests)",
                    "the package phase of ./mvnw verify (.ci/run)"),
            new Exercised(
                    "\\./mvnw spring-boot:run -Dspring-boot.run.arguments=--import-seed",
                    "SeededService (ImportSeedCommandIT)"),
            new Exercised("\\./mvnw spring-boot:run -Dspring-boot.run.arguments=--linli\\.\\S+", "ReadmeExamplesIT"),
            new Exercised("\\./mvnw -q test-compile exec:java@generate-seed( .*)?", CI_SCRIPT),
            new Exercised(JAR + " --issue-key .*", "SeededService (IssueKeyCommandIT)"),
            new Exercised(JAR + " --import-seed.*", "SeededService (ImportSeedCommandIT)"),
            new Exercised(JAR + "( --server\\.port=\\d+)?", "bench/serve.sh (SeededService)"),
            new Exercised("curl .*localhost:8080/graphql .*", "ReadmeExamplesIT"),
            new Exercised("curl .*localhost:8080/(opendata|hsds).*", "OpenDataReadmeIT"),
            new Exercised(
                    "docker compose up --build",
                    "DockerComposeFileTest (no Docker engine here: the files are checked)"),
            new Exercised("bench/serve\\.sh.*", "SeededService"),
            new Exercised(
                    "bench/(coverage|coverage-strategies|portal|list-cache|deep-pages|load|soak|profile|scales|export|floor|feed-first-call)\\.sh.*",
                    "BenchScriptsIT"),
            new Exercised("bench/kill-during-import\\.sh.*", "KillDuringImportIT"),
            new Exercised("bench/pinyin-compare\\.sh.*", CI_SCRIPT),
            new Exercised("bench/gcj02\\.sh.*", CI_SCRIPT),
            new Exercised(".*npm pack world-atlas@2\\.0\\.2.*", CI_SCRIPT),
            new Exercised("\\./mvnw -q test-compile exec:java@build-gcj02-region .*", CI_SCRIPT));

    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern COMMAND =
            Pattern.compile("^(\\./mvnw|mvn|java|curl|docker|bash|npm|bench/[\\w-]+\\.sh)( |$)");
    private static final Pattern ASSIGNMENTS = Pattern.compile("^([A-Z_]+=\\S+ )+");

    @Test
    void everyCommandTheDocumentsShowIsRunByATestOrByTheCiScript() throws IOException {
        Set<String> commands = documentedCommands();
        assertThat(commands).as("commands found in the documents").hasSizeGreaterThan(20);
        List<String> unexercised = commands.stream()
                .filter(command -> INVENTORY.stream()
                        .noneMatch(entry -> entry.command().matcher(command).matches()))
                .toList();
        assertThat(unexercised)
                .as("documented commands that no test and not .ci/run runs (add one, then an INVENTORY entry)")
                .isEmpty();
    }

    /** What the documents show is what a newcomer with Java alone can type, and runs the Maven the build pins. */
    @Test
    void everyMavenCommandTheDocumentsShowGoesThroughTheWrapper() throws IOException {
        assertThat(documentedCommands())
                .filteredOn(command -> command.startsWith("mvn "))
                .as("write ./mvnw")
                .isEmpty();
    }

    /** The README's set-up is two commands, and the second, the tests, is what CI runs, exactly as written. */
    @Test
    void theReadmesTwoSetUpCommandsComeFirstAndTheCiScriptRunsItsTestCommandAsWritten() throws IOException {
        Markdown.Block setUp = Markdown.read(Path.of("README.md")).blocks().get(0);
        assertThat(Markdown.commandLines(setUp.text()).stream().map(line -> line.replaceFirst("\\s+#.*$", "")))
                .containsExactly("./mvnw spring-boot:run", "./mvnw verify");
        assertThat(ciCommands()).contains("./mvnw verify");
    }

    @Test
    void everyCommandTheInventoryLeavesToTheCiScriptIsInIt() throws IOException {
        List<String> ci = ciCommands();
        for (Exercised entry : INVENTORY) {
            if (entry.by().equals(CI_SCRIPT)) {
                assertThat(ci)
                        .as(".ci/run runs " + entry.command())
                        .anyMatch(c -> entry.command().matcher(c).matches());
            }
        }
    }

    /** The command lines of .ci/run, continuations joined, comments left out. */
    private static List<String> ciCommands() throws IOException {
        return Markdown.commandLines(Files.readString(Path.of(CI_SCRIPT))).stream()
                .map(String::strip)
                .toList();
    }

    @Test
    void everyBenchScriptTheDocumentsNameExists() throws IOException {
        for (String command : documentedCommands()) {
            if (command.startsWith("bench/")) {
                assertThat(Path.of(command.split(" ")[0])).as(command).isRegularFile();
            }
        }
    }

    /** Commands of bash (and unlabeled) blocks and of code spans in the documents, and of bench/ script headers. */
    static Set<String> documentedCommands() throws IOException {
        Set<String> commands = new LinkedHashSet<>();
        List<Path> documents = new ArrayList<>(List.of(
                Path.of("README.md"),
                Path.of("seed/README.md"),
                Path.of("seed/FORMAT.md"),
                Path.of("src/main/resources/geo/README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        for (Path document : documents) {
            Markdown markdown = Markdown.read(document);
            for (Markdown.Block block : markdown.blocks()) {
                if (block.language().isEmpty() || block.language().equals("bash")) {
                    Markdown.commandLines(block.text()).forEach(line -> add(line.replaceFirst("^\\$ ", ""), commands));
                }
                block.before().forEach(prose -> spans(prose, commands));
            }
        }
        try (Stream<Path> scripts = Files.list(Path.of("bench"))) {
            for (Path script :
                    scripts.filter(p -> p.toString().endsWith(".sh")).sorted().toList()) {
                for (String line : Files.readAllLines(script)) {
                    if (!line.startsWith("#")) {
                        break;
                    }
                    // header prose: commands stand after ':' or between runs of spaces ("a    or    b")
                    for (String part : line.substring(1).split("\\s{2,}|:\\s+|\\s+or\\s+|[();]")) {
                        add(part, commands);
                    }
                }
            }
        }
        return commands;
    }

    private static void spans(String prose, Set<String> commands) {
        Matcher span = CODE_SPAN.matcher(prose);
        while (span.find()) {
            add(span.group(1), commands);
        }
    }

    /** One command line, split at {@code &&}, without variable assignments, a trailing {@code &} or a comment. */
    private static void add(String line, Set<String> commands) {
        for (String part : line.split("&&")) {
            String command = ASSIGNMENTS
                    .matcher(part.strip())
                    .replaceFirst("")
                    .replaceFirst("\\s+#.*$", "")
                    .replaceFirst("\\s*&$", "")
                    .strip();
            if (COMMAND.matcher(command).find()) {
                commands.add(command.replaceAll("\\s+", " "));
            }
        }
    }
}
