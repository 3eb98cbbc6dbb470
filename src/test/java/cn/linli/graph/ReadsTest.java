package cn.linli.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linli.LinliTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link Cypher#read} sends each query as an auto-commit transaction of a READ session: the database refuses a
 * write in it, as in a managed read transaction, and nothing is written.
 */
class ReadsTest extends LinliTest {

    @Autowired
    Cypher cypher;

    @Test
    void aReadThatWouldWriteIsRefusedByTheDatabaseAndWritesNothing() {
        assertThatThrownBy(() -> cypher.read("CREATE (p:ReadProbe) RETURN p", Map.of()))
                .isInstanceOf(Neo4jException.class)
                .satisfies(e -> assertThat(((Neo4jException) e).code()).endsWith("AccessMode"));
        assertThat(cypher.read("MATCH (p:ReadProbe) RETURN count(p) AS n", Map.of())
                        .get(0)
                        .get("n")
                        .asLong())
                .isZero();
    }
}
