package cn.linli.partner;

/** What an API key may write. */
public enum Scope {
    /** Raise, dispatch, claim, complete and follow up needs in the key's places. */
    NEEDS,
    /** Publish the partner's own resources and projects, deploy them to grids in the key's places and withdraw them. */
    RESOURCES,
    /** Upsert providers located in the key's places and their service items. */
    PROVIDERS,
    /**
     * Grid workers and community staff (网格员, 社区): report events in grids under the key's places, escalate them
     * (吹哨) and resolve those the grid or community holds.
     */
    EVENTS_GRID,
    /** A department (部门报到): accept, report progress on and resolve the events routed to the key's own partner. */
    EVENTS_DEPARTMENT,
    /** The district governance centre (区综治中心): route and reassign events to departments, and call residents back. */
    EVENTS_CENTRE,
    /** Everything, everywhere, and reading the audit log. */
    ADMIN
}
