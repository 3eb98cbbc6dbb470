package cn.linli.graph;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import cn.linli.partner.Scope;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read-your-writes across instances (docs/OPERATIONS.md, "Several instances"): an answer to a write carries the
 * write's bookmarks in {@code extensions.bookmarks}; a request that sends them back in the header Linli-Bookmarks
 * has its sessions start from them, whichever instance it reaches. The header's bookmarks hold up only their own
 * request: a bookmark the database has not reached delays that request (and on a single server, which never will
 * reach it, ends it UNAVAILABLE), while requests without it are answered at once.
 */
class ClientBookmarksTest extends PartnerTest {

    private static final String NEEDS = "query($grid: String!) { needs(within: $grid, first: 1) { totalCount } }";
    private static final String RAISE = """
            mutation($input: RaiseNeedInput!) { raiseNeed(input: $input) { need { id } } }""";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aWriteAnswersWithTheBookmarkOfItsCommitAndAReadAnswersWithNone() throws Exception {
        String community = key("bookmarks-" + COMMUNITY, Set.of(Scope.NEEDS), COMMUNITY);

        JsonNode written = post(RAISE, raise("书签测试"), community, List.of());

        assertThat(written.has("errors")).as(written.toString()).isFalse();
        List<String> bookmarks = strings(written.at("/extensions/bookmarks"));
        Set<String> instanceBookmarks = driver.executableQueryBookmarkManager().getBookmarks().stream()
                .map(Bookmark::value)
                .collect(Collectors.toSet());
        assertThat(bookmarks).isNotEmpty();
        assertThat(instanceBookmarks).containsAll(bookmarks);
        JsonNode read = post(NEEDS, Map.of("grid", GRID), null, bookmarks);
        assertThat(read.has("errors")).as(read.toString()).isFalse();
        assertThat(read.at("/extensions").has("bookmarks")).isFalse();
    }

    @Test
    void aBookmarkAheadOfTheDatabaseDelaysOnlyTheRequestThatSentItAndEndsItUnavailable() throws Exception {
        String ahead = aheadOfTheDatabase();

        long started = System.nanoTime();
        CompletableFuture<JsonNode> waiting =
                CompletableFuture.supplyAsync(() -> postUnchecked(NEEDS, Map.of("grid", GRID), List.of(ahead)));
        Thread.sleep(300);
        JsonNode meanwhile = post(NEEDS, Map.of("grid", GRID), null, List.of());
        Duration others = Duration.ofNanos(System.nanoTime() - started);
        JsonNode delayed = waiting.get();
        Duration own = Duration.ofNanos(System.nanoTime() - started);

        assertThat(meanwhile.has("errors")).as(meanwhile.toString()).isFalse();
        assertThat(others).isLessThan(Duration.ofMillis(1500));
        assertThat(own).isGreaterThanOrEqualTo(Duration.ofMillis(1900)); // the embedded server waits 2 s for a bookmark
        assertThat(delayed.at("/errors/0/extensions/code").asString()).isEqualTo("UNAVAILABLE");
        assertThat(delayed.at("/errors/0/message").asString()).contains("Linli-Bookmarks");
    }

    @Test
    void aReadAnsweredByOneQueryStartsFromTheClientsBookmarksAndWaitsForThemOnce() throws Exception {
        // place is answered by one Cypher query (api.translate): the client's bookmarks must reach that query too,
        // and its UNAVAILABLE must not be followed by a second wait executing the fields one by one.
        String ahead = aheadOfTheDatabase();
        long started = System.nanoTime();
        postUnchecked(NEEDS, Map.of("grid", GRID), List.of(ahead));
        Duration fieldByField = Duration.ofNanos(System.nanoTime() - started);
        started = System.nanoTime();
        JsonNode delayed = postUnchecked("{ place(code: \"511402\") { name } }", Map.of(), List.of(ahead));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took)
                .isGreaterThanOrEqualTo(Duration.ofMillis(1900))
                .isLessThan(fieldByField.multipliedBy(3).dividedBy(2));
        assertThat(delayed.at("/errors/0/extensions/code").asString()).isEqualTo("UNAVAILABLE");
        assertThat(delayed.at("/errors/0/message").asString()).contains("Linli-Bookmarks");
        assertThat(delayed.at("/errors/0/path/0").asString()).isEqualTo("place");
        assertThat(delayed.at("/data/place").isNull()).isTrue();
    }

    @Test
    void aMalformedHeaderIsRefusedNamingItAndTheMutationIsNotRun() throws Exception {
        String community = key("bookmarks-bad-" + COMMUNITY, Set.of(Scope.NEEDS), COMMUNITY);
        long needs = count("MATCH (n:Need) RETURN count(n)", Map.of());

        for (List<String> header :
                List.of(List.of("not a bookmark"), List.of("x".repeat(257)), List.of(String.join(",", nine())))) {
            JsonNode refused = post(RAISE, raise("不应写入"), community, header);
            assertThat(refused.at("/errors/0/extensions/code").asString())
                    .as(header.toString())
                    .isEqualTo("BAD_USER_INPUT");
            assertThat(refused.at("/errors/0/extensions/field").asString()).isEqualTo("Linli-Bookmarks");
            assertThat(refused.has("data") && !refused.get("data").isNull()).isFalse();
        }
        assertThat(count("MATCH (n:Need) RETURN count(n)", Map.of())).isEqualTo(needs);
    }

    @Test
    void aWellFormedBookmarkTheDatabaseNeverIssuedIsBadInputNamingTheHeader() throws Exception {
        JsonNode refused = post(NEEDS, Map.of("grid", GRID), null, List.of("FB:notissuedbythisdatabase"));

        assertThat(refused.at("/errors/0/extensions/code").asString())
                .as(refused.toString())
                .isEqualTo("BAD_USER_INPUT");
        assertThat(refused.at("/errors/0/extensions/field").asString()).isEqualTo("Linli-Bookmarks");
    }

    /** The latest bookmark of this database with its transaction number moved far ahead. */
    private String aheadOfTheDatabase() throws Exception {
        String community = key("bookmarks-ahead-" + COMMUNITY, Set.of(Scope.NEEDS), COMMUNITY);
        String latest = strings(post(RAISE, raise("书签在前"), community, List.of()).at("/extensions/bookmarks"))
                .get(0);
        return aheadOf(latest);
    }

    /**
     * Neo4j 5's bookmark is "FB:" and Base64 of PackStream values: a list holding the database id (marker 0xCC,
     * 16 bytes), the last transaction id (an integer of 1 to 9 bytes with its marker), and a list. The same bookmark
     * with the transaction id a million further on names a transaction this database has not reached.
     */
    private static String aheadOf(String bookmark) {
        assertThat(bookmark).startsWith("FB:");
        byte[] bytes = Base64.getDecoder().decode(bookmark.substring(3));
        int at = 1 + 2 + 16; // list marker, bytes marker and length, database id
        assertThat(bytes[0] & 0xFF).as("list of one").isEqualTo(0x91);
        assertThat(bytes[1] & 0xFF).as("16 bytes follow").isEqualTo(0xCC);
        ByteBuffer rest = ByteBuffer.wrap(bytes, at, bytes.length - at);
        int marker = rest.get() & 0xFF;
        long transaction = switch (marker) {
            case 0xC8 -> rest.get();
            case 0xC9 -> rest.getShort();
            case 0xCA -> rest.getInt();
            case 0xCB -> rest.getLong();
            default -> {
                assertThat(marker).as("a tiny integer").isLessThan(0x80);
                yield marker;
            }
        };
        ByteBuffer ahead = ByteBuffer.allocate(bytes.length + 9);
        ahead.put(bytes, 0, at)
                .put((byte) 0xCB)
                .putLong(transaction + 1_000_000)
                .put(bytes, rest.position(), rest.remaining());
        return "FB:" + Base64.getEncoder().encodeToString(Arrays.copyOf(ahead.array(), ahead.position()));
    }

    private static List<String> nine() {
        List<String> nine = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nine.add("FB:b" + i);
        }
        return nine;
    }

    private Map<String, Object> raise(String title) {
        return Map.of("input", Map.of("title", title, "category", "VOLUNTEERING", "gridCode", GRID));
    }

    private JsonNode postUnchecked(String document, Map<String, Object> variables, List<String> bookmarks) {
        try {
            return post(document, variables, null, bookmarks);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode post(String document, Map<String, Object> variables, String apiKey, List<String> bookmarks)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(Map.of("query", document, "variables", variables))));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        if (!bookmarks.isEmpty()) {
            request.header("Linli-Bookmarks", String.join(", ", bookmarks));
        }
        return json.readTree(
                http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
