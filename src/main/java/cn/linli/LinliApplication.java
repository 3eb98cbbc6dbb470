package cn.linli;

import java.util.Arrays;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LinliApplication {

    public static void main(String[] args) {
        // Issuing a key is a one-off command: no HTTP server (and no port to bind) is started for it.
        boolean command = Arrays.asList(args).contains("--issue-key");
        new SpringApplicationBuilder(LinliApplication.class)
                .web(command ? WebApplicationType.NONE : WebApplicationType.SERVLET)
                .run(args);
    }
}
