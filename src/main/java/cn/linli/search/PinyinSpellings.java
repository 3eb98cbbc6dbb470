package cn.linli.search;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a name is spelled in pinyin, as syllables: Chinese characters read by HanLP (word-aware: its phrase dictionary
 * reads 长虹 chang hong, 长者 zhang zhe, 银行 yin hang, 重庆 chong qing), letters and digits kept one by one. The
 * comparison that chose HanLP, and the names it is measured on, are in docs/SEARCH.md.
 *
 * <p>A name has at most two readings: in context, and character by character with each character's most common
 * reading, when that differs. The second is what a person unsure of the word types (长者食堂 {@code changzhe},
 * 会计 {@code huiji}); every combination of every reading (as before) grew with the product of readings, spelled
 * names no one says (虹 jiang, 区 ou) and, capped, lost the right one. A reading with ü (written v, as typed on a
 * pinyin keyboard) is also spelled with u.
 */
final class PinyinSpellings {

    /**
     * Readings Linli knows better than HanLP's dictionary, found by bench/pinyin-compare.sh; matched longest first
     * before HanLP reads the rest. Place names (单县, 朝阳 as in 朝阳社区 and 朝阳路, 曾 as a surname in village
     * names), 还建房 (resettlement housing) and the titles of community work ending in 长 zhang.
     */
    static final Map<String, List<String>> PHRASES = Map.ofEntries(
            Map.entry("单县", List.of("shan", "xian")),
            Map.entry("朝阳", List.of("chao", "yang")),
            Map.entry("曾家", List.of("zeng", "jia")),
            Map.entry("曾庙", List.of("zeng", "miao")),
            Map.entry("还建", List.of("huan", "jian")),
            Map.entry("网格长", List.of("wang", "ge", "zhang")),
            Map.entry("楼栋长", List.of("lou", "dong", "zhang")),
            Map.entry("单元长", List.of("dan", "yuan", "zhang")),
            Map.entry("院落长", List.of("yuan", "luo", "zhang")),
            Map.entry("理事长", List.of("li", "shi", "zhang")),
            Map.entry("秘书长", List.of("mi", "shu", "zhang")));

    private static final int LONGEST_PHRASE =
            PHRASES.keySet().stream().mapToInt(String::length).max().orElse(0);
    private static final Pattern HAN_RUNS = Pattern.compile("\\p{IsHan}+|[^\\p{IsHan}]+");

    private PinyinSpellings() {}

    /**
     * The spellings of {@code name}: in context first, then character by character if different, then each with ü
     * typed u where it has one; none if the name is empty.
     */
    static List<List<String>> of(String name) {
        List<String> inContext = new ArrayList<>();
        List<String> byCharacter = new ArrayList<>();
        for (String word : SearchNormalizer.words(name)) {
            Matcher run = HAN_RUNS.matcher(word);
            while (run.find()) {
                String part = run.group();
                if (Character.UnicodeScript.of(part.codePointAt(0)) == Character.UnicodeScript.HAN) {
                    inContext.addAll(inContext(part));
                    part.codePoints().forEach(c -> byCharacter.addAll(hanlp(Character.toString(c))));
                } else {
                    part.codePoints().forEach(c -> {
                        inContext.add(Character.toString(c));
                        byCharacter.add(Character.toString(c));
                    });
                }
            }
        }
        LinkedHashSet<List<String>> spellings = new LinkedHashSet<>(List.of(inContext, byCharacter));
        spellings.remove(List.of());
        List.copyOf(spellings).forEach(spelling -> spellings.add(uForV(spelling)));
        return List.copyOf(spellings);
    }

    /**
     * The spelling with ü typed u, as where a keyboard has no v for it (妇女 {@code funu} beside {@code funv}): after l
     * and n the only syllables written with ü ({@code lv lve nv nve}); elsewhere ü is written u anyway ({@code qu}).
     */
    private static List<String> uForV(List<String> spelling) {
        return spelling.stream()
                .map(s -> s.startsWith("lv") || s.startsWith("nv") ? s.charAt(0) + "u" + s.substring(2) : s)
                .toList();
    }

    /** Chinese characters read in context: Linli's {@link #PHRASES} where one starts, HanLP for the rest. */
    private static List<String> inContext(String han) {
        List<String> syllables = new ArrayList<>();
        int pending = 0;
        for (int i = 0; i < han.length(); ) {
            String phrase = phraseAt(han, i);
            if (phrase == null) {
                i++;
                continue;
            }
            syllables.addAll(hanlp(han.substring(pending, i)));
            syllables.addAll(PHRASES.get(phrase));
            i += phrase.length();
            pending = i;
        }
        syllables.addAll(hanlp(han.substring(pending)));
        return syllables;
    }

    private static String phraseAt(String han, int start) {
        for (int end = Math.min(han.length(), start + LONGEST_PHRASE); end > start + 1; end--) {
            if (PHRASES.containsKey(han.substring(start, end))) {
                return han.substring(start, end);
            }
        }
        return null;
    }

    /** HanLP's reading without tones (ü as v), normalised as search text is; characters it does not know are left out. */
    private static List<String> hanlp(String han) {
        if (han.isEmpty()) {
            return List.of();
        }
        List<String> syllables = new ArrayList<>();
        for (Pinyin pinyin : HanLP.convertToPinyinList(han)) {
            if (pinyin != Pinyin.none5) {
                syllables.addAll(SearchNormalizer.words(pinyin.getPinyinWithoutTone()));
            }
        }
        return syllables;
    }
}
