package cn.linli.partner;

/** What an API key may write. */
public enum Scope {
    /** Raise, dispatch, claim, complete and follow up needs in the key's places. */
    NEEDS,
    /** Publish the partner's own resources and projects, deploy them to grids in the key's places and withdraw them. */
    RESOURCES,
    /** Upsert providers located in the key's places and their service items. */
    PROVIDERS,
    /** Everything, everywhere, and reading the audit log. */
    ADMIN
}
