package cn.linli.resource;

/** Whether a resource or project still runs; only ACTIVE ones are deployed. */
public enum ResourceStatus {
    ACTIVE,
    ENDED
}
