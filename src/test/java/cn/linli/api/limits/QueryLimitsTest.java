package cn.linli.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliTest;
import cn.linli.api.paging.PagingSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

/** Requests over a limit are refused whole, before any Cypher runs, saying which limit and by how much. */
class QueryLimitsTest extends LinliTest {

    @Autowired
    LimitSettings limits;

    @Autowired
    PagingSettings paging;

    @Test
    void everyPortalDocumentOfTheTestSuitePassesTheDefaultLimitsEvenWithTheLargestPages() throws IOException {
        List<Path> documents;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/graphql-test"))) {
            documents = files.filter(f -> f.toString().endsWith(".graphql"))
                    .sorted()
                    .toList();
        }
        assertThat(documents).isNotEmpty();
        for (Path document : documents) {
            ExecutionGraphQlResponse response = run(Files.readString(document), Map.of("first", paging.maxSize()));
            assertThat(response.getErrors())
                    .as(document.toString())
                    .noneMatch(e -> "LIMIT_EXCEEDED".equals(e.getExtensions().get("code")));
        }
    }

    @Test
    void aTooCostlyQueryIsRefusedWithItsCostAndRunsNoCypher() {
        // 100 grids x 100 providers each x 100 served places: cost 1 + 100 x (2 + 1 + 100 x (2 + 1 + 100 x 2))
        String document = """
                { places(level: GRID, first: 100) { edges { node { ... on Grid {
                    servedBy(first: 100) { edges { node { serves(first: 100) { totalCount edges { node { code } } } } } } } } } } }""";
        double before = cypherQueries();
        ResponseError error = singleError(run(document, Map.of()));
        assertThat(cypherQueries()).isEqualTo(before);
        assertThat(error.getExtensions())
                .containsEntry("code", "LIMIT_EXCEEDED")
                .containsEntry("limit", "cost")
                .containsEntry("actual", 2_030_301L)
                .containsEntry("max", limits.maxCost());
        assertThat(error.getMessage()).contains("cost").contains("2030301").contains(String.valueOf(limits.maxCost()));
    }

    @Test
    void pageSizesGivenThroughVariablesCountLikeInlineOnes() {
        String document = """
                query($n: Int) { places(level: GRID, first: $n) { edges { node { ... on Grid {
                    servedBy(first: $n) { edges { node { serves(first: $n) { edges { node { code } } } } } } } } } } }""";
        assertThat(singleError(run(document, Map.of("n", 100))).getExtensions()).containsEntry("actual", 2_030_301L);
        // without first, a list counts as the default page (20): 1 + 20 x (3 + 100 x (3 + 100 x 2))
        String outerDefault = document.replace("places(level: GRID, first: $n)", "places(level: GRID)");
        assertThat(singleError(run(outerDefault, Map.of("n", 100))).getExtensions())
                .containsEntry("limit", "cost")
                .containsEntry("actual", 1L + paging.defaultSize() * (3 + 100 * (3 + 100 * 2)));
    }

    @Test
    void aPageAskedForWithLastCostsWhatTheSamePageAskedForWithFirstCosts() {
        String document = """
                query($n: Int) { places(level: GRID, last: $n) { edges { node { ... on Grid {
                    servedBy(first: $n) { edges { node { serves(first: $n) { totalCount edges { node { code } } } } } } } } } } }""";
        double before = cypherQueries();
        assertThat(singleError(run(document, Map.of("n", 100))).getExtensions())
                .containsEntry("limit", "cost")
                .containsEntry("actual", 2_030_301L);
        assertThat(singleError(run(document.replace("last: $n", "last: 100"), Map.of("n", 100)))
                        .getExtensions())
                .containsEntry("actual", 2_030_301L);
        assertThat(cypherQueries()).isEqualTo(before);
    }

    @Test
    void aTooDeepQueryIsRefusedWithItsDepth() {
        String parents = "parent { ".repeat(limits.maxDepth()) + "code" + " }".repeat(limits.maxDepth());
        double before = cypherQueries();
        ResponseError error = singleError(run("{ place(code: \"511402001001-01\") { " + parents + " } }", Map.of()));
        assertThat(cypherQueries()).isEqualTo(before);
        assertThat(error.getExtensions())
                .containsEntry("code", "LIMIT_EXCEEDED")
                .containsEntry("limit", "depth")
                .containsEntry("actual", (long) limits.maxDepth() + 2)
                .containsEntry("max", (long) limits.maxDepth());
    }

    @Test
    void tooManyAliasesAreRefused() {
        StringBuilder document = new StringBuilder("{");
        for (int i = 0; i <= limits.maxAliases(); i++) {
            document.append(" p").append(i).append(": place(code: \"511402\") { name }");
        }
        ResponseError error = singleError(run(document.append(" }").toString(), Map.of()));
        assertThat(error.getExtensions())
                .containsEntry("limit", "aliases")
                .containsEntry("actual", (long) limits.maxAliases() + 1)
                .containsEntry("max", (long) limits.maxAliases());
    }

    @Test
    void aDocumentWithTooManyTokensIsRefusedBeforeParsing() {
        // one token per "name", ten for the frame: { place ( code : "511402" ) { } }
        String document = "{ place(code: \"511402\") { " + "name ".repeat(limits.maxTokens()) + "} }";
        ResponseError error = singleError(run(document, Map.of()));
        assertThat(error.getExtensions())
                .containsEntry("code", "LIMIT_EXCEEDED")
                .containsEntry("limit", "tokens")
                .containsEntry("actual", (long) limits.maxTokens() + 10)
                .containsEntry("max", (long) limits.maxTokens());
    }

    @Test
    void aDocumentLargerThanTheByteLimitIsRefused() {
        String document = "# " + "邻".repeat(limits.maxBytes() / 3) + "\n{ place(code: \"511402\") { name } }";
        ResponseError error = singleError(run(document, Map.of()));
        assertThat(error.getExtensions()).containsEntry("limit", "bytes").containsEntry("actual", (long)
                document.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    private ExecutionGraphQlResponse run(String document, Map<String, Object> variables) {
        return graphQlService
                .execute(new DefaultExecutionGraphQlRequest(document, null, variables, Map.of(), "test", null))
                .block();
    }

    private static ResponseError singleError(ExecutionGraphQlResponse response) {
        assertThat(response.getErrors()).hasSize(1);
        assertThat(response.isValid()).as("no data is returned").isFalse();
        return response.getErrors().get(0);
    }
}
