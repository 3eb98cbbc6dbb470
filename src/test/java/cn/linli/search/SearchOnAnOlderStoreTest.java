package cn.linli.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliTest;
import cn.linli.graph.Cypher;
import cn.linli.graph.GraphSchema;
import cn.linli.seed.DerivedProperties;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A store written by an older Linli is brought up to date at start-up: its full-text indexes and its pinyin. */
class SearchOnAnOlderStoreTest extends LinliTest {

    @Autowired
    Cypher cypher;

    @Autowired
    GraphSchema schema;

    @Autowired
    DerivedProperties derived;

    private List<String> ids(String text) {
        return graphQl()
                .documentName("search")
                .variable("text", text)
                .variable("first", 50)
                .execute()
                .path("search.edges[*].node.record.id")
                .entityList(String.class)
                .get();
    }

    @Test
    void fullTextIndexesWithAnOlderDefinitionAreCreatedAnewToCoverResources() {
        // the indexes as Linli created them when search found providers and service items only
        for (String statement :
                List.of("DROP INDEX search_text", "DROP INDEX search_pinyin", """
                CREATE FULLTEXT INDEX search_text FOR (n:Provider|ServiceItem) ON EACH [n.name, n.aliases, n.description]
                OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}""", """
                CREATE FULLTEXT INDEX search_pinyin FOR (n:Provider|ServiceItem)
                ON EACH [n.pinyin, n.initials, n.aliasPinyin, n.aliasInitials]
                OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}""", "CALL db.awaitIndexes(300)")) {
            cypher.write(tx -> tx.run(statement, Map.of()));
        }
        assertThat(ids("童伴计划")).doesNotContain("Resource:res-09");

        schema.apply();

        List<List<String>> labels = cypher.read("""
                SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes WHERE name IN ['search_text', 'search_pinyin']
                RETURN labelsOrTypes""", Map.of()).stream()
                .map(r -> r.get("labelsOrTypes").asList(v -> v.asString()))
                .toList();
        assertThat(labels)
                .hasSize(2)
                .allSatisfy(l -> assertThat(l).containsExactlyInAnyOrder("Provider", "ServiceItem", "Resource"));
        assertThat(ids("童伴计划")).first().isEqualTo("Resource:res-09");
        assertThat(ids("tongbanjihua")).first().isEqualTo("Resource:res-09");
    }

    @Test
    void recordsSpelledByOlderRulesAreSpelledAgainAtStartUp() {
        // 长虹社区乡贤理事会 as pinyin4j spelled it: every combination of readings, cut at 8, none of them changhong
        cypher.write(tx -> tx.run("""
                MATCH (p:Provider {id: 'so-dp-247'})
                SET p.pinyin = 'zhanghongshequxiangxianlishihui zhanghongshequxiangxianlishikuai zhanghongsheouxiangxianlishihui',
                    p.initials = 'zhsqxxlshh zhsqxxlshk zhsoxxlshh'
                REMOVE p.pinyinScheme""", Map.of()));
        assertThat(ids("changhong")).doesNotContain("Provider:so-dp-247");

        // what start-up does with a store it did not import
        assertThat(derived.apply(false)).isEqualTo(1);

        assertThat(ids("changhong")).contains("Provider:so-dp-247");
        assertThat(ids("zhanghongshequ")).doesNotContain("Provider:so-dp-247");
    }
}
