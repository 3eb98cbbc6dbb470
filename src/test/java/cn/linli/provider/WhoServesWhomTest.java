package cn.linli.provider;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhoServesWhomTest extends LinliTest {

    @Test
    void jinlongServesExactlyTheGridsTheSeedSaysItServes() throws IOException {
        // The oracle is the seed file itself, read independently of the importer.
        List<String> expected = Files.readAllLines(Path.of("seed/serves.csv")).stream()
                .filter(line -> line.startsWith("nc-jinlong,"))
                .map(line -> line.split(",")[1])
                .sorted()
                .toList();
        assertThat(expected).isNotEmpty();

        graphQl()
                .documentName("jinlongServes")
                .execute()
                .path("node.name")
                .entity(String.class)
                .isEqualTo("金龙邻里中心")
                .path("node.level")
                .entity(String.class)
                .isEqualTo("BLOCK")
                .path("node.serves.totalCount")
                .entity(Integer.class)
                .isEqualTo(expected.size())
                .path("node.serves.edges[*].node.code")
                .entityList(String.class)
                .containsExactly(expected.toArray(String[]::new))
                .path("node.serves.edges[*].node.level")
                .entityList(String.class)
                .satisfies(levels -> assertThat(levels).containsOnly("GRID"));
    }

    @Test
    void aGridIsServedByItsPartyBranchAndListsCentersNearestFirst() {
        var response = graphQl().document("""
                { place(code: "511402003014-05") { ... on Grid {
                    branch: servedBy(kinds: [PARTY_BRANCH]) { totalCount edges { node { name kind } } }
                    centers: servedBy(kinds: [NEIGHBORHOOD_CENTER]) { edges { node { id } } } } } }""").execute();
        response.path("place.branch.totalCount")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("place.branch.edges[0].node.name")
                .entity(String.class)
                .isEqualTo("金龙社区第5网格党支部");
        // 金龙 stands in this very grid, so it is the nearest center serving it.
        response.path("place.centers.edges[0].node.id").entity(String.class).isEqualTo("Provider:nc-jinlong");
    }

    @Test
    void aCommunityListsProvidersServingItOrAnyOfItsGrids() {
        graphQl()
                .document("""
                { place(code: "511402003014") { ... on Community {
                    servedBy(kinds: [NEIGHBORHOOD_CENTER], first: 50) { edges { node { id } } } } } }""")
                .execute()
                .path("place.servedBy.edges[*].node.id")
                .entityList(String.class)
                .contains("Provider:nc-jinlong");
    }

    @Test
    void aCenterOffersAtLeastTwelveServiceItemsEachWithItsProvider() {
        graphQl()
                .document("""
                { node(id: "Provider:nc-jinlong") { ... on Provider {
                    serviceItems(first: 50) { totalCount edges { node { name category provider { id } } } } } } }""")
                .execute()
                .path("node.serviceItems.totalCount")
                .entity(Integer.class)
                .satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(12))
                .path("node.serviceItems.edges[*].node.provider.id")
                .entityList(String.class)
                .satisfies(ids -> assertThat(ids).containsOnly("Provider:nc-jinlong"));
    }

    @Test
    void aGridShowsTheResourcesDeployedToIt() throws IOException {
        String line = Files.readAllLines(Path.of("seed/deployments.csv")).stream()
                .skip(1)
                .findFirst()
                .orElseThrow();
        String resource = line.split(",")[0];
        String grid = line.split(",")[1];
        graphQl()
                .document(
                        "query($g: String!) { place(code: $g) { ... on Grid { deployments(first: 100) { edges { node { resource { id owner { kind } } since } } } } } }")
                .variable("g", grid)
                .execute()
                .path("place.deployments.edges[*].node.resource.id")
                .entityList(String.class)
                .contains("Resource:" + resource);
    }
}
