package cn.linli.graph;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliTest;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Read-your-writes on a cluster rests on bookmarks: every session of this instance reports the transactions it
 * committed to one bookmark manager and starts with its bookmarks, so a read sent to a follower waits until the
 * follower has applied the write that came before it. A single server gives no lag to observe, so this holds
 * the wiring: a write through {@link Cypher} moves the shared bookmark on.
 */
class BookmarksTest extends LinliTest {

    @Autowired
    Cypher cypher;

    @Autowired
    Driver driver;

    @Test
    void aCommittedWriteBecomesTheBookmarkEveryLaterSessionOfThisInstanceStartsFrom() {
        cypher.read("RETURN 1", Map.of());
        Set<Bookmark> before = driver.executableQueryBookmarkManager().getBookmarks();

        cypher.write(tx -> tx.update("MERGE (m:BookmarkProbe {id: 1}) SET m.at = datetime()", Map.of()));

        Set<Bookmark> after = driver.executableQueryBookmarkManager().getBookmarks();
        assertThat(after).isNotEmpty().isNotEqualTo(before);
        cypher.write(tx -> tx.update("MATCH (m:BookmarkProbe) DELETE m", Map.of()));
    }
}
