package cn.linli.hours;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opening hours as partners type them in Chinese ({@code 周一至周五 9:00-17:00}, {@code 周一到周日 8:00—18:00},
 * {@code 全天}, full-width digits and punctuation), rewritten in OpenStreetMap form for the parser. What it cannot
 * rewrite is left for the parser to refuse, so nothing is guessed.
 */
final class ChineseHours {

    private static final Map<Character, String> WEEKDAYS =
            Map.of('一', "Mo", '二', "Tu", '三', "We", '四', "Th", '五', "Fr", '六', "Sa", '日', "Su", '天', "Su");

    /** Words in the order they are replaced; longer phrases before the words they contain. */
    private static final List<Map.Entry<Pattern, String>> WORDS = List.of(
            word("全年无休|全天候|全天24小时|24小时营业|24小时开放|24小时服务|24小时|全天", " ALLDAY "),
            word("法定节假日|法定假日|节假日|节日", " PH "),
            word("每天|每日|天天", " Mo-Su "),
            word("周末|双休日", " Sa,Su "),
            word("工作日", " Mo-Fr WORKDAYS "),
            word("休息|闭馆|休馆|关闭|不开放|不营业|不办公|停止服务|暂停服务|歇业|停诊", " off "),
            word("开放|营业|办公|服务|时间|上班|接待|开门|门诊", " "),
            word("[—–~〜至到－]", "-"),
            word("[、]", ","),
            word("[。\\n\\r()]", ";"));

    private static final Pattern WEEKDAY = Pattern.compile("(?:周|星期|礼拜)([一二三四五六日天])");
    private static final Pattern TIME =
            Pattern.compile("(?:(上午|早上|早晨|中午|下午|晚上)\\s*)?(?<!\\d)(\\d{1,2})(?::(\\d{2})|点半|点(\\d{1,2})分?|点|时)");
    private static final Pattern SELECTOR_COLON = Pattern.compile("\\b(Mo|Tu|We|Th|Fr|Sa|Su|PH)\\s*:\\s*(?=[\\d A-Z])");
    private static final Pattern SELECTOR_THEN_TIME = Pattern.compile("\\b(Mo|Tu|We|Th|Fr|Sa|Su|PH|ALLDAY)(?=\\d)");

    private ChineseHours() {}

    /** Whether {@code text} needs rewriting: it has a character outside ASCII. */
    static boolean applies(String text) {
        return text.chars().anyMatch(c -> c > 0x7f);
    }

    /** {@code text} in OpenStreetMap form, for the parser to read (and refuse when it is still not). */
    static String toOsm(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = WEEKDAY.matcher(s).replaceAll(m -> " " + WEEKDAYS.get(m.group(1).charAt(0)) + " ");
        s = times(s);
        for (Map.Entry<Pattern, String> word : WORDS) {
            s = word.getKey().matcher(s).replaceAll(word.getValue());
        }
        boolean workdays = s.contains("WORKDAYS");
        s = s.replace("WORKDAYS", " ");
        s = SELECTOR_COLON.matcher(s).replaceAll("$1 ");
        s = SELECTOR_THEN_TIME.matcher(s).replaceAll("$1 ");
        s = s.replaceAll("(\\d\\d:\\d\\d)\\s+(?=\\d\\d:\\d\\d)", "$1,");
        s = s.replaceAll("\\s*-\\s*", "-")
                .replaceAll("\\s*,\\s*", ",")
                .replaceAll("\\s*;[\\s;]*", "; ")
                .replaceAll("\\s+", " ");
        s = s.replaceAll("^[\\s;,:]+|[\\s;,:]+$", "");
        s = s.equals("ALLDAY") ? "24/7" : s.replace("ALLDAY", "00:00-24:00");
        // 工作日 are the working days: Monday to Friday, but not public holidays
        if (workdays && !s.contains("PH")) {
            s = s + "; PH off";
        }
        return s;
    }

    /** {@code 9:00}, {@code 9点}, {@code 9点半}, {@code 下午5点} as {@code HH:MM}. */
    private static String times(String s) {
        Matcher m = TIME.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int hour = Integer.parseInt(m.group(2));
            int minute = m.group(3) != null
                    ? Integer.parseInt(m.group(3))
                    : m.group(4) != null
                            ? Integer.parseInt(m.group(4))
                            : m.group(0).endsWith("点半") ? 30 : 0;
            String part = m.group(1) == null ? "" : m.group(1);
            if ((part.equals("下午") || part.equals("晚上")) && hour < 12 || part.equals("中午") && hour < 6) {
                hour += 12;
            }
            m.appendReplacement(out, "%02d:%02d".formatted(hour, minute));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map.Entry<Pattern, String> word(String regex, String replacement) {
        return Map.entry(Pattern.compile(regex), replacement);
    }
}
