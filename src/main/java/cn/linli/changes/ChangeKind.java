package cn.linli.changes;

/** What happened to a record at its latest change (schema/changes.graphqls). */
enum ChangeKind {
    ADDED, CHANGED, WITHDRAWN, DELETED
}
