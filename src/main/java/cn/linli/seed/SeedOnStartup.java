package cn.linli.seed;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import cn.linli.graph.Cypher;
import cn.linli.graph.GraphSchema;

/**
 * At start-up: create the schema, then import the seed into an empty graph. With the argument
 * {@code --import-seed} the seed is (re-)imported whatever the graph holds, and the process exits.
 */
@Component
class SeedOnStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedOnStartup.class);
    static final String IMPORT_AND_EXIT = "import-seed";

    private final GraphSchema schema;
    private final SeedImporter importer;
    private final Cypher cypher;
    private final SeedSettings settings;
    private final DerivedProperties derived;
    private final ConfigurableApplicationContext context;

    SeedOnStartup(GraphSchema schema, SeedImporter importer, Cypher cypher, SeedSettings settings,
            DerivedProperties derived, ConfigurableApplicationContext context) {
        this.schema = schema;
        this.importer = importer;
        this.cypher = cypher;
        this.settings = settings;
        this.derived = derived;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        schema.apply();
        if (args.containsOption(IMPORT_AND_EXIT)) {
            int status = 0;
            try {
                importer.importAll();
            } catch (SeedException e) {
                log.error("Seed import failed: {}", e.getMessage());
                status = 1;
            }
            int exitCode = status;
            System.exit(SpringApplication.exit(context, () -> exitCode));
        }
        if (settings.onStart() && graphIsEmpty()) {
            importer.importAll();
        } else {
            // A store written before a derivation existed gets its properties now.
            derived.apply(false);
        }
    }

    private boolean graphIsEmpty() {
        List<org.neo4j.driver.Record> found = cypher.read("MATCH (p:Place) RETURN p.code LIMIT 1", Map.of());
        return found.isEmpty();
    }
}
