package cn.linli.event;

import cn.linli.api.errors.ForbiddenException;
import cn.linli.partner.ApiKey;
import cn.linli.partner.Scope;
import cn.linli.place.Place;

/**
 * Who takes a step of an event: a role, acting for a place (a grid, its community, the district's governance centre)
 * or for a department. A step records the role and that place or department, never the key's partner or a person, so
 * the timeline is public without naming anyone.
 */
public enum EventRole {
    GRID_WORKER(Scope.EVENTS_GRID, "网格员"),
    COMMUNITY_STAFF(Scope.EVENTS_GRID, "社区"),
    GOVERNANCE_CENTRE(Scope.EVENTS_CENTRE, "区综治中心"),
    DEPARTMENT(Scope.EVENTS_DEPARTMENT, "职能部门");

    private final Scope scope;
    /** The role as people say it, for messages. */
    private final String label;

    EventRole(Scope scope, String label) {
        this.scope = scope;
        this.label = label;
    }

    Scope scope() {
        return scope;
    }

    /** The role that holds an event at {@code level}: the grid's worker, the community, or its department. */
    static EventRole holding(EventLevel level) {
        return switch (level) {
            case GRID -> GRID_WORKER;
            case COMMUNITY -> COMMUNITY_STAFF;
            case DISTRICT -> DEPARTMENT;
        };
    }

    /**
     * The role {@code caller} takes a step of this role in, as the timeline records it: a key for the whole community
     * (or more) takes a grid worker's step as the community's staff, for the community; any other key takes the role
     * that holds the event. An ADMIN key takes the holding role too: the audit log, not the public timeline, names the
     * key.
     */
    EventRole actingAs(ApiKey caller, String gridCode) {
        boolean forTheCommunity =
                !caller.admin() && caller.covers(Place.ancestorCodes(gridCode).get(0));
        return this == GRID_WORKER && forTheCommunity ? COMMUNITY_STAFF : this;
    }

    /** The place this role acts for on an event in grid {@code gridCode}; null for a department, which acts for itself. */
    String place(String gridCode) {
        return switch (this) {
            case GRID_WORKER -> gridCode;
            case COMMUNITY_STAFF -> Place.ancestorCodes(gridCode).get(0);
            case GOVERNANCE_CENTRE -> Place.ancestorCodes(gridCode).get(2);
            case DEPARTMENT -> null;
        };
    }

    /**
     * FORBIDDEN unless {@code caller} may act in this role on an event in {@code gridCode} handled by department
     * {@code department}: the role's scope, the role's place under the key's places (the event's grid for a department
     * or the centre), and for a department the key's own partner being the department the event is routed to.
     */
    void authorize(ApiKey caller, String gridCode, String department) {
        if (!caller.allows(scope)) {
            throw new ForbiddenException("The API key of " + caller.partner() + " may not act as " + this + " (" + label
                    + "): that needs scope " + scope + "; its scopes are " + caller.scopes() + ".");
        }
        String place = this == DEPARTMENT || this == GOVERNANCE_CENTRE ? gridCode : place(gridCode);
        if (!caller.covers(place)) {
            throw caller.outside((this == COMMUNITY_STAFF ? "community " : "grid ") + place);
        }
        if (this == DEPARTMENT && !caller.admin() && !caller.partner().equals(department)) {
            throw new ForbiddenException("The event is routed to " + department + "; the API key of " + caller.partner()
                    + " acts for its own department only.");
        }
    }
}
