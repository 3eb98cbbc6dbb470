package cn.linli.changes;

/**
 * One entry of the feed: a record's latest change, or its tombstone.
 *
 * @param id     the record's global id
 * @param type   its GraphQL type
 * @param at     its {@code updatedAt}, or when it was deleted (ISO-8601, +08:00)
 * @param record the record as its feature reads it (a place, provider, ...); null for a tombstone
 * @param seq    the change number it carries: with {@code id}, its position in the feed
 */
record Change(String id, String type, ChangeKind kind, String at, Object record, long seq) {

    String cursor() {
        return ChangeCursor.encode(seq, id);
    }
}
