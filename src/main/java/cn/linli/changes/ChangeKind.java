package cn.linli.changes;

/** What happened to a record at its latest change (schema/changes.graphqls). */
public enum ChangeKind {
    ADDED,
    CHANGED,
    WITHDRAWN,
    DELETED
}
