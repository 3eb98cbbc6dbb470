package cn.linli.graph;

import io.micrometer.context.ContextRegistry;
import java.util.List;
import java.util.Set;
import org.neo4j.driver.Bookmark;

/**
 * The bookmarks of one GraphQL request over HTTP (docs/OPERATIONS.md, "Several instances"):
 * <ul>
 * <li>those the client sent in the header {@value ClientBookmarks#HEADER}, which every session of the request starts
 * from, so that on a cluster the read waits on a follower until the follower has the client's earlier write, even when
 * that write went through another instance;</li>
 * <li>those of the writes the request committed, returned to the client in {@code extensions.bookmarks}.</li>
 * </ul>
 * Kept per request, never handed to the driver's shared bookmark manager: there, one made-up or far-ahead bookmark
 * from one client would hold up every read of the instance.
 *
 * <p>Held in a thread-local set by {@link ClientBookmarks} before Spring for GraphQL runs the request; registered with
 * Micrometer's context propagation, which Spring for GraphQL uses to carry it to whatever thread runs a data fetcher.
 */
public final class RequestBookmarks {

    private static final ThreadLocal<RequestBookmarks> CURRENT = new ThreadLocal<>();

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(RequestBookmarks.class.getName(), CURRENT);
    }

    private final Set<Bookmark> given;
    private volatile List<String> committed = List.of();

    RequestBookmarks(Set<Bookmark> given) {
        this.given = Set.copyOf(given);
    }

    /** The bookmarks of the request running on this thread; null outside an HTTP GraphQL request. */
    static RequestBookmarks current() {
        return CURRENT.get();
    }

    static void set(RequestBookmarks bookmarks) {
        CURRENT.set(bookmarks);
    }

    static void clear() {
        CURRENT.remove();
    }

    /** What the client sent: the sessions of this request start from these (with the instance's own). */
    Set<Bookmark> given() {
        return given;
    }

    /** A write of this request committed: its bookmarks stand for it and every earlier write of the request. */
    void committed(Set<Bookmark> bookmarks) {
        committed = bookmarks.stream().map(Bookmark::value).sorted().toList();
    }

    /** The bookmarks of the last write this request committed; empty for a request that wrote nothing. */
    List<String> committed() {
        return committed;
    }
}
