package cn.linli.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.SeedCsv;
import cn.linli.privacy.PersonalDetails.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What identifies a resident is found however it is written; what an institution publishes is not mistaken for it. */
class PersonalDetailsTest {

    /** A resident ID's first 17 characters: 四川省眉山市东坡区 (511402), born 1990-01-01, sequence 001. */
    private static final String ID_BODY = "51140219900101001";

    @Test
    void aMobileNumberIsFoundHoweverItIsWritten() {
        List<String> written = List.of(
                "独居老人求助 电话138 1234 5678",
                "13812345678",
                "联系138-1234-5678",
                "138.1234.5678",
                "１３８１２３４５６７８", // full-width digits
                "+86 138 1234 5678",
                "0086-13812345678",
                "(+86)13812345678",
                "8613812345678",
                "王阿姨幺三八一二三四五六七八", // Chinese numerals, 幺 for 1
                "壹叁捌壹贰叁肆伍陆柒捌", // 大写 numerals
                "１３８－１２３４－５６７８"); // full-width dashes
        for (String text : written) {
            assertThat(PersonalDetails.find(text)).as(text).hasValueSatisfying(f -> {
                assertThat(f.kind()).isEqualTo(Kind.MOBILE_PHONE);
                assertThat(f.shown()).isEqualTo("138****5678");
            });
        }
        assertThat(PersonalDetails.find("手机199 8765 4321，白天可打"))
                .hasValueSatisfying(f -> assertThat(f.shown()).isEqualTo("199****4321"));
    }

    @Test
    void institutionalNumbersCountsDatesAndCodesAreNotMistakenForPersonalDetails() {
        List<String> allowed = List.of(
                "咨询电话028-38129959",
                "服务热线12345",
                "400-800-1234",
                "拨打96111预约",
                "辖区居民13812人",
                "2024年10月13日 14:30",
                "2024-10-13",
                "订单12345678901",
                "坐标103.8318, 30.0481",
                "网格511402001001-01",
                "Mo-Su 08:00-21:00",
                "东坡区苏祠路88号",
                "彭山区江口街道石龙村6组17号",
                "政务中心3号楼201室",
                "社区服务中心2楼203室",
                "3栋",
                "5号楼",
                "修理单元门门禁",
                "第一网格三组",
                "重阳节慰问80岁以上老人",
                ID_BODY + wrongCheck(ID_BODY)); // 18 digits whose check character is wrong: not an ID
        for (String text : allowed) {
            assertThat(PersonalDetails.find(text)).as(text).isEmpty();
        }
    }

    @Test
    void aResidentIdIsFoundOnlyWithAValidCheckCharacterAndBirthDate() {
        String id = ID_BODY + check(ID_BODY);
        assertThat(PersonalDetails.find("身份证" + id)).hasValueSatisfying(f -> {
            assertThat(f.kind()).isEqualTo(Kind.RESIDENT_ID);
            assertThat(f.shown()).isEqualTo("5114**********" + id.substring(14));
        });
        assertThat(PersonalDetails.find("511402 19900101 001" + check(ID_BODY)))
                .as("with spaces")
                .isPresent();
        // the standard's own example, whose check character is X, written in lower case
        String withX = "11010519491231002";
        assertThat(check(withX)).isEqualTo('X');
        assertThat(PersonalDetails.find("id " + withX + "x"))
                .hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo(Kind.RESIDENT_ID));
        // the old 15-digit form: region, YYMMDD, sequence
        assertThat(PersonalDetails.find("老证号110105491231002"))
                .hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo(Kind.RESIDENT_ID));
        // a birth date that does not exist (1990-13-01) is no ID, whatever its check character
        String badDate = "51140219901301001";
        assertThat(PersonalDetails.find(badDate + check(badDate))).isEmpty();
        assertThat(PersonalDetails.find("110105491331002")).isEmpty();
    }

    @Test
    void aHouseholdsDoorNumberIsFoundButStreetNumbersAndOfficesAreNot() {
        Map<String, String> doors = Map.of(
                "住3栋2单元501", "3栋2单元501",
                "3-2-501室", "3-2-501室",
                "5号楼1单元302需要帮助", "5号楼1单元302",
                "2单元501", "2单元501",
                "7幢1202室", "7幢1202室",
                "三栋二单元五零一", "3栋2单元501",
                "苏祠路88号2单元501", "88号2单元501");
        doors.forEach((text, shown) -> assertThat(PersonalDetails.find(text))
                .as(text)
                .hasValueSatisfying(f -> {
                    assertThat(f.kind()).isEqualTo(Kind.DOOR_NUMBER);
                    assertThat(f.shown()).isEqualTo(shown);
                }));
    }

    @Test
    void aTextAboutOneResidentHoldsNoPhoneNumberAtAllNotEvenALandline() {
        for (String text : List.of("请回电028 3812 9959", "家里电话38129959", "(028)3812-9959", "王阿姨家 零二八三八一二九九五九")) {
            assertThat(PersonalDetails.findAboutResident(text)).as(text).hasValueSatisfying(f -> {
                assertThat(f.kind()).isEqualTo(Kind.PHONE_NUMBER);
                assertThat(f.shown()).endsWith("9959");
            });
        }
        assertThat(PersonalDetails.findAboutResident("电话138 1234 5678"))
                .hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo(Kind.MOBILE_PHONE));
        for (String text : List.of("帮独居老人更换门锁", "2024年10月15日组织义诊", "为辖区300户居民送温暖", "12345热线转办")) {
            assertThat(PersonalDetails.findAboutResident(text)).as(text).isEmpty();
        }
    }

    @Test
    void aTextAboutAResidentsMatterNamesNoOne() {
        Map<String, String> named = Map.of(
                "张三家门口垃圾堆放", "张三",
                "居民王秀英表示满意", "王秀英",
                "王建国说下水道堵了", "王建国",
                "网格员李明已上门处理", "李明",
                "已联系刘秀兰的儿子", "刘秀兰");
        named.forEach((text, name) -> assertThat(PersonalDetails.findAboutResident(text))
                .as(text)
                .hasValueSatisfying(f -> {
                    assertThat(f.kind()).isEqualTo(Kind.PERSONAL_NAME);
                    assertThat(f.shown()).isEqualTo(name);
                    assertThat(f.problem())
                            .contains("a person's name (" + name + ")")
                            .contains("张某");
                }));
        // a surname with a title, the masked form, and names that are places' do not name anyone
        for (String text :
                List.of("李大爷反映楼道堆物", "陈女士反映噪音扰民", "张某家门口漏水", "王家巷路灯不亮", "赵家坝村道路破损", "刘德华小区停车乱象", "金象社区网格员上报")) {
            assertThat(PersonalDetails.findAboutResident(text)).as(text).isEmpty();
        }
        // names are screened only in texts about residents: an organisation may carry a person's name
        assertThat(PersonalDetails.find("张三家门口垃圾堆放")).isEmpty();
    }

    /**
     * The screen finds most full names, not all: of 30 common names in 6 ways a grid worker writes them, at least 90 %
     * (167 of 180 when written; HanLP's statistical recognition misses e.g. 王秀英 before 需要).
     */
    @Test
    void mostFullNamesAreFoundWhereverTheyStandInTheSentence() {
        List<String> names = List.of(
                "王秀英", "李桂英", "张建华", "刘志强", "陈秀兰", "杨军", "赵丽", "黄海燕", "周建国", "吴静", "徐明", "孙玉兰", "马国强", "朱华", "胡伟",
                "郭淑珍", "何勇", "林芳", "高志明", "罗红梅", "郑立新", "梁晓燕", "谢建军", "宋桂兰", "唐敏", "许文", "韩冬梅", "冯涛", "邓小平", "曹丽娟");
        List<String> sentences = List.of("居民%s反映楼道灯坏了", "%s家门口垃圾堆放", "已联系%s本人", "%s需要陪同就医", "网格员%s上门核实", "回访%s表示满意");
        long found = names.stream()
                .flatMap(name -> sentences.stream().map(sentence -> Map.entry(name, sentence.formatted(name))))
                .filter(example -> PersonalDetails.findAboutResident(example.getValue())
                        .filter(f -> f.shown().equals(example.getKey()))
                        .isPresent())
                .count();
        assertThat(found).isGreaterThanOrEqualTo(162);
    }

    /** The seed's texts about residents' matters, written by hand to read like real ones, are not taken for names. */
    @Test
    void noEventOrNeedTextOfTheSeedIsTakenForAName() {
        Map<String, List<String>> columns = Map.of(
                "events.csv", List.of("description", "address"),
                "event_steps.csv", List.of("note"),
                "needs.csv", List.of("title"));
        columns.forEach((file, names) -> {
            List<Map<String, String>> rows = SeedCsv.rows(file);
            for (int i = 0; i < rows.size(); i++) {
                for (String column : names) {
                    assertThat(PersonalDetails.findAboutResident(rows.get(i).get(column)))
                            .as("%s:%d %s", file, i + 2, column)
                            .isEmpty();
                }
            }
        });
    }

    @Test
    void aProvidersPhoneMustBeAPublicLine() {
        for (String line : List.of(
                "028-38129959",
                "(028)38129959",
                "028 3812 9959",
                "+86 28 3812 9959",
                "38129959",
                "12345",
                "96111",
                "95598",
                "400-800-1234",
                "028-38129959转801",
                "028-38129959、028-38129960")) {
            assertThat(PersonalDetails.publicLineProblem(line)).as(line).isEmpty();
        }
        assertThat(PersonalDetails.publicLineProblem("13812345678"))
                .hasValueSatisfying(problem -> assertThat(problem)
                        .startsWith("contains what looks like a personal phone number (138****5678)"));
        for (String bad : List.of("call me maybe", "12", "028-3812", "0138 1234 567")) {
            assertThat(PersonalDetails.publicLineProblem(bad))
                    .as(bad)
                    .hasValueSatisfying(
                            problem -> assertThat(problem).startsWith("must be an organisation's public line"));
        }
    }

    @Test
    void theSeedHoldsNoPersonalDetailsAndOnlyPublicLines() {
        for (String file : List.of("providers.csv", "service_items.csv", "resources.csv", "needs.csv", "grids.csv")) {
            List<Map<String, String>> rows = SeedCsv.rows(file);
            for (int i = 0; i < rows.size(); i++) {
                int line = i + 2;
                rows.get(i).forEach((column, value) -> {
                    if (!column.equals("boundary")) {
                        assertThat(PersonalDetails.find(value))
                                .as("%s:%d %s", file, line, column)
                                .isEmpty();
                    }
                    if (file.equals("needs.csv") && column.equals("title")) {
                        assertThat(PersonalDetails.findAboutResident(value))
                                .as("%s:%d %s", file, line, column)
                                .isEmpty();
                    }
                    if (column.endsWith("phone") && !value.isEmpty()) {
                        assertThat(PersonalDetails.publicLineProblem(value))
                                .as("%s:%d %s", file, line, column)
                                .isEmpty();
                    }
                });
            }
        }
    }

    /**
     * The check character computed as ISO 7064 MOD 11-2 states it, independently of the weights table in the code:
     * S = Σ aᵢ·2^(17-i) over the 17 digits (i = 1 … 17, right-most weight 2); check = (12 − S mod 11) mod 11, 10 as X.
     */
    private static char check(String body) {
        long sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * (1L << (17 - i));
        }
        int c = (int) ((12 - sum % 11) % 11);
        return c == 10 ? 'X' : (char) ('0' + c);
    }

    private static char wrongCheck(String body) {
        char right = check(body);
        return right == '0' ? '1' : '0';
    }
}
