package cn.linli;

import java.util.Arrays;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LinliApplication {

    /** Arguments that run a one-shot command and exit: no web server is started for them. */
    static final Set<String> COMMANDS = Set.of("--import-seed");

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(LinliApplication.class);
        if (Arrays.stream(args).anyMatch(COMMANDS::contains)) {
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        application.run(args);
    }
}
