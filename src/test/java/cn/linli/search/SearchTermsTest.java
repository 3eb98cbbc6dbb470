package cn.linli.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.linli.api.errors.BadInputException;

class SearchTermsTest {

    @Test
    void aNameGetsItsFullPinyinAndInitialsAndAliasesTheirOwn() {
        SearchTerms terms = SearchTerms.of("东坡邻里中心", List.of("东坡邻里", "红星西路街区邻里中心"));
        assertThat(terms.pinyin()).isEqualTo("dongpolinlizhongxin");
        assertThat(terms.initials()).isEqualTo("dpllzx");
        assertThat(terms.aliasPinyin().split(" ")).contains("dongpolinli", "hongxingxilujiequlinlizhongxin");
        assertThat(terms.aliasInitials().split(" ")).contains("dpll", "hxxljqllzx");
    }

    @Test
    void aCharacterWithSeveralReadingsYieldsEverySpelling() {
        // 长 reads chang or zhang
        assertThat(SearchTerms.of("长者食堂", List.of()).pinyin().split(" ")).contains("changzheshitang", "zhangzheshitang");
    }

    @Test
    void digitsAndLatinLettersStayAndPunctuationGoes() {
        SearchTerms terms = SearchTerms.of("第1网格·A区", null);
        assertThat(terms.pinyin().split(" ")).contains("di1wanggeaqu");
        assertThat(terms.initials().split(" ")).contains("d1wgaq");
        assertThat(terms.aliasPinyin()).isEmpty();
    }

    @Test
    void userTextReachesLuceneOnlyInsideEscapedPhrases() {
        SearchText hostile = SearchText.parse("\"*~?( 金龙\"*~?( a\\b", 100);
        // the punctuation-only word is dropped: it holds nothing the index could match
        assertThat(hostile.text()).isEqualTo("(name:\"金龙\\\"*~?(\"^3 OR aliases:\"金龙\\\"*~?(\"^2 OR description:\"金龙\\\"*~?(\")"
                + " AND (name:\"a\\\\b\"^3 OR aliases:\"a\\\\b\"^2 OR description:\"a\\\\b\")");
        assertThat(hostile.pinyin()).isNull();
        assertThat(SearchText.parse("*~?(", 100).text()).isNull();
    }

    @Test
    void latinTextIsAlsoSearchedAsPinyinWithoutSpaces() {
        SearchText text = SearchText.parse("Jin Long", 100);
        assertThat(text.pinyin()).startsWith("pinyin:jinlong^8.0 OR pinyin:jinlong*^6.0 OR pinyin:*jinlong*^2.0 OR pinyin:jinlong~1^1.0");
    }

    @Test
    void blankOrOverlongTextIsRejectedNamingTheArgument() {
        assertThatThrownBy(() -> SearchText.parse("  ", 100)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("text must not be blank");
        assertThatThrownBy(() -> SearchText.parse("邻".repeat(101), 100)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("at most 100");
    }
}
