package cn.linli.seed;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What this instance knows about the seed import, for the requests it answers meanwhile: it imports (and which step),
 * it waits for another instance's import, or the import is DONE in the graph and it serves. It starts as STARTING:
 * the web server listens before the start-up import has even looked at the graph.
 *
 * <p>Readiness follows it: REFUSING_TRAFFIC from the moment an import runs or is awaited, ACCEPTING_TRAFFIC only once the
 * graph records the import DONE, so a load balancer sends no traffic to an incomplete graph.
 */
@Component
class SeedImportStatus {

    enum Phase {
        STARTING,
        IMPORTING,
        WAITING,
        READY
    }

    /** A step is a seed file name or {@link #DERIVATIONS}; {@code index} of {@code count} steps (files). */
    record Progress(Phase phase, String step, int index, int count) {

        /** For a client refused meanwhile: what is going on, that an answer would be incomplete, when to retry. */
        String refusal(long retryAfterSeconds) {
            return describe() + " Retry in " + retryAfterSeconds + " s.";
        }

        private String describe() {
            String where = step == null
                    ? ""
                    : step.equals(DERIVATIONS)
                            ? " (all " + count + " files written, now the derived properties)"
                            : " (" + step + ", file " + index + " of " + count + ")";
            return switch (phase) {
                case STARTING -> "The service is starting and has not yet checked that the seed data is complete.";
                case IMPORTING -> "The seed import is in progress" + where + "; the graph is incomplete until it ends.";
                case WAITING ->
                    "Another instance is importing the seed" + where + "; the graph is incomplete until it ends.";
                case READY -> "The seed is imported.";
            };
        }
    }

    static final String DERIVATIONS = "derived properties";

    private final ApplicationEventPublisher events;
    private volatile Progress current = new Progress(Phase.STARTING, null, 0, 0);

    SeedImportStatus(ApplicationEventPublisher events) {
        this.events = events;
    }

    Progress current() {
        return current;
    }

    boolean ready() {
        return current.phase() == Phase.READY;
    }

    void importing(String step, int index, int count) {
        change(new Progress(Phase.IMPORTING, step, index, count));
    }

    void waiting(String step, int index, int count) {
        change(new Progress(Phase.WAITING, step, index, count));
    }

    /** Call only when the graph records the import DONE. */
    void serve() {
        change(new Progress(Phase.READY, null, 0, 0));
    }

    private synchronized void change(Progress next) {
        boolean wasReady = ready();
        current = next;
        if (wasReady != ready()) {
            AvailabilityChangeEvent.publish(
                    events, this, ready() ? ReadinessState.ACCEPTING_TRAFFIC : ReadinessState.REFUSING_TRAFFIC);
        }
    }
}
