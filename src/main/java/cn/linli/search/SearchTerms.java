package cn.linli.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin a record is found by: for its name and for its aliases, the full pinyin without tones
 * ({@code 东坡邻里中心} → {@code dongpolinlizhongxin}) and the initials ({@code dpllzx}), lower case, ü as {@code v}.
 * Letters and digits in a name are kept, other characters dropped. A character with several readings (多音字)
 * yields every combination, up to {@value #MAX_SPELLINGS} spellings per name. Each property holds the spellings
 * separated by spaces: one token each for the {@code search_pinyin} full-text index.
 *
 * <p>Stored on {@code Provider} and {@code ServiceItem} nodes as {@code pinyin}, {@code initials},
 * {@code aliasPinyin} and {@code aliasInitials}; whoever writes a name or aliases sets {@link #properties()} too.
 */
public record SearchTerms(String pinyin, String initials, String aliasPinyin, String aliasInitials) {

    static final int MAX_SPELLINGS = 8;

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    public static SearchTerms of(String name, List<String> aliases) {
        Spellings main = spell(List.of(name == null ? "" : name));
        Spellings other = spell(aliases == null ? List.of() : aliases);
        return new SearchTerms(main.full(), main.initials(), other.full(), other.initials());
    }

    /** The node properties, named as stored and indexed. */
    public Map<String, Object> properties() {
        return Map.of("pinyin", pinyin, "initials", initials, "aliasPinyin", aliasPinyin, "aliasInitials", aliasInitials);
    }

    private record Spellings(String full, String initials) {
    }

    private static Spellings spell(List<String> names) {
        Set<String> full = new LinkedHashSet<>();
        Set<String> initials = new LinkedHashSet<>();
        for (String name : names) {
            List<String[]> syllables = syllables(name);
            full.addAll(combine(syllables, false));
            initials.addAll(combine(syllables, true));
        }
        full.remove("");
        initials.remove("");
        return new Spellings(String.join(" ", full), String.join(" ", initials));
    }

    /** Per character of {@code name}: its readings (several for 多音字), or the letter/digit itself. */
    private static List<String[]> syllables(String name) {
        List<String[]> syllables = new ArrayList<>();
        for (char c : name.toCharArray()) {
            String[] readings = readings(c);
            if (readings.length > 0) {
                syllables.add(readings);
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                syllables.add(new String[] {String.valueOf(c).toLowerCase(Locale.ROOT)});
            }
        }
        return syllables;
    }

    private static String[] readings(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null ? new String[0] : new LinkedHashSet<>(List.of(readings)).toArray(String[]::new);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("the fixed pinyin output format is valid", e);
        }
    }

    /** Every spelling (first letters only with {@code initials}), the first reading of each character first. */
    private static List<String> combine(List<String[]> syllables, boolean initials) {
        List<StringBuilder> spellings = new ArrayList<>(List.of(new StringBuilder()));
        for (String[] readings : syllables) {
            Set<String> options = new LinkedHashSet<>();
            for (String reading : readings) {
                options.add(initials ? reading.substring(0, 1) : reading);
            }
            List<StringBuilder> next = new ArrayList<>();
            for (StringBuilder spelling : spellings) {
                for (String option : options) {
                    if (next.size() < MAX_SPELLINGS) {
                        next.add(new StringBuilder(spelling).append(option));
                    }
                }
            }
            spellings = next;
        }
        return spellings.stream().map(StringBuilder::toString).toList();
    }
}
