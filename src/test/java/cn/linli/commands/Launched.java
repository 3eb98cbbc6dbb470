package cn.linli.commands;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * A process a test starts as a user would (the packaged jar, a bench script, Maven), in the project folder:
 * its output (stdout and stderr) goes to a file, every wait is bounded, and {@link #close()} ends it and
 * every process it started.
 */
final class Launched implements AutoCloseable {

    /**
     * Options of every JVM the tests start. Several run at once on two cores: a bounded heap (an embedded Neo4j takes
     * about 1 GB), and the C1 compiler alone, which starts these short-lived JVMs with a quarter less CPU (and runs
     * a re-import faster: C2 does not pay for itself within a minute).
     */
    static final String JVM_OPTIONS = "-Xmx768m -XX:TieredStopAtLevel=1";

    private static final Pattern STACK_FRAME =
            Pattern.compile("^\\s+at [\\w.$/]+\\(|^Caused by: |^\\s+\\.\\.\\. \\d+ (common frames|more)");

    /** Processes not ended yet: ended when the test JVM exits, however the tests went. */
    private static final Set<Launched> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> List.copyOf(RUNNING).forEach(Launched::close)));
    }

    private final String name;
    private final Process process;
    private final Path output;

    private Launched(String name, Process process, Path output) {
        this.name = name;
        this.process = process;
        this.output = output;
        RUNNING.add(this);
    }

    static Launched start(String name, Map<String, String> environment, List<String> command) {
        try {
            String label = name.replaceAll("[^A-Za-z0-9-]+", "-");
            Path output =
                    Files.createTempFile("linli-it-" + label.substring(0, Math.min(40, label.length())) + "-", ".log");
            output.toFile().deleteOnExit();
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(new File("/dev/null"));
            builder.environment().putAll(environment);
            return new Launched(name, builder.start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + command, e);
        }
    }

    /** Runs {@code command} to its end and returns the finished process (exit code and output). */
    static Launched run(String name, Duration limit, Map<String, String> environment, List<String> command) {
        Launched launched = start(name, environment, command);
        launched.awaitExit(limit);
        return launched;
    }

    /** Waits for the process to end by itself; past {@code limit} it is killed and the test fails. */
    int awaitExit(Duration limit) {
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                close();
                throw new AssertionError(
                        name + " did not finish within " + limit + "; it was killed. Output ends:\n" + tail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new AssertionError(name + " interrupted", e);
        }
    }

    /** Waits until {@code url} answers 200; fails (with the output) if the process ends first or time runs out. */
    void awaitHttpOk(String url, Duration limit) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(
                        name + " ended (exit " + process.exitValue() + ") before " + url + " answered:\n" + tail());
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(5))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(name + " interrupted", e);
            }
            sleep(Duration.ofMillis(500));
        }
        close();
        throw new AssertionError(
                url + " did not answer 200 within " + limit + "; " + name + " was killed. Output ends:\n" + tail());
    }

    String name() {
        return name;
    }

    int exitCode() {
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> lines() {
        return output().lines().toList();
    }

    /** Lines of a Java stack trace in the output ({@code at org.…(…)}, {@code Caused by:}). */
    List<String> stackTraceLines() {
        return lines().stream().filter(l -> STACK_FRAME.matcher(l).find()).toList();
    }

    /** The last lines of the output, for failure messages. */
    String tail() {
        List<String> lines = lines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** For assertion messages: which command, how it ended, and the end of its output. */
    String describe() {
        return name + (process.isAlive() ? " (running)" : " (exit " + process.exitValue() + ")") + ", output ends:\n"
                + tail();
    }

    /** Ends the process and every process it started: politely (SIGTERM), then by force after 20 s. */
    @Override
    public void close() {
        RUNNING.remove(this);
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            end(handle, Duration.ofSeconds(20));
        }
    }

    /** Ends a process this test started but does not hold as a child (a service that a script put in the background). */
    static void end(ProcessHandle handle, Duration grace) {
        handle.destroy();
        try {
            handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            handle.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handle.destroyForcibly();
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
