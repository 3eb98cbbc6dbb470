import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * The change feed's first call, planning included: before each round the database forgets its query plans
 * (db.clearQueryCaches(), as a fresh start does), then the first page of changes is asked twice over HTTP; the
 * first answer includes planning every query of the feed, the second only running them. Run by
 * bench/feed-first-call.sh.
 */
public class FeedFirstCall {

    private static final String FEED =
            "{\"query\":\"{ changes(first: 100) { edges { cursor node { id type kind at } } pageInfo { endCursor } } }\"}";

    public static void main(String[] args) throws Exception {
        String url = args[0] + "/graphql";
        String bolt = args[1];
        int rounds = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newHttpClient();
        post(http, url, "{\"query\":\"{ eventCategories { code } }\"}"); // the service itself warm
        try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.none()); Session session = driver.session()) {
            for (int round = 1; round <= rounds; round++) {
                session.run("CALL db.clearQueryCaches()").consume();
                long first = post(http, url, FEED);
                long second = post(http, url, FEED);
                System.out.printf("round %d: first call %d ms, second %d ms%n", round, first, second);
            }
        }
    }

    /** Milliseconds to the whole answer; fails on anything but 200 without errors. */
    private static long post(HttpClient http, String url, String body) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return ms;
    }
}
