package cn.linli.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linli.api.errors.BadInputException;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hours as partners type them in Chinese are stored in OpenStreetMap form, or refused with an example. */
class ChineseHoursTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "周一至周五 9:00-17:00                          | Mo-Fr 09:00-17:00",
                "周一到周日 8:00—18:00                          | Mo-Su 08:00-18:00",
                "星期一至星期五 ９：００－１７：００              | Mo-Fr 09:00-17:00",
                "周一至周五 9：00－12：00，14：00－17：30；周六 9：00－12：00 | Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00",
                "周一至周五：9:00-12:00 14:00-17:00             | Mo-Fr 09:00-12:00,14:00-17:00",
                "营业时间：周一至周五 8:30-17:30                 | Mo-Fr 08:30-17:30",
                "全天                                           | 24/7",
                "24小时                                         | 24/7",
                "全天24小时营业                                 | 24/7",
                "周六全天                                       | Sa 00:00-24:00",
                "每天 8:00-20:00，节假日休息                     | Mo-Su 08:00-20:00, PH off",
                "工作日 上午9点-下午5点                          | Mo-Fr 09:00-17:00; PH off",
                "周一至周六 9:00-17:00，周日休息                 | Mo-Sa 09:00-17:00, Su off",
                "星期二至星期日 9:00-17:30（周一闭馆）            | Tu-Su 09:00-17:30; Mo off",
                "法定节假日 9:00-12:00                          | PH 09:00-12:00",
                "周末 9点半-11点半                              | Sa,Su 09:30-11:30"
            })
    void commonChineseFormsBecomeOpenStreetMapHours(String typed, String stored) {
        assertThat(OpeningHours.check(typed, "input.hours")).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"周一至周五 上班", "随时来", "周一至周五 9:00至下班", "预约开放"})
    void whatCannotBeRewrittenIsRefusedWithAnExample(String typed) {
        assertThatThrownBy(() -> OpeningHours.check(typed, "input.hours"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("input.hours '" + typed + "' cannot be read")
                .hasMessageContaining("Mo-Fr 08:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off")
                .hasMessageContaining("周一至周五 9:00-17:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"周一至周五 9:00-17:00", "Mo-Fr 09:00-17:00"})
    void theChineseAndTheOpenStreetMapFormMeanTheSame(String text) {
        OpeningHours hours = OpeningHours.parse(text).orElseThrow();
        assertThat(hours.isOpenAt(LocalDateTime.parse("2025-03-03T10:00"), HolidayCalendar.CHINA))
                .isTrue();
        assertThat(hours.isOpenAt(LocalDateTime.parse("2025-03-09T10:00"), HolidayCalendar.CHINA))
                .isFalse();
    }
}
