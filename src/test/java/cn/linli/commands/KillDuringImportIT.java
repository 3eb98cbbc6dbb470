package cn.linli.commands;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * docs/OPERATIONS.md's crash-safety check, {@code bench/kill-during-import.sh}: it imports into a store of its own,
 * kills the import, imports again and compares the counts, and exits 0 when all of that held. It needs nothing
 * of the other *IT tests, so it goes first ({@link Order}, see the failsafe settings in pom.xml) and runs while
 * the service the others share is set up.
 */
@Order(1)
class KillDuringImportIT {

    @BeforeAll
    static void setUpTheSharedServiceMeanwhile() {
        SeededService.startInBackground();
    }

    @Test
    void killingAnImportLeavesAStoreThatTheNextImportCompletes() {
        BenchScriptsIT.bench(
                Map.of(
                        "PORT",
                        String.valueOf(Commands.freePort()),
                        "BOLT",
                        String.valueOf(Commands.freePort()),
                        "JAVA_TOOL_OPTIONS",
                        Launched.JVM_OPTIONS),
                "kill-during-import.sh");
    }
}
