package cn.linli.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text the way a person means it; one function for both sides, the pinyin Linli indexes ({@link SearchTerms}) and
 * the text a user searches ({@link SearchText}):
 * <ul>
 * <li>NFKC: full-width letters, digits and punctuation become their ordinary forms ({@code ｄｏｎｇｐｏ} is
 * {@code dongpo}, the ideographic space a space, {@code ，} a comma);</li>
 * <li>lower case;</li>
 * <li>ü as typed on a pinyin keyboard, {@code v}: {@code lü}, {@code lu:}, {@code LÜ} and {@code lǜ} are
 * {@code lv}; other tone marks on Latin letters are dropped ({@code dōngpō} is {@code dongpo});</li>
 * <li>split into words at anything that is neither a letter, a digit nor a combining mark: spaces and punctuation
 * of any script ({@code . - · ' ，。、“”}) separate words and never belong to one ({@code dong-po.} is
 * {@code [dong, po]}, {@code 金.} is {@code [金]}).</li>
 * </ul>
 * The {@code search_text} index does the same to what it stores with Lucene's cjk analyzer (width folding, lower
 * case, punctuation between tokens).
 */
final class SearchNormalizer {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");
    private static final int COMBINING_DIAERESIS = 0x0308;

    private SearchNormalizer() {}

    /** The words of {@code text}, normalised; empty when it holds no letter or digit. */
    static List<String> words(String text) {
        String folded = Normalizer.normalize(latinMarksFolded(text), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace("u:", "v");
        return Arrays.stream(SEPARATORS.split(folded)).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * Decomposes {@code text} (NFKD) and drops the marks on Latin letters, turning u + diaeresis into v; marks on
     * other scripts stay (NFKC composes them again).
     */
    private static String latinMarksFolded(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        int base = -1;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
            if (mark && base >= 0 && Character.UnicodeScript.of(base) == Character.UnicodeScript.LATIN) {
                if (c == COMBINING_DIAERESIS && (base == 'u' || base == 'U')) {
                    out.setCharAt(out.length() - 1, 'v');
                    base = 'v';
                }
                continue;
            }
            out.appendCodePoint(c);
            if (!mark) {
                base = c;
            }
        }
        return out.toString();
    }
}
