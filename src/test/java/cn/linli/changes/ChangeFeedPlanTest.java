package cn.linli.changes;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliTest;
import cn.linli.graph.Cypher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;

/** The feed reads each kind of record from its change-number index, from the cursor on: never a scan of a label. */
class ChangeFeedPlanTest extends LinliTest {

    @Autowired
    Cypher cypher;

    @Test
    void everyKindOfRecordIsSoughtInItsSeqIndexFromTheCursorOnAndCutToAPageInIndexOrder() {
        List<String> indexes = List.of(
                "INDEX n:Place(seq)",
                "INDEX n:Provider(seq)",
                "INDEX n:ServiceItem(seq)",
                "INDEX n:Resource(seq)",
                "INDEX n:Need(seq)",
                "INDEX n:Event(seq)",
                "INDEX (r)-[d:DEPLOYED_TO(seq)]->(g)",
                "INDEX (d)-[r:REPORTS_FOR(seq)]->(x)",
                "INDEX t:Tombstone(seq)");
        assertThat(ChangeQueries.KINDS).hasSize(indexes.size());
        for (int i = 0; i < indexes.size(); i++) {
            List<String> operators = new ArrayList<>();
            collect(
                    cypher.explain(
                            ChangeQueries.KINDS.get(i),
                            Map.of("seq", 5L, "id", "Grid:511402001001-01", "fetch", 101, "last", 900L)),
                    operators);
            String index = indexes.get(i);
            assertThat(operators)
                    .as("%s in plan %s", index, operators)
                    .anySatisfy(op -> assertThat(op)
                            .contains("IndexSeekByRange")
                            .contains(index)
                            .contains("seq >= $seq")
                            .contains("seq <= $last"));
            // the index gives number order: the kind stops after a page, sorting only the entries that share a number
            // (PartialTop, or PartialSort then Limit); the pages are merged in Java
            assertThat(operators.stream().filter(op -> op.startsWith("PartialTop") || op.startsWith("PartialSort")))
                    .as(index)
                    .hasSize(1);
            assertThat(operators)
                    .as(index)
                    .noneSatisfy(op -> assertThat(op).matches("(Sort|Top)@.*"))
                    .noneSatisfy(op ->
                            assertThat(op).containsAnyOf("NodeByLabelScan", "AllNodesScan", "RelationshipTypeScan"));
        }
    }

    private static void collect(Plan plan, List<String> into) {
        into.add(plan.operatorType() + " " + plan.arguments().getOrDefault("Details", Values.NULL));
        plan.children().forEach(child -> collect(child, into));
    }
}
