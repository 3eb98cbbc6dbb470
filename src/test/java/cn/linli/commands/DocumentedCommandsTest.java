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
 * entry is added.
 */
class DocumentedCommandsTest {

    /** A kind of documented command, and what runs it. */
    private record Exercised(Pattern command, String by) {
        Exercised(String regex, String by) {
            this(Pattern.compile(regex), by);
        }
    }

    private static final String JAR = "java (-Xmx\\S+ )?-jar target/linli-(0\\.1\\.0-SNAPSHOT|\\*)\\.jar";

    static final List<Exercised> INVENTORY = List.of(
            new Exercised("mvn spring-boot:run", "README set-up (first screen)"),
            new Exercised("mvn verify", ".ci/run"),
            new Exercised("mvn -q (-DskipTests package|package -DskipTests)", "the package phase of mvn verify (.ci/run)"),
            new Exercised("mvn spring-boot:run -Dspring-boot.run.arguments=--import-seed", "SeededService (ImportSeedCommandIT)"),
            new Exercised("mvn spring-boot:run -Dspring-boot.run.arguments=--linli\\.\\S+", "ReadmeExamplesIT"),
            new Exercised("mvn -q (compile )?exec:java -Dexec\\.mainClass=cn\\.linli\\.seed\\.generate\\.SeedGenerator .*", ".ci/run"),
            new Exercised(JAR + " --issue-key .*", "SeededService (IssueKeyCommandIT)"),
            new Exercised(JAR + " --import-seed.*", "SeededService (ImportSeedCommandIT)"),
            new Exercised(JAR + "( --server\\.port=\\d+)?", "bench/serve.sh (SeededService)"),
            new Exercised("curl .*localhost:8080/graphql .*", "ReadmeExamplesIT"),
            new Exercised("curl .*localhost:8080/(opendata|hsds).*", "OpenDataReadmeIT"),
            new Exercised("docker compose up --build", "DockerComposeFileTest (no Docker engine here: the files are checked)"),
            new Exercised("bench/serve\\.sh.*", "SeededService"),
            new Exercised("bench/(coverage|coverage-strategies|portal|list-cache|load|soak|profile|scales|export)\\.sh.*", "BenchScriptsIT"),
            new Exercised("bench/kill-during-import\\.sh.*", "KillDuringImportIT"),
            new Exercised("bench/(pinyin-compare|gcj02)\\.sh.*", ".ci/run (after mvn verify: they need no service)"));

    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern COMMAND = Pattern.compile("^(mvn|java|curl|docker|bash|bench/[\\w-]+\\.sh)( |$)");
    private static final Pattern ASSIGNMENTS = Pattern.compile("^([A-Z_]+=\\S+ )+");

    @Test
    void everyCommandTheDocumentsShowIsRunByATestOrByTheCiScript() throws IOException {
        Set<String> commands = documentedCommands();
        assertThat(commands).as("commands found in the documents").hasSizeGreaterThan(20);
        List<String> unexercised = commands.stream()
                .filter(command -> INVENTORY.stream().noneMatch(entry -> entry.command().matcher(command).matches()))
                .toList();
        assertThat(unexercised).as("documented commands that no test and not .ci/run runs (add one, then an INVENTORY entry)")
                .isEmpty();
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
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md"), Path.of("seed/README.md"), Path.of("seed/FORMAT.md")));
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
            for (Path script : scripts.filter(p -> p.toString().endsWith(".sh")).sorted().toList()) {
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
            String command = ASSIGNMENTS.matcher(part.strip()).replaceFirst("")
                    .replaceFirst("\\s+#.*$", "").replaceFirst("\\s*&$", "").strip();
            if (COMMAND.matcher(command).find()) {
                commands.add(command.replaceAll("\\s+", " "));
            }
        }
    }
}
