package cn.linli.opendata.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A week of open minutes (Monday 00:00 = 0) as HSDS weekly slots, the expected slots written out by hand. */
class SchedulesTest {

    private static final long DAY = 1440;

    @Test
    void theSameHoursOnSeveralDaysAreOneSlotNamingThoseDays() {
        List<Long> week = List.of(
                9 * 60L,
                12 * 60L,
                13 * 60L + 30,
                17 * 60L + 30, // Monday
                DAY + 9 * 60,
                DAY + 12 * 60,
                DAY + 13 * 60 + 30,
                DAY + 17 * 60 + 30); // Tuesday
        assertThat(Schedules.slots(week))
                .extracting(Schedules.Slot::byday, Schedules.Slot::opensAt, Schedules.Slot::closesAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MO,TU", "09:00+08:00", "12:00+08:00"),
                        org.assertj.core.groups.Tuple.tuple("MO,TU", "13:30+08:00", "17:30+08:00"));
    }

    @Test
    void openAllWeekIsEveryDayFromMidnightToMidnight() {
        assertThat(Schedules.slots(List.of(0L, 7 * DAY)))
                .extracting(Schedules.Slot::byday, Schedules.Slot::opensAt, Schedules.Slot::closesAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MO,TU,WE,TH,FR,SA,SU", "00:00+08:00", "24:00+08:00"));
    }

    @Test
    void hoursPastMidnightBelongToTheNextDayAndSundayNightRunsIntoMonday() {
        List<Long> week = List.of(4 * DAY + 22 * 60, 5 * DAY + 2 * 60, 6 * DAY + 22 * 60, 7 * DAY + 2 * 60);
        assertThat(Schedules.slots(week))
                .extracting(Schedules.Slot::byday, Schedules.Slot::opensAt, Schedules.Slot::closesAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MO,SA", "00:00+08:00", "02:00+08:00"),
                        org.assertj.core.groups.Tuple.tuple("FR,SU", "22:00+08:00", "24:00+08:00"));
    }

    @Test
    void noWeekIsNoSlot() {
        assertThat(Schedules.slots(List.of())).isEmpty();
    }
}
