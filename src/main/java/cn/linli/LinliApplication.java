package cn.linli;

import cn.linli.graph.StoreInUseException;
import java.util.Arrays;
import java.util.Set;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LinliApplication {

    /** Arguments that run a one-shot command and exit: no web server (and no port to bind) is started for them. */
    static final Set<String> COMMANDS = Set.of("--import-seed", "--issue-key");

    public static void main(String[] args) {
        boolean command = Arrays.stream(args).anyMatch(COMMANDS::contains);
        try {
            new SpringApplicationBuilder(LinliApplication.class)
                    .web(command ? WebApplicationType.NONE : WebApplicationType.SERVLET)
                    .listeners(new StoreInUse.EarlyCheck())
                    .run(args);
        } catch (RuntimeException e) {
            StoreInUseException inUse = StoreInUse.find(e);
            if (inUse == null) {
                throw e;
            }
            System.err.println(StoreInUse.line(inUse.store(), args));
            System.exit(1);
        }
    }
}
