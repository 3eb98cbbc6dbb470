package cn.linli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * README.md's {@code docker compose up --build} cannot run here (no Docker engine on this machine or CI's), so
 * this checks what can be checked without one: docker-compose.yml is well-formed, the service reads every
 * variable it is given, the variables point it at the Neo4j service with that service's password, and the
 * Dockerfile it builds copies folders that exist.
 */
class DockerComposeFileTest {

    private static final Pattern COPY = Pattern.compile("(?m)^COPY (?!--from)(\\S+) ");

    @SuppressWarnings("unchecked")
    private static final Map<String, Map<String, Object>> SERVICES = (Map<String, Map<String, Object>>)
            ((Map<String, Object>) new Yaml().load(read(Path.of("docker-compose.yml")))).get("services");

    private static final List<String> INSTANCES = List.of("linli-a", "linli-b");

    @Test
    void theComposeFileRunsNeo4jAndTwoInstancesBuiltFromThisFolderBehindAProxyThatNamesBoth() {
        assertThat(SERVICES).containsOnlyKeys("neo4j", "linli-a", "linli-b", "proxy");
        assertThat(Path.of("Dockerfile")).isRegularFile();
        assertThat((Map<String, Object>) SERVICES.get("neo4j")).containsKey("healthcheck");
        for (String instance : INSTANCES) {
            assertThat(SERVICES.get(instance).get("build")).isEqualTo(".");
            assertThat(SERVICES.get(instance).get("depends_on"))
                    .isEqualTo(Map.of("neo4j", Map.of("condition", "service_healthy")));
        }
        Map<String, Object> configs = (Map<String, Object>)
                ((Map<String, Object>) new Yaml().load(read(Path.of("docker-compose.yml")))).get("configs");
        String proxy = (String) ((Map<String, Object>) configs.get("proxy")).get("content");
        assertThat(proxy).contains("server linli-a:8080").contains("server linli-b:8080");
        assertThat(SERVICES.get("proxy").get("ports")).isEqualTo(List.of("8080:8080"));
    }

    @Test
    void everyVariableGivenToTheInstancesIsOneTheyReadAndTheReadmeDocuments() {
        String settings = read(Path.of("src/main/resources/application.yaml"));
        String readme = read(Path.of("README.md"));
        for (String instance : INSTANCES) {
            for (String variable : environment(instance).keySet()) {
                boolean placeholder = settings.contains("${" + variable + ":");
                // otherwise Spring's relaxed binding: LINLI_RATELIMIT_INSTANCES is linli.rate-limit.instances
                boolean relaxed = variable.startsWith("LINLI_") || variable.startsWith("SERVER_");
                assertThat(placeholder || relaxed)
                        .as("application.yaml reads %s", variable)
                        .isTrue();
                assertThat(placeholder ? readme.contains("`" + variable + "`") : documentsRelaxed(readme, variable))
                        .as("README.md documents %s", variable)
                        .isTrue();
            }
        }
    }

    @Test
    void theInstancesArePointedAtTheNeo4jServiceWithItsPassword() {
        for (String instance : INSTANCES) {
            Map<String, Object> linli = environment(instance);
            assertThat(linli.get("NEO4J_URI")).isEqualTo("bolt://neo4j:7687");
            assertThat(environment("neo4j").get("NEO4J_AUTH"))
                    .isEqualTo(linli.get("NEO4J_USERNAME") + "/" + linli.get("NEO4J_PASSWORD"));
        }
        assertThat((List<String>) SERVICES.get("neo4j").get("ports")).contains("7687:7687");
    }

    /** Whether the README names, in backticks, a property whose relaxed environment form is {@code variable}. */
    private static boolean documentsRelaxed(String readme, String variable) {
        Matcher code = Pattern.compile("`([a-z][a-z0-9.-]+)`").matcher(readme);
        while (code.find()) {
            if (code.group(1)
                    .replace("-", "")
                    .replace('.', '_')
                    .toUpperCase(java.util.Locale.ROOT)
                    .equals(variable)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theDockerfileCopiesOnlyWhatExists() {
        Matcher copy = COPY.matcher(read(Path.of("Dockerfile")));
        int copies = 0;
        while (copy.find()) {
            assertThat(Path.of(copy.group(1)))
                    .as("Dockerfile copies %s", copy.group(1))
                    .exists();
            copies++;
        }
        assertThat(copies).isGreaterThanOrEqualTo(4); // pom.xml, schema, src, seed
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String service) {
        return (Map<String, Object>) SERVICES.get(service).get("environment");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
