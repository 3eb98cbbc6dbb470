package cn.linli.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pinyin a record is found by: for its name and for its aliases, the full pinyin without tones
 * ({@code 东坡邻里中心} → {@code dongpolinlizhongxin}) and the initials ({@code dpllzx}), lower case, ü as {@code v}.
 * Letters and digits in a name are kept, punctuation separates nothing (the spelling is one token). Each name has
 * one or two readings ({@link PinyinSpellings}: in context, and character by character where that differs), each
 * also spelled with u for ü where it has one; each property holds the spellings separated by spaces: one token each
 * for the {@code search_pinyin} full-text index.
 *
 * <p>Stored on {@code Provider}, {@code ServiceItem} and {@code Resource} nodes as {@code pinyin}, {@code initials},
 * {@code aliasPinyin} and {@code aliasInitials}; whoever writes a name or aliases sets {@link #properties()} too.
 */
public record SearchTerms(String pinyin, String initials, String aliasPinyin, String aliasInitials) {

    public static SearchTerms of(String name, List<String> aliases) {
        Spellings main = spell(name == null ? List.of() : List.of(name));
        Spellings other = spell(aliases == null ? List.of() : aliases);
        return new SearchTerms(main.full(), main.initials(), other.full(), other.initials());
    }

    /** The node properties, named as stored and indexed. */
    public Map<String, Object> properties() {
        return Map.of(
                "pinyin", pinyin, "initials", initials, "aliasPinyin", aliasPinyin, "aliasInitials", aliasInitials);
    }

    private record Spellings(String full, String initials) {}

    private static Spellings spell(List<String> names) {
        Set<String> full = new LinkedHashSet<>();
        Set<String> initials = new LinkedHashSet<>();
        for (String name : names) {
            for (List<String> syllables : PinyinSpellings.of(name)) {
                full.add(String.join("", syllables));
                initials.add(String.join(
                        "", syllables.stream().map(s -> s.substring(0, 1)).toList()));
            }
        }
        return new Spellings(String.join(" ", full), String.join(" ", initials));
    }
}
