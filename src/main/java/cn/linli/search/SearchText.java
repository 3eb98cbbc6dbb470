package cn.linli.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import cn.linli.api.errors.BadInputException;

/**
 * A user's search text turned into the two Lucene queries, with user text only ever inside quoted phrases
 * (where only {@code "} and {@code \} are special and are escaped) or, for pinyin, reduced to the letters a-z:
 * no Lucene operator, wildcard or field name from the user reaches the index.
 *
 * @param text   query for the {@code search_text} index (cjk analyzer), null when the text has no letter or digit
 * @param pinyin query for the {@code search_pinyin} index, null unless the text is Latin letters only
 */
record SearchText(String text, String pinyin) {

    private static final Pattern LATIN = Pattern.compile("[a-z' ]+");
    private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");
    private static final int FUZZY_FROM = 4;

    static SearchText parse(String input, int maxLength) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            throw new BadInputException("text", "must not be blank");
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            throw new BadInputException("text", "must be at most " + maxLength + " characters (got " + length + ")");
        }
        return new SearchText(textQuery(text), pinyinQuery(text.toLowerCase(Locale.ROOT)));
    }

    /**
     * Every word must match (AND); a word found in the name counts three times, in an alias twice, in the
     * description once. One Chinese character alone is a prefix of the indexed two-character grams.
     */
    private static String textQuery(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            if (!HAS_WORD.matcher(word).find()) {
                continue;
            }
            String term = isSingleHan(word) ? word + "*" : "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            words.add("(name:%1$s^3 OR aliases:%1$s^2 OR description:%1$s)".formatted(term));
        }
        return words.isEmpty() ? null : String.join(" AND ", words);
    }

    /**
     * Name spellings weigh twice alias spellings. Within each: the whole spelling (4), its beginning (3), any part
     * of it (1), and from four letters on one wrong, missing or extra letter (0.5), so a typing slip still finds it.
     */
    private static String pinyinQuery(String lower) {
        if (!LATIN.matcher(lower).matches()) {
            return null;
        }
        String q = lower.replace(" ", "").replace("'", "");
        if (q.length() < 2) {
            return null;
        }
        List<String> clauses = new ArrayList<>();
        for (String field : List.of("pinyin", "initials", "aliasPinyin", "aliasInitials")) {
            double weight = field.startsWith("alias") ? 1 : 2;
            clauses.add("%s:%s^%s".formatted(field, q, 4 * weight));
            clauses.add("%s:%s*^%s".formatted(field, q, 3 * weight));
            clauses.add("%s:*%s*^%s".formatted(field, q, weight));
            if (q.length() >= FUZZY_FROM) {
                clauses.add("%s:%s~1^%s".formatted(field, q, 0.5 * weight));
            }
        }
        return String.join(" OR ", clauses);
    }

    private static boolean isSingleHan(String word) {
        return word.codePointCount(0, word.length()) == 1
                && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
