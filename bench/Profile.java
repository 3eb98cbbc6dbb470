import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;

/**
 * PROFILEs each query of a file (queries separated by lines holding only ";") against a running Neo4j
 * (the service's embedded one listens on bolt://127.0.0.1:7687) and prints rows, db hits, time and the plan.
 * Run by bench/profile.sh.
 */
public class Profile {

    public static void main(String[] args) throws Exception {
        String uri = args.length > 1 ? args[1] : "bolt://127.0.0.1:7687";
        List<String> queries = List.of(Files.readString(Path.of(args[0])).split("(?m)^;\\s*$"));
        try (Driver driver = GraphDatabase.driver(uri, AuthTokens.none()); Session session = driver.session()) {
            for (String query : queries) {
                String text = query.lines().filter(l -> !l.startsWith("//")).reduce("", (a, b) -> a + b + "\n").strip();
                String title = query.lines().filter(l -> l.startsWith("//")).findFirst().orElse("// query");
                if (text.isEmpty()) {
                    continue;
                }
                session.run(text).consume(); // warm-up: plan cache and page cache
                long started = System.nanoTime();
                ResultSummary summary = session.run("PROFILE " + text).consume();
                long ms = (System.nanoTime() - started) / 1_000_000;
                System.out.printf("%s%n   %d ms, %d db hits%n", title, ms, totalHits(summary.profile()));
                print(summary.profile(), "     ");
            }
        }
    }

    private static long totalHits(ProfiledPlan plan) {
        return plan.dbHits() + plan.children().stream().mapToLong(Profile::totalHits).sum();
    }

    private static void print(ProfiledPlan plan, String indent) {
        System.out.printf("%s%s rows=%d hits=%d %s%n", indent, plan.operatorType(), plan.records(), plan.dbHits(),
                plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL).asString("").replaceAll("\\s+", " "));
        plan.children().forEach(child -> print(child, indent + "  "));
    }
}
