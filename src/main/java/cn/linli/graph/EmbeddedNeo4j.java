package cn.linli.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Neo4j started inside this JVM, reachable over Bolt on 127.0.0.1 only.
 * The application talks to it through the ordinary driver, exactly as to an external server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final Neo4jSettings.Embedded settings;
    private final Path home;
    private DatabaseManagementService service;
    private int boltPort;

    public EmbeddedNeo4j(Neo4jSettings.Embedded settings) {
        this.settings = settings;
        this.home = settings.temporary() ? createTempHome() : home(settings);
    }

    /** The store directory {@code settings} name, absolute (unless the store is temporary). */
    public static Path home(Neo4jSettings.Embedded settings) {
        return Path.of(settings.storeDir()).toAbsolutePath().normalize();
    }

    /**
     * Whether another Neo4j holds the store under {@code home}: the lock Neo4j takes on {@code store_lock} while it
     * runs (released by the operating system when its process ends, however it ends). Nothing is created.
     */
    public static boolean inUse(Path home) {
        Path lockFile = Neo4jLayout.of(home).storeLockFile();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held by a Neo4j in this very JVM
        } catch (NoSuchFileException e) {
            return false; // no Neo4j has ever run on this store
        } catch (IOException e) {
            return false; // not for this check to judge: Neo4j's own start reports what is wrong with the store
        }
    }

    public synchronized void start() {
        if (service != null) {
            return;
        }
        long started = System.nanoTime();
        try {
            service = build();
        } catch (RuntimeException e) {
            // Taken since cn.linli.StoreInUse's early check (or that check was not made): say it plainly all the same.
            if (causedByStoreLock(e) && inUse(home)) {
                throw new StoreInUseException(home, e);
            }
            throw e;
        }
        GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        // Remember the bound port so a restart (fault tests) comes back on the same address.
        boltPort = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        log.info(
                "Embedded Neo4j started in {} ms: store {}, bolt://127.0.0.1:{}",
                (System.nanoTime() - started) / 1_000_000,
                home,
                boltPort);
    }

    private DatabaseManagementService build() {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(
                        BoltConnector.listen_address,
                        new SocketAddress("127.0.0.1", boltPort > 0 ? boltPort : settings.boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Boot's Netty 4.2 cannot run Neo4j 5.26's in-JVM local channel; Bolt over TCP is unaffected.
                .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                // Bolt's two Netty event loop groups each wait a 5 s quiet period on shutdown: 10 s added to every
                // stop (a one-shot command, a test process). The driver is closed before the database stops.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // A single server that has not reached a client's bookmark (Linli-Bookmarks) never will: say so soon
                // rather than after the default 30 s.
                .setConfig(GraphDatabaseSettings.bookmark_ready_timeout, java.time.Duration.ofSeconds(2))
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(settings.pageCache()))
                .build();
    }

    /** Neo4j's own words for a store another process holds: a FileLockException some causes down. */
    private static boolean causedByStoreLock(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileLockException) {
                return true;
            }
        }
        return false;
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    public synchronized boolean running() {
        return service != null;
    }

    /** Stops the database but keeps the store, so {@link #start()} can bring it back. */
    public synchronized void stop() {
        if (service != null) {
            service.shutdown();
            service = null;
            log.info("Embedded Neo4j stopped");
        }
    }

    @Override
    public synchronized void close() {
        stop();
        if (settings.temporary()) {
            deleteRecursively(home);
        }
    }

    private static Path createTempHome() {
        try {
            return Files.createTempDirectory("linli-neo4j-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete temporary store {}: {}", dir, e.getMessage());
        }
    }
}
