package cn.linli.event;

import static cn.linli.event.EventStatus.CLOSED;
import static cn.linli.event.EventStatus.ESCALATED;
import static cn.linli.event.EventStatus.IN_PROGRESS;
import static cn.linli.event.EventStatus.REPORTED;
import static cn.linli.event.EventStatus.RESOLVED;
import static cn.linli.event.EventStatus.ROUTED;

import cn.linli.partner.Scope;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The steps of an event, each one mutation: which status and level it may follow, what it leads to, and which role
 * takes it. The whole state machine of docs/EVENTS.md is this enum.
 */
public enum EventAction {
    /** 网格发现报告: a grid worker reports; the event starts REPORTED at the grid. */
    REPORT("reportEvent", "网格发现报告"),
    /** 吹哨: the holder cannot solve it and passes it one level up (grid → community → district). */
    ESCALATE("escalateEvent", "吹哨上报"),
    /** 网上分流移交: the governance centre routes it to a department (by the routing rules, or as it names). */
    ROUTE("routeEvent", "网上分流移交"),
    /** 部门报到: the department takes it on; its time limit keeps running from the report. */
    ACCEPT("acceptEvent", "部门签收"),
    /** A department's note on its way (部门限时办理); the status stays. */
    PROGRESS("reportEventProgress", "办理进展"),
    /** 办结: the holder (grid, community or department) has solved it. */
    RESOLVE("resolveEvent", "办结"),
    /** 全程跟踪督办: the governance centre moves it to another department. */
    REASSIGN("reassignEvent", "督办改派"),
    /** 办结回访反馈: the resident was called back; satisfied or not, the event is closed. */
    CALLBACK("callbackEvent", "回访反馈");

    private final String mutation;
    private final String label;

    EventAction(String mutation, String label) {
        this.mutation = mutation;
        this.label = label;
    }

    String mutation() {
        return mutation;
    }

    public String label() {
        return label;
    }

    /** Whether this step may follow an event that is {@code status}, held at {@code level}. */
    boolean allowed(EventStatus status, EventLevel level) {
        boolean atGridOrCommunity = (status == REPORTED || status == ESCALATED) && level != EventLevel.DISTRICT;
        return switch (this) {
            case REPORT -> false;
            case ESCALATE -> atGridOrCommunity;
            case ROUTE -> status == REPORTED || status == ESCALATED;
            case ACCEPT -> status == ROUTED;
            case PROGRESS -> status == IN_PROGRESS;
            case RESOLVE -> atGridOrCommunity || status == IN_PROGRESS;
            case REASSIGN -> status == ROUTED || status == IN_PROGRESS;
            case CALLBACK -> status == RESOLVED;
        };
    }

    /** The status after this step. */
    EventStatus status() {
        return switch (this) {
            case REPORT -> REPORTED;
            case ESCALATE -> ESCALATED;
            case ROUTE, REASSIGN -> ROUTED;
            case ACCEPT, PROGRESS -> IN_PROGRESS;
            case RESOLVE -> RESOLVED;
            case CALLBACK -> CLOSED;
        };
    }

    /** The level after this step, from {@code level}. */
    EventLevel level(EventLevel level) {
        return switch (this) {
            case REPORT -> EventLevel.GRID;
            case ESCALATE -> level.above();
            case ROUTE, REASSIGN -> EventLevel.DISTRICT;
            default -> level;
        };
    }

    /** Who takes this step of an event held at {@code level}. */
    EventRole role(EventLevel level) {
        return switch (this) {
            case REPORT, ESCALATE, RESOLVE -> EventRole.holding(level);
            case ROUTE, REASSIGN, CALLBACK -> EventRole.GOVERNANCE_CENTRE;
            case ACCEPT, PROGRESS -> EventRole.DEPARTMENT;
        };
    }

    /**
     * The scopes a key may take this step with: those of the roles that take it at any level it is allowed at (resolving
     * is the grid's, the community's or a department's); a report is the grid's.
     */
    Set<Scope> scopes() {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (EventLevel level : EventLevel.values()) {
            for (EventStatus status : EventStatus.values()) {
                if (allowed(status, level) || (this == REPORT && level == EventLevel.GRID)) {
                    scopes.add(role(level).scope());
                }
            }
        }
        return scopes;
    }

    /** The steps that may follow an event that is {@code status} at {@code level}, in the flow's order. */
    static List<EventAction> after(EventStatus status, EventLevel level) {
        return Arrays.stream(values()).filter(a -> a.allowed(status, level)).toList();
    }
}
