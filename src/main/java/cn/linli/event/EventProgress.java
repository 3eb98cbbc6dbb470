package cn.linli.event;

import cn.linli.place.Place;
import java.util.List;

/**
 * An event as its resident follows it by reference number: the stage and when each step happened, by which role.
 * Deliberately less than {@link Event}: no notes, no place finer than the community, no department's words.
 */
record EventProgress(
        String reference,
        String category,
        EventStatus status,
        String communityCode,
        String reportedAt,
        String expectedAt,
        String updatedAt,
        boolean overdue,
        List<Step> steps) {

    record Step(EventAction action, EventRole role, String at) {
        public String actionLabel() {
            return action.label();
        }
    }

    static EventProgress of(Event event, List<EventStep> timeline) {
        return new EventProgress(
                event.reference(),
                event.category(),
                event.status(),
                Place.ancestorCodes(event.gridCode()).get(0),
                event.reportedAt(),
                event.expectedAt(),
                event.updatedAt(),
                event.overdue(),
                timeline.stream()
                        .map(s -> new Step(s.action(), s.role(), s.at()))
                        .toList());
    }

    public String statusLabel() {
        return status.label();
    }

    public Open311Status open311Status() {
        return status.open311();
    }
}
