package cn.linli;

import cn.linli.graph.EmbeddedNeo4j;
import cn.linli.graph.Neo4jSettings;
import cn.linli.graph.StoreInUseException;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A start on an embedded store that a running Linli holds ends with one line on stderr and status 1, not with
 * Spring's failure report: the likely case is an operator running {@code --issue-key} (or a second instance)
 * beside the service, and the line tells them what to do instead.
 */
public final class StoreInUse {

    private StoreInUse() {}

    /** What {@link LinliApplication#main} prints: what to do instead depends on what was started. */
    static String line(Path store, String[] args) {
        String inUse = "The store " + store + " is in use by a running Linli; ";
        if (Arrays.asList(args).contains("--issue-key")) {
            return inUse
                    + "issue the key through it instead: mutation issueApiKey (ADMIN key), see README \"For partners\".";
        }
        if (Arrays.asList(args).contains("--import-seed")) {
            return inUse + "stop it first, then run --import-seed again.";
        }
        return inUse + "stop it first, or start this one on another store (--linli.neo4j.embedded.store-dir=...) "
                + "or against a Neo4j server (NEO4J_URI).";
    }

    /** The store-in-use failure somewhere among {@code failure}'s causes, or null. */
    static StoreInUseException find(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreInUseException inUse) {
                return inUse;
            }
        }
        return null;
    }

    /**
     * Checks the store as soon as the configuration is known, before the banner, the logs and the context: a
     * locked store then costs no Spring start and no log lines. (Neo4j's own start would find it too, later.)
     */
    static final class EarlyCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            Neo4jSettings settings =
                    Binder.get(event.getEnvironment()).bindOrCreate("linli.neo4j", Neo4jSettings.class);
            if (settings.external() || settings.embedded().temporary()) {
                return;
            }
            Path home = EmbeddedNeo4j.home(settings.embedded());
            if (EmbeddedNeo4j.inUse(home)) {
                throw new StoreInUseException(home, null);
            }
        }
    }

    /**
     * Tells Spring Boot the failure is reported (it then logs no "Application run failed" trace and no failure
     * analysis): {@link LinliApplication#main} reports it, in one line. Listed in {@code META-INF/spring.factories}.
     */
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public static final class Reported implements SpringBootExceptionReporter {

        @Override
        public boolean reportException(Throwable failure) {
            return find(failure) != null;
        }
    }
}
