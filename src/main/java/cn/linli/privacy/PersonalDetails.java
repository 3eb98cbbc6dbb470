package cn.linli.privacy;

import cn.linli.api.errors.BadInputException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What partners write becomes public, so it must not hold what identifies a resident. One rule for every text a
 * partner sends (every string of every mutation input, see {@code write.Writes}) and for the seed files:
 * <ul>
 * <li><b>personal phone numbers</b>: Chinese mobiles {@code 1[3-9]} + 9 digits, however written — with spaces,
 * dashes, dots or {@code ·} between digits, full-width digits, {@code +86}/{@code 0086}/{@code (86)} in front,
 * Chinese numerals ({@code 幺三八…}, 大写 {@code 壹贰叁…}), in the middle of other text;</li>
 * <li><b>resident ID numbers</b> (居民身份证号): 18 digits whose ISO 7064 MOD 11-2 check character and birth date
 * are valid, or the old 15-digit form with a valid birth date — other long numbers (orders, codes) pass;</li>
 * <li><b>household door numbers</b>: a flat inside a residential compound — a unit with its room
 * ({@code 2单元501}, {@code 3栋2单元501室}, {@code 5号楼1单元302}), a residential block with a room ({@code 3栋501},
 * {@code 7幢1202室}) or building-unit-room as three numbers ({@code 3-2-501}). Street numbers ({@code 苏祠路88号}), a
 * village group and house number ({@code 石龙村6组17号}: how village clinics and halls are addressed too) and an
 * office's floor and room ({@code 3号楼201室}, {@code 2楼203室}) stay allowed.</li>
 * </ul>
 * A refusal shows the writer what was found, masked ({@code 138****5678}, {@code 5114**********0018}), so that
 * neither the response nor any log that keeps it holds the whole number.
 */
public final class PersonalDetails {

    /** What a finding is. */
    public enum Kind {
        MOBILE_PHONE(
                "a personal phone number",
                "Linli publishes no personal contact details — use the grid's duty phone or an institutional line"),
        RESIDENT_ID("a resident ID number", "Linli publishes no personal details — leave identity numbers out"),
        DOOR_NUMBER(
                "a household's door number",
                "Linli publishes no home addresses — give the compound or street (e.g. 苏祠路88号), not the flat"),
        /** Any phone number, in a text about a resident's matter (a need, an event), where even a landline is theirs. */
        PHONE_NUMBER(
                "a phone number",
                "a text about a resident's matter is published, so it carries no phone number — the grid's duty phone is"
                        + " published with the grid"),
        /** A person's name, in a text about a resident's matter ({@link PersonalNames}). */
        PERSONAL_NAME(
                "a person's name",
                "Linli publishes no one's name — write 张某, 居民 or 网格员 instead, or describe the place");

        private final String what;
        private final String advice;

        Kind(String what, String advice) {
            this.what = what;
            this.advice = advice;
        }
    }

    /** What was found, as shown to the writer (masked when it is a number). */
    public record Finding(Kind kind, String shown) {
        /** e.g. {@code contains what looks like a personal phone number (138****5678); Linli publishes ...}. */
        public String problem() {
            return "contains what looks like " + kind.what + " (" + shown + "); " + kind.advice;
        }
    }

    private static final String SEP = "[\\s\\-.·—–_]";
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![\\d.])(?:\\(?(?:\\+|00)?86\\)?" + SEP + "?)?(1[3-9](?:" + SEP + "?\\d){9})(?!" + SEP + "?\\d)");
    private static final Pattern ID_18 =
            Pattern.compile("(?<![\\dA-Za-z])(\\d(?:[ \\-]?\\d){16}[ \\-]?[\\dXx])(?![\\dA-Za-z])");
    private static final Pattern ID_15 = Pattern.compile("(?<![\\dA-Za-z])(\\d{15})(?![\\dA-Za-z])");
    private static final String BUILDING = "(?:\\d{1,3}|[A-Za-z])";
    private static final String ROOM_SUFFIX = "\\s*(?:室|号|户)?";
    private static final List<Pattern> DOOR = List.of(
            // (building) unit room: 2单元501, 3栋2单元501室, 5号楼1单元302
            Pattern.compile("(?:" + BUILDING + "\\s*(?:栋|幢|号楼|座|号)\\s*)?\\d{1,2}\\s*单元\\s*\\d{2,4}" + ROOM_SUFFIX),
            // residential block and room: 3栋501, 7幢1202室
            Pattern.compile(BUILDING + "\\s*(?:栋|幢)\\s*-?\\s*\\d{3,4}(?!\\d)" + ROOM_SUFFIX),
            // building-unit-room: 3-2-501, 3-2-501室
            Pattern.compile("(?<![\\d\\-])\\d{1,2}-\\d{1,2}-\\d{3,4}(?![\\d\\-])" + ROOM_SUFFIX));
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final DateTimeFormatter BIRTH =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    /** An organisation's line: a landline (area code optional), a short hotline, 95xxx/96xxx, or 400/800. */
    private static final Pattern PUBLIC_LINE = Pattern.compile(
            "(?:(?:(?:\\+|00)86[\\s\\-]?\\(?\\d{2,3}\\)?|\\(?0\\d{2,3}\\)?)[\\s\\-]?)?[2-8]\\d{2,3}[\\s\\-]?\\d{4}"
                    + "(?:\\s*(?:-|转|ext\\.?)\\s*\\d{1,5})?"
                    + "|1\\d{2,4}|9[56]\\d{3,4}|[48]00[\\s\\-]?\\d{3}[\\s\\-]?\\d{4}");
    /** A landline as people write it inside text: optional area code, 7-8 digits, single separators. */
    private static final Pattern LANDLINE_IN_TEXT = Pattern.compile(
            "(?<![\\d.])((?:\\(?0\\d{2,3}\\)?" + SEP + "?)?[2-8]\\d{2,3}" + SEP + "?\\d{4})(?!" + SEP + "?\\d)");

    private static final Pattern LINE_SEPARATOR = Pattern.compile("\\s*[、,;/]\\s*");

    private PersonalDetails() {}

    /** The first personal detail in {@code text}, if any. */
    public static Optional<Finding> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String normal = normalize(text);
        Matcher mobile = MOBILE.matcher(normal);
        if (mobile.find()) {
            return Optional.of(new Finding(Kind.MOBILE_PHONE, mask(digits(mobile.group(1)), 3)));
        }
        Optional<Finding> id = residentId(normal);
        if (id.isPresent()) {
            return id;
        }
        for (Pattern door : DOOR) {
            Matcher m = door.matcher(normal);
            if (m.find()) {
                return Optional.of(new Finding(Kind.DOOR_NUMBER, m.group().strip()));
            }
        }
        return Optional.empty();
    }

    /**
     * For texts about a resident's matter (a need's title, an event's description, address and notes): a personal
     * detail, any phone number at all — there a landline is the resident's own — or a person's name.
     */
    public static Optional<Finding> findAboutResident(String text) {
        Optional<Finding> personal = find(text);
        if (personal.isPresent() || text == null) {
            return personal;
        }
        Matcher landline = LANDLINE_IN_TEXT.matcher(normalize(text));
        if (landline.find()) {
            return Optional.of(new Finding(Kind.PHONE_NUMBER, mask(digits(landline.group(1)), 3)));
        }
        return PersonalNames.find(Normalizer.normalize(text, Normalizer.Form.NFKC))
                .map(name -> new Finding(Kind.PERSONAL_NAME, name));
    }

    /** Refuses {@code text} as input field {@code field} when it holds a personal detail. */
    public static void screen(String text, String field) {
        find(text).ifPresent(f -> {
            throw new BadInputException(field, f.problem());
        });
    }

    /**
     * Why {@code phone} is not an organisation's public line (landline {@code 028-38129959}, hotline {@code 12345},
     * {@code 96xxx}, {@code 400-…}; several separated by {@code 、 , ; /}), or empty when it is one.
     */
    public static Optional<String> publicLineProblem(String phone) {
        Optional<Finding> personal = find(phone);
        if (personal.isPresent()) {
            return Optional.of(personal.get().problem());
        }
        String normal = Normalizer.normalize(phone, Normalizer.Form.NFKC).strip();
        for (String line : LINE_SEPARATOR.split(normal)) {
            if (!PUBLIC_LINE.matcher(line).matches()) {
                return Optional.of(
                        "must be an organisation's public line: a landline with its area code (028-38129959), a"
                                + " service hotline (12345, 96xxx) or a 400/800 number, never a person's (got '" + phone
                                + "')");
            }
        }
        return Optional.empty();
    }

    /** {@code phone} stripped, or BAD_USER_INPUT on {@code field} when it is not an organisation's public line. */
    public static String publicLine(String phone, String field) {
        if (phone == null) {
            return null;
        }
        publicLineProblem(phone).ifPresent(problem -> {
            throw new BadInputException(field, problem);
        });
        return phone.strip();
    }

    private static Optional<Finding> residentId(String normal) {
        Matcher long18 = ID_18.matcher(normal);
        while (long18.find()) {
            String id = digits(long18.group(1)).toUpperCase();
            if (validId18(id)) {
                return Optional.of(new Finding(Kind.RESIDENT_ID, mask(id, 4)));
            }
        }
        Matcher old15 = ID_15.matcher(normal);
        while (old15.find()) {
            String id = old15.group(1);
            if (region(id) && birthDate("19" + id.substring(6, 12))) {
                return Optional.of(new Finding(Kind.RESIDENT_ID, mask(id, 4)));
            }
        }
        return Optional.empty();
    }

    /** GB 11643-1999: region, birth date, sequence and the ISO 7064 MOD 11-2 check character. */
    static boolean validId18(String id) {
        if (!region(id) || !birthDate(id.substring(6, 14))) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return id.charAt(17) == ID_CHECK.charAt(sum % 11);
    }

    /** Province-level codes start with 1 to 8 (GB/T 2260); 9 is not used. */
    private static boolean region(String id) {
        return id.charAt(0) >= '1' && id.charAt(0) <= '8';
    }

    private static boolean birthDate(String yyyymmdd) {
        try {
            LocalDate date = LocalDate.parse(yyyymmdd, BIRTH);
            return date.getYear() >= 1900 && !date.isAfter(LocalDate.now(ZoneOffset.ofHours(8)));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Full-width forms to ASCII (NFKC: {@code １３８} → {@code 138}, {@code －} → {@code -}, ideographic space → space),
     * Chinese numerals, plain and 大写, to digits ({@code 幺三八} → {@code 138}).
     */
    static String normalize(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            int digit = "零一二三四五六七八九".indexOf(c);
            if (digit < 0) {
                digit = "〇壹贰叁肆伍陆柒捌玖".indexOf(c);
            }
            if (digit < 0) {
                digit = c == '幺' ? 1 : c == '两' ? 2 : c == '○' ? 0 : -1;
            }
            out.append(digit < 0 ? c : (char) ('0' + digit));
        }
        return out.toString();
    }

    private static String digits(String text) {
        return text.replaceAll("[^0-9Xx]", "");
    }

    /** The first {@code keep} and last 4 characters, the rest as {@code *}. */
    private static String mask(String digits, int keep) {
        return digits.substring(0, keep)
                + "*".repeat(digits.length() - keep - 4)
                + digits.substring(digits.length() - 4);
    }
}
