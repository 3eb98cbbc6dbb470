package cn.linli.provider;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Found by the load benchmark: Community.servedBy failed on every call. */
class CommunityServedByTest extends LinliTest {

    @Test
    void aCommunityIsServedByEveryProviderServingItOrOneOfItsGrids() throws IOException {
        String community = "511402001001";
        long expected = Files.readAllLines(Path.of("seed/serves.csv")).stream()
                .skip(1)
                .map(line -> line.split(","))
                .filter(row -> row[1].equals(community) || row[1].startsWith(community + "-"))
                .map(row -> row[0])
                .distinct()
                .count();
        assertThat(expected).isPositive();
        graphQl()
                .document("{ place(code: \"" + community
                        + "\") { ... on Community { servedBy(first: 3) { totalCount edges { node { id } } } } } }")
                .execute()
                .path("place.servedBy.totalCount")
                .entity(Long.class)
                .isEqualTo(expected)
                .path("place.servedBy.edges")
                .entityList(Object.class)
                .hasSize((int) Math.min(3, expected));
    }
}
