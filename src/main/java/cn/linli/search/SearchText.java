package cn.linli.search;

import cn.linli.api.errors.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A user's search text turned into the two Lucene queries. The text is first read as words by
 * {@link SearchNormalizer} (full width folded, lower case, ü as v, punctuation separates words), so {@code dongpo.},
 * {@code dong-po}, {@code DONG PO} and {@code ｄｏｎｇｐｏ} are one search. A word holds letters, digits and marks
 * only, and goes to Lucene inside a quoted phrase (where {@code "} and {@code \} would still be escaped) or, for
 * pinyin, as letters and digits: no Lucene operator, wildcard or field name from the user reaches the index.
 *
 * @param text   query for the {@code search_text} index (cjk analyzer)
 * @param pinyin query for the {@code search_pinyin} index, null unless the words hold Latin letters and otherwise only
 *               digits and Chinese characters
 */
record SearchText(String text, String pinyin) {

    private static final Pattern LATIN = Pattern.compile("[a-z0-9]+");
    private static final Pattern HAS_LETTER = Pattern.compile("[a-z]");
    private static final Pattern MIXED = Pattern.compile("[a-z0-9\\p{IsHan}]+");
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
        List<String> words = SearchNormalizer.words(text);
        if (words.isEmpty()) {
            throw new BadInputException(
                    "text",
                    "must hold a letter, digit or Chinese character; punctuation alone" + " matches nothing (got '"
                            + text + "')");
        }
        return new SearchText(textQuery(words), pinyinQuery(words));
    }

    /**
     * Every word must match (AND); a word found in the name counts three times, in an alias twice, in the
     * description once. One Chinese character alone is a prefix of the indexed two-character grams.
     */
    private static String textQuery(List<String> words) {
        List<String> clauses = new ArrayList<>();
        for (String word : words) {
            String term = isSingleHan(word)
                    ? word + "*"
                    : "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            clauses.add("(name:%1$s^3 OR aliases:%1$s^2 OR description:%1$s)".formatted(term));
        }
        return String.join(" AND ", clauses);
    }

    /**
     * The words joined ({@code dong po} is {@code dongpo}: a spelling is indexed as one token); Chinese characters
     * among Latin letters, as typed when an input method switches midway, are spelled as names are ({@code 东坡linli}
     * is {@code dongpolinli}). Name spellings weigh twice alias spellings. Within each: the whole spelling (4), its
     * beginning (3), any part of it (1), and from four letters on one wrong, missing or extra letter (0.5), so a
     * typing slip still finds it.
     */
    private static String pinyinQuery(List<String> words) {
        String q = String.join("", words);
        if (!HAS_LETTER.matcher(q).find()) {
            return null;
        }
        if (!LATIN.matcher(q).matches()) {
            if (!MIXED.matcher(q).matches()) {
                return null;
            }
            q = String.join("", PinyinSpellings.of(q).get(0));
        }
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
