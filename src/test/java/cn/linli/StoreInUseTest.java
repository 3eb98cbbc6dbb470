package cn.linli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linli.graph.EmbeddedNeo4j;
import cn.linli.graph.StoreInUseException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * A start on an embedded store that a running Linli holds is refused before anything starts, and what
 * {@code main} then prints is one line saying what to do instead. The lock Neo4j holds on {@code store_lock}
 * is taken here by the test, standing for the running service.
 */
class StoreInUseTest {

    @TempDir
    Path store;

    @Test
    void aStoreWhoseLockIsHeldIsInUseAndTheStartStopsBeforeTheBanner() throws IOException {
        Path lockFile = store.resolve("data/databases/store_lock");
        Files.createDirectories(lockFile.getParent());
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            assertThat(EmbeddedNeo4j.inUse(store)).isTrue();
            assertThatThrownBy(() -> new StoreInUse.EarlyCheck().onApplicationEvent(starting("--issue-key")))
                    .isInstanceOfSatisfying(
                            StoreInUseException.class,
                            e -> assertThat(e.store()).isEqualTo(store.toAbsolutePath()));
        }
        assertThat(EmbeddedNeo4j.inUse(store))
                .as("free again once its holder lets go")
                .isFalse();
        assertThatNoException()
                .isThrownBy(() -> new StoreInUse.EarlyCheck().onApplicationEvent(starting("--issue-key")));
    }

    @Test
    void aStoreNoNeo4jHasRunOnIsNotInUseAndIsLeftAsItWas() throws IOException {
        assertThat(EmbeddedNeo4j.inUse(store)).isFalse();
        try (var files = Files.list(store)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theLineNamesTheStoreAndWhatToDoInstead() {
        Path path = Path.of("/srv/linli/data/neo4j");
        assertThat(StoreInUse.line(path, new String[] {"--issue-key", "--partner=ops", "--scopes=ADMIN"}))
                .isEqualTo(
                        "The store /srv/linli/data/neo4j is in use by a running Linli; issue the key through it instead: "
                                + "mutation issueApiKey (ADMIN key), see README \"For partners\".");
        assertThat(StoreInUse.line(path, new String[] {"--import-seed"}))
                .isEqualTo(
                        "The store /srv/linli/data/neo4j is in use by a running Linli; stop it first, then run --import-seed again.");
        assertThat(StoreInUse.line(path, new String[] {"--server.port=8081"}))
                .startsWith(
                        "The store /srv/linli/data/neo4j is in use by a running Linli; stop it first, or start this one on another store")
                .doesNotContain("\n");
    }

    private ApplicationEnvironmentPreparedEvent starting(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test", Map.of("linli.neo4j.uri", "", "linli.neo4j.embedded.store-dir", store.toString())));
        return new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), new SpringApplication(), args, environment);
    }
}
