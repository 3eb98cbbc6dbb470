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

    @Test
    void theComposeFileRunsNeo4jAndTheServiceBuiltFromThisFolder() {
        assertThat(SERVICES).containsOnlyKeys("neo4j", "linli");
        assertThat(SERVICES.get("linli").get("build")).isEqualTo(".");
        assertThat(Path.of("Dockerfile")).isRegularFile();
        assertThat((Map<String, Object>) SERVICES.get("neo4j")).containsKey("healthcheck");
        assertThat(SERVICES.get("linli").get("depends_on"))
                .isEqualTo(Map.of("neo4j", Map.of("condition", "service_healthy")));
    }

    @Test
    void everyVariableGivenToTheServiceIsOneItReadsAndTheReadmeDocuments() {
        String settings = read(Path.of("src/main/resources/application.yaml"));
        String readme = read(Path.of("README.md"));
        for (String variable : environment("linli").keySet()) {
            assertThat(settings).as("application.yaml reads %s", variable).contains("${" + variable + ":");
            assertThat(readme).as("README.md documents %s", variable).contains("`" + variable + "`");
        }
    }

    @Test
    void theServiceIsPointedAtTheNeo4jServiceWithItsPassword() {
        Map<String, Object> linli = environment("linli");
        assertThat(linli.get("NEO4J_URI")).isEqualTo("bolt://neo4j:7687");
        assertThat((List<String>) SERVICES.get("neo4j").get("ports")).contains("7687:7687");
        assertThat(environment("neo4j").get("NEO4J_AUTH"))
                .isEqualTo(linli.get("NEO4J_USERNAME") + "/" + linli.get("NEO4J_PASSWORD"));
    }

    @Test
    void theDockerfileCopiesOnlyWhatExists() {
        Matcher copy = COPY.matcher(read(Path.of("Dockerfile")));
        int copies = 0;
        while (copy.find()) {
            assertThat(Path.of(copy.group(1))).as("Dockerfile copies %s", copy.group(1)).exists();
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
