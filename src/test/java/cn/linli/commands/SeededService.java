package cn.linli.commands;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The README's way in, done once for all *IT tests: on a new store, {@code --import-seed} with the packaged jar,
 * the same again with the README's {@code ./mvnw spring-boot:run -Dspring-boot.run.arguments=--import-seed}, the
 * README's {@code --issue-key} commands (the store is stopped), then the service on that store, started by
 * {@code bench/serve.sh} with {@code --linli.seed.on-start=false} (so whatever it holds came from the commands).
 * Each step is kept with its exit code and output for the tests to check; the service is stopped when the test
 * JVM exits.
 */
final class SeededService {

    /**
     * The shared service's query plans: {@code bench/feed-first-call.sh} clears them (db.clearQueryCaches), which made a
     * query another IT class sent meanwhile fail once; the classes that query the service hold this lock to read, that
     * test to write (JUnit runs IT classes concurrently).
     */
    static final String QUERY_PLANS = "SeededService query plans";

    private static final Pattern KEY_LINE = Pattern.compile("linli_[A-Za-z0-9_-]{43}");
    // Bounds against a hung process only: on a busy machine an import has taken 2.5 minutes, a key 1 minute.
    private static final Duration IMPORT_LIMIT = Duration.ofMinutes(10);
    private static final Duration COMMAND_LIMIT = Duration.ofMinutes(5);

    private static CompletableFuture<SeededService> setUp;

    /**
     * A README {@code --issue-key} command as run here, with the lines the README shows it printing.
     *
     * @param partner the command's {@code --partner}
     * @param key     the key it printed, if any
     */
    record IssuedKey(String partner, String command, List<String> shownOutput, Launched run, Optional<String> key) {}

    final Path store;
    final Launched freshImport;
    final Launched secondImport;
    final Map<String, IssuedKey> keys;
    final int port;
    final int boltPort;
    private final Path pristine;
    private final ProcessHandle service;

    /**
     * Starts setting up in the background, once: it takes minutes (two imports, four keys, a service start), and
     * tests that need none of it run meanwhile. {@link KillDuringImportIT}, which goes first, calls this.
     */
    static synchronized void startInBackground() {
        if (setUp == null) {
            setUp = new CompletableFuture<>();
            Thread thread = new Thread(
                    () -> {
                        try {
                            setUp.complete(new SeededService());
                        } catch (Throwable e) {
                            setUp.completeExceptionally(e);
                        }
                    },
                    "seeded-service");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** The service on the imported store, once set up (waiting for it if need be). */
    static SeededService get() {
        startInBackground();
        try {
            return setUp.get();
        } catch (ExecutionException e) {
            throw new AssertionError("the service on the imported store could not be set up", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private SeededService() {
        Markdown readme = Markdown.read(Path.of("README.md"));
        store = Commands.tempDir("store");

        List<String> importArgs = new ArrayList<>(List.of("--import-seed"));
        importArgs.addAll(Commands.onStore(store));
        freshImport = timed(() ->
                Launched.run("java -jar --import-seed (new store)", IMPORT_LIMIT, Map.of(), Commands.jar(importArgs)));

        secondImport = timed(() -> Launched.run(
                "./mvnw spring-boot:run --import-seed",
                IMPORT_LIMIT,
                Map.of(
                        "LINLI_STORE_DIR",
                        store.toString(),
                        "LINLI_BOLT_PORT",
                        "0",
                        "JAVA_TOOL_OPTIONS",
                        Launched.JVM_OPTIONS),
                Commands.maven(readme.commandLines().stream()
                        .filter(c -> c.contains("-Dspring-boot.run.arguments=--import-seed"))
                        .findFirst()
                        .orElseThrow(
                                () -> new AssertionError("README.md shows no ./mvnw spring-boot:run --import-seed")))));

        keys = issueKeys(readme);

        pristine = Commands.tempDir("store-copy");
        Commands.copyTree(store, pristine);

        port = Commands.freePort();
        boltPort = Commands.freePort();
        Path work = Commands.tempDir("service");
        Path serviceLog = work.resolve("service.log");
        Path pidFile = work.resolve("service.pid");
        Launched serve = timed(() -> Launched.run(
                "bench/serve.sh",
                IMPORT_LIMIT,
                Map.of(
                        "PORT",
                        String.valueOf(port),
                        "BOLT",
                        String.valueOf(boltPort),
                        "LOG",
                        serviceLog.toString(),
                        "PID_FILE",
                        pidFile.toString(),
                        "JAVA_OPTS",
                        Launched.JVM_OPTIONS,
                        "PAGE_CACHE",
                        "128m",
                        "WAIT",
                        "600"),
                // a generous query timeout: the tests check answers, and a busy machine must not turn them into
                // UNAVAILABLE
                List.of(
                        "bash",
                        "bench/serve.sh",
                        store.toString(),
                        "seed",
                        "--linli.seed.on-start=false",
                        "--linli.neo4j.query-timeout=60s")));
        if (serve.exitCode() != 0) {
            throw new AssertionError(
                    "bench/serve.sh could not start the service on the imported store: " + serve.describe());
        }
        long pid = Long.parseLong(read(pidFile).strip());
        service = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("the service (pid " + pid + ") is gone"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> Launched.end(service, Duration.ofSeconds(20))));
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    long pid() {
        return service.pid();
    }

    /** The key a README command issued with the ADMIN scope. */
    String adminKey() {
        return keys.values().stream()
                .filter(k -> k.command().contains("--scopes=ADMIN"))
                .findFirst()
                .flatMap(IssuedKey::key)
                .orElseThrow(() -> new AssertionError("README.md issues no ADMIN key with --issue-key"));
    }

    /** The key a README command issued to the partner whose name starts with {@code prefix} (e.g. {@code dept}). */
    String key(String prefix) {
        return keys.values().stream()
                .filter(k -> k.partner().startsWith(prefix))
                .findFirst()
                .flatMap(IssuedKey::key)
                .orElseThrow(() ->
                        new AssertionError("no key was issued to a partner named " + prefix + "…: " + keys.keySet()));
    }

    /** A new copy of the store as the commands left it, before the service opened it (for a second service). */
    Path copyOfStore() {
        Path copy = Commands.tempDir("store-copy");
        Commands.copyTree(pristine, copy);
        return copy;
    }

    /** Runs every {@code java -jar ... --issue-key} line of the README on the stopped store, in order. */
    private Map<String, IssuedKey> issueKeys(Markdown readme) {
        Map<String, IssuedKey> issued = new LinkedHashMap<>();
        for (Markdown.Block block : readme.blocks()) {
            if (!block.language().equals("bash") || !block.text().contains("--issue-key")) {
                continue;
            }
            // a command line, then the lines it prints shown as comments under it
            Map<String, List<String>> shown = new LinkedHashMap<>();
            List<String> current = null;
            for (String line : block.text().split("\n")) {
                if (line.startsWith("java ")) {
                    current = new ArrayList<>();
                    shown.put(line.strip(), current);
                } else if (line.startsWith("# ") && current != null) {
                    current.add(line.substring(2));
                }
            }
            shown.forEach((command, output) -> issued.put(partner(command), issue(command, output)));
        }
        if (issued.isEmpty()) {
            throw new AssertionError("README.md shows no --issue-key command");
        }
        return issued;
    }

    private IssuedKey issue(String command, List<String> shown) {
        List<String> words = Commands.shellWords(command);
        if (!words.subList(0, 3).equals(List.of("java", "-jar", Commands.JAR.toString()))) {
            throw new AssertionError("README command does not run the packaged jar: " + command);
        }
        List<String> args = new ArrayList<>(words.subList(3, words.size()));
        args.addAll(Commands.onStore(store));
        Launched run = timed(() -> Launched.run("README: " + command, COMMAND_LIMIT, Map.of(), Commands.jar(args)));
        Optional<String> key = run.lines().stream()
                .map(String::strip)
                .filter(l -> KEY_LINE.matcher(l).matches())
                .findFirst();
        return new IssuedKey(partner(command), command, List.copyOf(shown), run, key);
    }

    /** Runs a step and says how long it took (the test JVM's output), so that slow steps are seen. */
    private static Launched timed(Supplier<Launched> step) {
        long started = System.nanoTime();
        Launched done = step.get();
        System.out.printf(
                "[SeededService] %s: exit %d after %d s%n",
                done.name(), done.exitCode(), (System.nanoTime() - started) / 1_000_000_000);
        return done;
    }

    private static String partner(String command) {
        return Arrays.stream(command.split("\\s+"))
                .filter(w -> w.startsWith("--partner="))
                .findFirst()
                .map(w -> w.substring("--partner=".length()))
                .orElse("");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
