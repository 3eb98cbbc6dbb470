package cn.linli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

/** {@code --issue-key} as README.md ("For partners") shows it, run as real processes of the packaged jar. */
@ResourceLock(value = SeededService.QUERY_PLANS, mode = ResourceAccessMode.READ)
class IssueKeyCommandIT {

    private static final String RAISE = """
            mutation { raiseNeed(input: {clientMutationId: "issue-key-it", title: "帮忙取药", category: VOLUNTEERING,
              gridCode: "511402001001-01"}) { need { id status } } }""";

    @Test
    void everyIssueKeyCommandOfTheReadmeExitsZeroOnTheStoppedStoreAndPrintsAKey() {
        for (SeededService.IssuedKey issued : SeededService.get().keys.values()) {
            assertThat(issued.run().exitCode()).as(issued.run().describe()).isZero();
            assertThat(issued.key())
                    .as("the key printed by " + issued.run().describe())
                    .isPresent();
            assertThat(issued.run().stackTraceLines())
                    .as(issued.run().describe())
                    .isEmpty();
        }
    }

    @Test
    void theCommandPrintsTheLinesTheReadmeShowsUnderIt() {
        JsonShape shape = new JsonShape();
        for (SeededService.IssuedKey issued : SeededService.get().keys.values()) {
            List<String> printed = issued.run().lines();
            for (String shown : issued.shownOutput()) {
                assertThat(printed)
                        .as("%s prints a line like %s", issued.command(), shown)
                        .anySatisfy(
                                line -> assertThat(shape.matches(shown, line)).isTrue());
            }
        }
    }

    @Test
    void theIssuedKeyAuthorisesAWriteAndTheAdminKeyReadsItInTheAuditLog() {
        SeededService service = SeededService.get();
        GraphQlHttp graphQl = new GraphQlHttp(service.url());

        JsonNode refused = graphQl.post(RAISE);
        assertThat(refused.at("/errors/0/extensions/code").asString())
                .as(refused.toString())
                .isEqualTo("FORBIDDEN");

        JsonNode outOfScope = graphQl.post(RAISE, service.key("dept"));
        assertThat(outOfScope.at("/errors/0/extensions/code").asString())
                .as(outOfScope.toString())
                .isEqualTo("FORBIDDEN");

        // the README's command-line keys are an ADMIN key and a department's RESOURCES key: the ADMIN one raises a need
        JsonNode raised = graphQl.post(RAISE, service.adminKey());
        assertThat(raised.has("errors")).as(raised.toString()).isFalse();
        assertThat(raised.at("/data/raiseNeed/need/status").asString()).isEqualTo("OPEN");

        String needId = raised.at("/data/raiseNeed/need/id").asString();
        JsonNode audit = graphQl.post(
                "{ auditLog(recordId: \"" + needId + "\") { totalCount edges { node { partner mutation } } } }",
                service.adminKey());
        assertThat(audit.has("errors")).as(audit.toString()).isFalse();
        assertThat(audit.at("/data/auditLog/totalCount").asInt()).isEqualTo(1);
        assertThat(audit.at("/data/auditLog/edges/0/node/partner").asString())
                .isEqualTo(service.keys.values().stream()
                        .filter(k -> k.command().contains("--scopes=ADMIN"))
                        .findFirst()
                        .orElseThrow()
                        .partner());
        assertThat(audit.at("/data/auditLog/edges/0/node/mutation").asString()).isEqualTo("raiseNeed");
    }

    /**
     * The agreed contract for a store that a running service holds (the embedded database locks it): one line that
     * says so and names the way that works then, the {@code issueApiKey} mutation; exit 1; no stack trace.
     */
    @Test
    void issuingAKeyWhileTheServiceRunsOnTheStoreExitsOneSayingInOneLineThatItIsInUse() {
        SeededService service = SeededService.get();
        List<String> args = new ArrayList<>(List.of("--issue-key", "--partner=ops-2", "--scopes=ADMIN"));
        args.addAll(Commands.onStore(service.store));
        try (Launched run =
                Launched.run("--issue-key on a store in use", Duration.ofMinutes(5), Map.of(), Commands.jar(args))) {
            assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
            assertThat(run.lines())
                    .as(run.describe())
                    .anySatisfy(line -> assertThat(line).contains("in use").contains("issueApiKey"));
            assertThat(run.stackTraceLines()).as(run.describe()).isEmpty();
        }
    }
}
