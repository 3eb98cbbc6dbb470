package cn.linli.privacy;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Chinese personal names ({@code 张三}, {@code 王秀英}) in a text about a resident's matter (an event, a need), found by
 * HanLP's name recognition (the segmenter's role tagging, trained on the People's Daily corpus: the same library the
 * search already uses for pinyin, so no second dictionary is loaded for it) and then spared where the segmenter is
 * known to take a place for a person. Chosen over a surname list with a regular expression, which cannot tell
 * {@code 王建国说} from {@code 王家巷} or {@code 金象社区} at all; HanLP's CRF/perceptron models need a data download
 * this machine cannot make. Not screened: texts that are names of organisations and places (providers, places), where
 * HanLP tags place names such as {@code 义和场} and {@code 保胜场} as persons.
 *
 * <p>Allowed, because they do not name anyone: a surname with a title or kinship term ({@code 李大爷}, {@code 陈女士}),
 * the masked form ({@code 张某}, {@code 王某某}), and a name that is part of a place ({@code 王家巷}, {@code 赵家坝村},
 * {@code 刘德华小区}). Measured on the seed: none of the 517 event, step and need texts is flagged. It is a screen, not a
 * guarantee: of 30 common full names written in 6 ways, it finds 167 of 180 ({@code PersonalDetailsTest}).
 */
final class PersonalNames {

    /** The segmenter's tag of a Chinese personal name. */
    private static final String PERSON = "nr";
    /** A surname with a title or a kinship term: says who to a neighbour, identifies no one to the public. */
    private static final String TITLES = "大爷|大妈|大娘|大叔|大姐|大哥|阿姨|叔叔|师傅|女士|先生|老师|婆婆|爷爷|奶奶|老人|书记|主任|同志|医生";

    private static final Pattern TITLED = Pattern.compile(".*(?:" + TITLES + ")$");
    /** A word that ends as places end: the name is the place's ({@code 王家巷}, {@code 钟家}山村). */
    private static final Pattern PLACE_ENDING = Pattern.compile(".*[巷村坝湾桥街路镇乡沟河院苑园里坊井塘寺祠楼庄堰岭坪山湖店场家]$");
    /** The next word makes it a place or an organisation's name ({@code 金象}社区, {@code 义和}场). */
    private static final Pattern PLACE_AFTER = Pattern.compile(
            "^(?:村|社区|小区|街道|街|路|巷|镇|乡|组|场|寺|山|城|花园|公园|广场|大厦|中心|学校|小学|中学|医院|卫生|服务|站|家园|苑|院|桥|坝|湾|河|沟|片区|片|市场|超市|酒店|宾馆|公司|店|厂|大道|幼儿园|村委|居委|支部|党).*");

    private static final Segment SEGMENTER = HanLP.newSegment()
            .enableNameRecognize(true)
            .enableTranslatedNameRecognize(false)
            .enableJapaneseNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false);

    private PersonalNames() {}

    /** The first word of {@code text} that names a person, if any. */
    static Optional<String> find(String text) {
        List<Term> terms = SEGMENTER.seg(text);
        for (int i = 0; i < terms.size(); i++) {
            String word = terms.get(i).word;
            String next = i + 1 < terms.size() ? terms.get(i + 1).word : "";
            if (PERSON.equals(terms.get(i).nature.toString()) && namesSomeone(word, next)) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    private static boolean namesSomeone(String word, String next) {
        return word.length() >= 2
                && !word.contains("某")
                && !TITLED.matcher(word).matches()
                && !PLACE_ENDING.matcher(word).matches()
                && !PLACE_AFTER.matcher(next).matches();
    }
}
