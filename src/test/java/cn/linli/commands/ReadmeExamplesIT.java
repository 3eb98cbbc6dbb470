package cn.linli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

/**
 * Every query README.md shows, read from README.md itself, sent to the packaged service on the imported store:
 * the {@code curl} commands as they are written (only the port differs, and {@code $COMMUNITY_KEY} and the like
 * hold the keys the README's {@code --issue-key} commands printed), the GraphQL documents as POST bodies. Where
 * the README shows the answer, the answer's {@code data} must be that JSON ({@code extensions} aside; generated
 * ids and times by their shape); where it shows none, the answer must carry data and no error. Examples run in
 * README order, so the audit-log query reads the need the {@code raiseNeed} example wrote.
 */
@ResourceLock(value = SeededService.QUERY_PLANS, mode = ResourceAccessMode.READ)
class ReadmeExamplesIT {

    private static final Path README = Path.of("README.md");
    private static final Pattern KEY_VARIABLE = Pattern.compile("\\$([A-Z]+)_KEY");
    private static final Pattern ISSUED_PARTNER =
            Pattern.compile("issueApiKey\\(input: \\{[^}]*partner: \\\\\"([^\\\\\"]+)\\\\\"");
    /** Keys issued by the README's own issueApiKey example, by partner. */
    private final Map<String, String> issuedByExamples = new java.util.concurrent.ConcurrentHashMap<>();

    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");

    /** A query shown in one or more forms (a GraphQL document and its curl command), and what the README says it answers. */
    private record Example(List<Markdown.Block> forms, Markdown.Block answer, List<String> gives) {}

    private final SeededService service = SeededService.get();
    private final GraphQlHttp graphQl = new GraphQlHttp(service.url());
    private final JsonShape shape = new JsonShape();

    @TestFactory
    Stream<DynamicTest> everyReadmeQueryAnswersWhatTheReadmeShows() {
        List<Example> examples = examples(Markdown.read(README));
        assertThat(examples).as("queries found in README.md").hasSizeGreaterThanOrEqualTo(10);
        return examples.stream()
                .flatMap(example -> example.forms().stream()
                        .map(form -> DynamicTest.dynamicTest(
                                form.language() + " at " + form.where(README)
                                        + (example.answer() == null
                                                ? ", no answer shown"
                                                : " answers the json at line "
                                                        + example.answer().line()),
                                () -> check(example, form))));
    }

    @Test
    void theGraphiqlPageTheReadmeOpensIsServed() {
        assertThat(graphQl.getStatus("/graphiql")).isEqualTo(200);
    }

    /**
     * README "Configuration": a Spring property given as an argument through Maven, the README's command as it is
     * (on a copy of the imported store, a free port and no fixed Bolt port, through the README's variables).
     */
    @Test
    void aPropertyGivenAsAnArgumentToMavensRunTakesEffect() throws Exception {
        Matcher shown = Pattern.compile(
                        "`(\\./mvnw spring-boot:run -Dspring-boot.run.arguments=--linli.paging.max-size=(\\d+))`")
                .matcher(Files.readString(README));
        assertThat(shown.find()).as("README.md shows the max-size example").isTrue();
        int maxSize = Integer.parseInt(shown.group(2));
        int port = Commands.freePort();
        try (Launched run = Launched.start(
                "README: " + shown.group(1),
                Map.of(
                        "SERVER_PORT",
                        String.valueOf(port),
                        "LINLI_STORE_DIR",
                        service.copyOfStore().toString(),
                        "LINLI_BOLT_PORT",
                        "0",
                        "JAVA_TOOL_OPTIONS",
                        Launched.JVM_OPTIONS),
                Commands.maven(shown.group(1)))) {
            run.awaitHttpOk("http://127.0.0.1:" + port + "/actuator/health", Duration.ofMinutes(5));
            GraphQlHttp started = new GraphQlHttp("http://127.0.0.1:" + port);
            String page = "{ places(level: GRID, first: %d) { edges { node { code } } } }";
            assertThat(started.post(page.formatted(maxSize))
                            .at("/data/places/edges")
                            .size())
                    .isEqualTo(maxSize);
            assertThat(started.post(page.formatted(maxSize + 1))
                            .at("/errors/0/message")
                            .asString())
                    .contains("at most " + maxSize);
        }
    }

    private void check(Example example, Markdown.Block form) {
        JsonNode answer = form.language().equals("graphql") ? postDocument(form.text()) : runCurl(form.text());
        String where = form.where(README);
        if (example.answer() == null) {
            assertThat(answer.has("errors"))
                    .as("%s answers without errors: %s", where, answer)
                    .isFalse();
            assertThat(answer.path("data").isObject())
                    .as("%s answers with data: %s", where, answer)
                    .isTrue();
            String data = answer.path("data").toString();
            for (String fragment : example.gives()) {
                assertThat(data)
                        .as("the README says %s gives %s", where, fragment)
                        .contains(fragment);
            }
            return;
        }
        JsonNode shown = GraphQlHttp.JSON.readTree(example.answer().text());
        assertThat(answer.has("errors"))
                .as("%s answers without errors: %s", where, answer)
                .isFalse();
        JsonNode data = answer.path("data");
        JsonNode comparable = shown.has("data") ? shown.get("data") : shown;
        JsonNode actual = sameNames(comparable, data)
                ? data
                : data.size() == 1
                        ? data.values().iterator().next() // the README shows the value of the only field
                        : data;
        assertThat(shape.differences(comparable, actual))
                .as(
                        "answer to %s compared with the JSON at %s",
                        where, example.answer().where(README))
                .isEmpty();
    }

    private JsonNode postDocument(String document) {
        // the audit log is for admin keys only (README "For partners"); every other read needs no key
        String key = document.contains("auditLog") || document.contains("apiKeys") ? service.adminKey() : null;
        return graphQl.post(shape.substitute(document), key);
    }

    private JsonNode runCurl(String command) {
        Map<String, String> environment = new HashMap<>();
        Matcher variable = KEY_VARIABLE.matcher(command);
        while (variable.find()) {
            environment.put(
                    variable.group(1) + "_KEY", keyNamed(variable.group(1).toLowerCase()));
        }
        String line = shape.substitute(command).replace("localhost:8080", "localhost:" + service.port);
        try (Launched curl =
                Launched.run("README curl", Duration.ofSeconds(60), environment, List.of("bash", "-c", line))) {
            assertThat(curl.exitCode()).as(curl.describe()).isZero();
            JsonNode answer = GraphQlHttp.JSON.readTree(curl.output());
            // a key issued by an example (issueApiKey) is the one the README's later $..._KEY names, by its partner
            Matcher partner = ISSUED_PARTNER.matcher(command);
            JsonNode secret = answer.at("/data/issueApiKey/secret");
            if (partner.find() && secret.isString()) {
                issuedByExamples.put(partner.group(1), secret.asString());
            }
            return answer;
        }
    }

    /** $ADMIN_KEY is the README's ADMIN key; any other $NAME_KEY the key of the partner whose name starts with name. */
    private String keyNamed(String name) {
        if (name.equals("admin")) {
            return service.adminKey();
        }
        return issuedByExamples.entrySet().stream()
                .filter(e -> e.getKey().startsWith(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseGet(() -> service.key(name));
    }

    private static boolean sameNames(JsonNode shown, JsonNode data) {
        return shown.isObject()
                && data.isObject()
                && Set.copyOf(shown.propertyNames()).equals(Set.copyOf(data.propertyNames()));
    }

    /**
     * Queries are {@code graphql} blocks and {@code bash} blocks that curl /graphql; blocks with nothing but blank
     * lines between them show the same query. The {@code json} block right after them (or after one line starting
     * with "answers") is their answer; a line right after them starting with "gives" names fragments of it.
     */
    private static List<Example> examples(Markdown readme) {
        List<Example> examples = new ArrayList<>();
        List<Markdown.Block> forms = new ArrayList<>();
        for (Markdown.Block block : readme.blocks()) {
            boolean query = block.language().equals("graphql")
                    || block.language().equals("bash")
                            && block.text().contains("curl ")
                            && block.text().contains("/graphql");
            boolean adjacent = block.before().isEmpty()
                    || block.before().size() == 1 && block.before().get(0).startsWith("answers");
            if (query && !forms.isEmpty() && block.before().isEmpty()) {
                forms.add(block);
                continue;
            }
            if (!forms.isEmpty()) {
                boolean answers = block.language().equals("json") && adjacent;
                examples.add(new Example(
                        List.copyOf(forms), answers ? block : null, answers ? List.of() : gives(block.before())));
                forms.clear();
            }
            if (query) {
                forms.add(block);
            }
        }
        if (!forms.isEmpty()) {
            examples.add(new Example(List.copyOf(forms), null, List.of()));
        }
        return examples;
    }

    /** The code spans of a "gives ..." line, as JSON fragments ({@code open24h: false} as {@code "open24h":false}). */
    private static List<String> gives(List<String> prose) {
        if (prose.isEmpty() || !prose.get(0).startsWith("gives ")) {
            return List.of();
        }
        List<String> fragments = new ArrayList<>();
        Matcher span = CODE_SPAN.matcher(prose.get(0));
        while (span.find()) {
            String fragment = span.group(1).replaceFirst("^(\\w+): ", "\"$1\":");
            if (fragment.contains(":")) {
                fragments.add(fragment);
            }
        }
        return fragments;
    }
}
