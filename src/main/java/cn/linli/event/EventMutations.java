package cn.linli.event;

import cn.linli.event.EventInputs.CallbackEventInput;
import cn.linli.event.EventInputs.EscalateEventInput;
import cn.linli.event.EventInputs.EventPayload;
import cn.linli.event.EventInputs.EventStepInput;
import cn.linli.event.EventInputs.ReassignEventInput;
import cn.linli.event.EventInputs.ReportEventInput;
import cn.linli.event.EventInputs.RouteEventInput;
import cn.linli.event.EventInputs.StepInput;
import cn.linli.event.EventInputs.StepRequest;
import cn.linli.partner.Caller;
import cn.linli.write.Writes;
import java.util.List;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The five-step flow, one mutation per step: 网格发现报告 reportEvent → (吹哨 escalateEvent) → 网上分流移交 routeEvent →
 * 部门限时办理 acceptEvent, reportEventProgress, resolveEvent → 全程跟踪督办 reassignEvent → 办结回访反馈 callbackEvent.
 */
@Controller
class EventMutations {

    private final Writes writes;
    private final EventWrites events;
    private final EventQueries queries;

    EventMutations(Writes writes, EventWrites events, EventQueries queries) {
        this.writes = writes;
        this.events = events;
        this.queries = queries;
    }

    @MutationMapping
    EventPayload reportEvent(
            @Argument ReportEventInput input,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        Event event = writes.run(
                caller,
                request(EventAction.REPORT, input.clientMutationId(), input),
                (tx, apiKey) -> events.report(tx, apiKey, input),
                this::reload);
        return new EventPayload(input.clientMutationId(), event);
    }

    @MutationMapping
    EventPayload escalateEvent(
            @Argument EscalateEventInput input,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        return step(EventAction.ESCALATE, input, caller);
    }

    @MutationMapping
    EventPayload routeEvent(
            @Argument RouteEventInput input, @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        return step(EventAction.ROUTE, input, caller);
    }

    @MutationMapping
    EventPayload acceptEvent(
            @Argument EventStepInput input, @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        return step(EventAction.ACCEPT, input, caller);
    }

    @MutationMapping
    EventPayload reportEventProgress(
            @Argument EventStepInput input, @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        return step(EventAction.PROGRESS, input, caller);
    }

    @MutationMapping
    EventPayload resolveEvent(
            @Argument EventStepInput input, @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        return step(EventAction.RESOLVE, input, caller);
    }

    @MutationMapping
    EventPayload reassignEvent(
            @Argument ReassignEventInput input,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        return step(EventAction.REASSIGN, input, caller);
    }

    @MutationMapping
    EventPayload callbackEvent(
            @Argument CallbackEventInput input,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        return step(EventAction.CALLBACK, input, caller);
    }

    private EventPayload step(EventAction action, StepInput input, Caller caller) {
        StepRequest step = input.request();
        Event event = writes.run(
                caller,
                request(action, input.clientMutationId(), input),
                (tx, apiKey) -> events.step(tx, apiKey, action, step),
                this::reload);
        return new EventPayload(input.clientMutationId(), event);
    }

    /** Events are not cached (whether one is overdue changes with the clock), so a step makes no region stale. */
    private static Writes.Request request(EventAction action, String clientMutationId, Object input) {
        return new Writes.Request(action.mutation(), clientMutationId, input, action.scopes(), Set.of());
    }

    private Event reload(String key) {
        return queries.byKeys(List.of(key)).get(0);
    }
}
