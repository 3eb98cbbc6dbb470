package cn.linli.seed;

import cn.linli.graph.GraphSchema;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * At start-up: create the schema, then make sure the seed is completely imported ({@link SeedImporter#complete}):
 * import it into an empty graph, resume an import that was cut short, or wait for another instance's. With the argument
 * {@code --import-seed} the seed is imported again whatever the graph holds, and the process exits.
 *
 * <p>Bad seed data ends the process with one {@code file:line: reason} line per problem and exit status 1, not with
 * Spring's start-up failure report: the stack trace of a bad row helps nobody.
 */
@Component
class SeedOnStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedOnStartup.class);
    static final String IMPORT_AND_EXIT = "import-seed";

    private final GraphSchema schema;
    private final SeedImporter importer;
    private final SeedSettings settings;
    private final DerivedProperties derived;
    private final SeedImportStatus status;
    private final ConfigurableApplicationContext context;

    SeedOnStartup(
            GraphSchema schema,
            SeedImporter importer,
            SeedSettings settings,
            DerivedProperties derived,
            SeedImportStatus status,
            ConfigurableApplicationContext context) {
        this.schema = schema;
        this.importer = importer;
        this.settings = settings;
        this.derived = derived;
        this.status = status;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        schema.apply();
        if (args.containsOption(IMPORT_AND_EXIT)) {
            exit(imported(importer::importAll) ? 0 : 1);
        } else if (!settings.onStart()) {
            // The operator takes the graph as it is.
            derived.apply(false);
            status.serve();
        } else if (!imported(importer::complete)) {
            exit(1);
        }
    }

    private static boolean imported(Supplier<SeedImporter.Summary> run) {
        try {
            run.get();
            return true;
        } catch (SeedException e) {
            log.error("Seed import failed; nothing of the file below was written, the files before it are kept and the"
                    + " next start resumes with it:");
            e.errors().forEach(line -> log.error("{}", line));
            return false;
        }
    }

    private void exit(int status) {
        System.exit(SpringApplication.exit(context, () -> status));
    }
}
