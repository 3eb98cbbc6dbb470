package cn.linli.commands;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Command lines as the README and docs write them, and the ports and folders the tests give them. */
final class Commands {

    /** The jar as README.md names it; {@code ./mvnw verify} builds it (package) before the *IT tests run. */
    static final Path JAR = Path.of("target/linli-0.1.0-SNAPSHOT.jar");

    private Commands() {}

    /** {@code java -jar target/linli-0.1.0-SNAPSHOT.jar args...}, with this JVM's java and the tests' JVM options. */
    static List<String> jar(List<String> args) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(List.of(Launched.JVM_OPTIONS.split(" ")));
        command.addAll(List.of("-jar", packagedJar().toString()));
        command.addAll(args);
        return command;
    }

    static List<String> jar(String... args) {
        return jar(List.of(args));
    }

    /** {@link #JAR}, once the package phase has built it. */
    static Path packagedJar() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: these tests run in `./mvnw verify`, after package");
        }
        return JAR;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * A documented {@code ./mvnw ...} line, in batch mode and without compiling again: {@code ./mvnw verify} has
     * compiled, and a compile now would rewrite the classes the test JVM is loading.
     */
    static List<String> maven(String documentedLine) {
        List<String> words =
                new ArrayList<>(Arrays.asList(documentedLine.strip().split("\\s+")));
        if (!words.get(0).equals("./mvnw")) {
            throw new IllegalArgumentException("not a Maven command: " + documentedLine);
        }
        words.addAll(1, List.of("-B", "-ntp"));
        words.addAll(List.of("-Dmaven.main.skip", "-Dmaven.test.skip=true"));
        return words;
    }

    /** Embedded-database arguments that keep a test's process on its own store and off the default Bolt port 7687. */
    static List<String> onStore(Path store) {
        return List.of("--linli.neo4j.embedded.store-dir=" + store, "--linli.neo4j.embedded.bolt-port=0");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty folder, deleted when the test JVM exits. */
    static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory("linli-it-" + prefix + "-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // already gone
        }
    }

    /** A command line split as a POSIX shell splits it: whitespace separates words, quotes group and are dropped. */
    static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.strip().toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
