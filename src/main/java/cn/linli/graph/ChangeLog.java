package cn.linli.graph;

/**
 * How writes date the records they change, so that a consumer can follow them (the feed {@code changes}, docs/CHANGES.md).
 *
 * <p>Every write transaction first takes the next number of one counter node ({@link #NEXT}). Its write lock is held
 * until the commit, so a second transaction waits for the first one's commit before it gets the next number: numbers
 * are handed out in commit order, and a reader that has seen number N never later meets a commit numbered below N. Each
 * record the transaction creates or changes is then stamped ({@link #stamp}): {@code seq} (that number),
 * {@code updatedAt}, and {@code createdAt} once. A record whose properties come out as they went in keeps its stamps:
 * replaying a write moves nothing.
 */
public final class ChangeLog {

    /** Takes this transaction's change number: run once, before the transaction's first stamp. */
    public static final String NEXT = """
            MERGE (counter:ChangeCounter {id: 'changes'})
            SET counter.seq = coalesce(counter.seq, 0) + 1""";

    /** The time a write through the API stamps: its transaction's, in China Standard Time, to the second. */
    public static final String NOW = "datetime.truncate('second', datetime.transaction('+08:00'))";

    /** What a deletion leaves, so that a consumer learns the record is gone: its global id, type, number and time. */
    public static final String TOMBSTONE = """
            MATCH (counter:ChangeCounter {id: 'changes'})
            MERGE (t:Tombstone {id: $id})
            SET t.type = $type, t.seq = counter.seq, t.at = %s""".formatted(NOW);

    private ChangeLog() {}

    /**
     * A Cypher clause stamping node or relationship {@code variable} with this transaction's number and time {@code at}
     * (a Cypher expression over the imported {@code variables}) when {@code changed} holds. Rows pass through unchanged.
     *
     * @param variables the variables the clause reads, {@code variable} first (e.g. {@code "n, was"})
     */
    public static String stamp(String variable, String variables, String changed, String at) {
        return """

                WITH *
                CALL (%2$s) {
                    MATCH (counter:ChangeCounter {id: 'changes'})
                    WITH counter WHERE %3$s
                    SET %1$s.createdAt = coalesce(%1$s.createdAt, %4$s), %1$s.updatedAt = %4$s, %1$s.seq = counter.seq
                }""".formatted(variable, variables, changed, at);
    }

    /** Stamps {@code variable} as written now by the API when {@code changed} holds. */
    public static String stampNow(String variable, String variables, String changed) {
        return stamp(variable, variables, changed, NOW);
    }

    /**
     * Whether node or relationship {@code variable} differs from {@code was}, its properties before the write
     * ({@code properties(old)}, null when it did not exist). Run before the stamp, which changes them.
     */
    public static String changedSince(String variable, String was) {
        return "%2$s IS NULL OR properties(%1$s) <> %2$s".formatted(variable, was);
    }
}
