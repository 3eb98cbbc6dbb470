package cn.linli.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linli.api.errors.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void aNameGetsItsFullPinyinAndInitialsAndAliasesTheirOwn() {
        SearchTerms terms = SearchTerms.of("东坡邻里中心", List.of("东坡邻里", "红星西路街区邻里中心"));
        assertThat(terms.pinyin()).isEqualTo("dongpolinlizhongxin");
        assertThat(terms.initials()).isEqualTo("dpllzx");
        assertThat(terms.aliasPinyin().split(" ")).containsExactly("dongpolinli", "hongxingxilujiequlinlizhongxin");
        assertThat(terms.aliasInitials().split(" ")).containsExactly("dpll", "hxxljqllzx");
    }

    @Test
    void everyHandCheckedTrickyNameIsSpelledFirstAsItIsRead() throws IOException {
        // bench/pinyin/tricky-names.tsv: name, reading checked by hand (docs/SEARCH.md)
        List<String[]> tricky = Files.readAllLines(Path.of("bench/pinyin/tricky-names.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .toList();
        assertThat(tricky).hasSizeGreaterThanOrEqualTo(30);
        for (String[] row : tricky) {
            String expected = row[1].replace(" ", "");
            String initials = String.join(
                    "",
                    List.of(row[1].split(" ")).stream()
                            .map(s -> s.substring(0, 1))
                            .toList());
            SearchTerms terms = SearchTerms.of(row[0], List.of());
            assertThat(terms.pinyin().split(" ")[0]).as(row[0]).isEqualTo(expected);
            assertThat(terms.initials().split(" ")[0]).as(row[0]).isEqualTo(initials);
        }
    }

    @Test
    void aCharacterReadDifferentlyInContextAlsoGetsItsCommonReading() {
        // 长者 is zhang zhe; a person unsure of the word reads 长 as it is read most often, chang
        assertThat(SearchTerms.of("长者食堂", List.of()).pinyin().split(" "))
                .containsExactly("zhangzheshitang", "changzheshitang");
        assertThat(SearchTerms.of("长者食堂", List.of()).initials().split(" ")).containsExactly("zzst", "czst");
        // no second spelling where the word reads as its characters do, and no readings no one says (虹 jiang, 区 ou)
        assertThat(SearchTerms.of("长虹社区乡贤理事会", List.of()).pinyin()).isEqualTo("changhongshequxiangxianlishihui");
    }

    @Test
    void digitsAndLatinLettersStayAndPunctuationGoes() {
        SearchTerms terms = SearchTerms.of("第1网格·A区", null);
        assertThat(terms.pinyin()).isEqualTo("di1wanggeaqu");
        assertThat(terms.initials()).isEqualTo("d1wgaq");
        assertThat(terms.aliasPinyin()).isEmpty();
    }

    @Test
    void namesAreNormalisedAsSearchTextIs() {
        // full-width digits and letters, and ü written v, exactly as a query is read
        assertThat(SearchTerms.of("第１网格Ａ区", null).pinyin()).isEqualTo("di1wanggeaqu");
        assertThat(SearchTerms.of("妇女儿童之家", null).pinyin()).isEqualTo("funvertongzhijia funuertongzhijia");
        assertThat(SearchTerms.of("旅游", null).pinyin()).isEqualTo("lvyou luyou");
        assertThat(SearchTerms.of("旅游", null).initials()).isEqualTo("ly");
    }

    @Test
    void userTextReachesLuceneOnlyAsWordsOfLettersAndDigits() {
        SearchText hostile = SearchText.parse("\"*~?( 金龙\"*~?( a\\b", 100);
        // punctuation separates words and is no part of any: 金龙, a and b are left
        assertThat(hostile.text())
                .isEqualTo("(name:\"金龙\"^3 OR aliases:\"金龙\"^2 OR description:\"金龙\")"
                        + " AND (name:\"a\"^3 OR aliases:\"a\"^2 OR description:\"a\")"
                        + " AND (name:\"b\"^3 OR aliases:\"b\"^2 OR description:\"b\")");
        // and as pinyin, letters only
        assertThat(hostile.pinyin()).startsWith("pinyin:jinlongab^8.0 OR pinyin:jinlongab*^6.0 OR");
    }

    @Test
    void punctuationIsReadAsAPersonMeansIt() {
        SearchText plain = SearchText.parse("dongpo", 100);
        for (String typed : List.of(
                "dongpo.",
                ".dongpo",
                "dong-po",
                "dong po",
                "DONGPO",
                "ｄｏｎｇｐｏ",
                "Dōngpō",
                "dong·po",
                "dong'po",
                "dong，po。")) {
            assertThat(SearchText.parse(typed, 100).pinyin()).as(typed).isEqualTo(plain.pinyin());
        }
        assertThat(SearchText.parse("金.", 100)).isEqualTo(SearchText.parse("金", 100));
        assertThat(SearchText.parse("dpllzx,", 100)).isEqualTo(SearchText.parse("dpllzx", 100));
    }

    @Test
    void chineseAmongLatinLettersIsSpelledToo() {
        // an input method switched midway
        assertThat(SearchText.parse("东坡linli", 100).pinyin())
                .isEqualTo(SearchText.parse("dongpolinli", 100).pinyin());
        assertThat(SearchText.parse("dong坡", 100).pinyin())
                .isEqualTo(SearchText.parse("dongpo", 100).pinyin());
        // Chinese alone is searched as Chinese only
        assertThat(SearchText.parse("东坡", 100).pinyin()).isNull();
    }

    @Test
    void uUmlautIsTypedAsV() {
        SearchText funv = SearchText.parse("funv", 100);
        for (String typed : List.of("funü", "fu nü", "FUNÜ", "funu:", "fun\u0075\u0308", "fùnǚ")) {
            assertThat(SearchText.parse(typed, 100).pinyin()).as(typed).isEqualTo(funv.pinyin());
        }
        assertThat(SearchText.parse("lüyou", 100)).isEqualTo(SearchText.parse("lvyou", 100));
    }

    @Test
    void latinTextIsAlsoSearchedAsPinyinWithoutSpaces() {
        SearchText text = SearchText.parse("Jin Long", 100);
        assertThat(text.pinyin())
                .startsWith(
                        "pinyin:jinlong^8.0 OR pinyin:jinlong*^6.0 OR pinyin:*jinlong*^2.0 OR pinyin:jinlong~1^1.0");
    }

    @Test
    void blankOverlongOrPunctuationOnlyTextIsRejectedNamingTheArgument() {
        assertThatThrownBy(() -> SearchText.parse("  ", 100))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("text must not be blank");
        assertThatThrownBy(() -> SearchText.parse("邻".repeat(101), 100))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("at most 100");
        for (String punctuation : List.of(".", "*~?(", "，。、", "-", "\"\\")) {
            assertThatThrownBy(() -> SearchText.parse(punctuation, 100))
                    .as(punctuation)
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("punctuation alone");
        }
    }
}
