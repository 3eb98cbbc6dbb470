package cn.linli.seed.generate;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Micro-wishes (微心愿) raised in Dongpo's grids in 2024: 510 fulfilled (COMPLETED or CLOSED, the
 * article's "500余个"), 30 still open, dispatched or claimed; timestamps follow the status.
 */
final class NeedGenerator {

    static final int COMPLETED = 210;
    static final int CLOSED = 300;
    static final int CLAIMED = 10;
    static final int DISPATCHED = 10;
    static final int OPEN = 10;

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final String[][] WISHES = {
        {"为独居老人更换楼道感应灯", "ELDERLY_CARE"},
        {"帮高龄老人代购常用药品", "ELDERLY_CARE"},
        {"陪伴空巢老人就医复查", "ELDERLY_CARE"},
        {"为留守儿童购买学习用品", "EDUCATION"},
        {"给困境儿童辅导暑假作业", "EDUCATION"},
        {"为孩子找一套课外读物", "READING"},
        {"修理单元门门禁", "HOUSING"},
        {"楼道加装扶手", "HOUSING"},
        {"疏通小区下水道", "ENVIRONMENT"},
        {"清理楼道堆放杂物", "ENVIRONMENT"},
        {"帮忙办理医保异地备案", "GOVERNMENT_AFFAIRS"},
        {"代办老年人优待证", "GOVERNMENT_AFFAIRS"},
        {"为残疾居民申请轮椅", "SOCIAL_ASSISTANCE"},
        {"为困难家庭送一台电风扇", "SOCIAL_ASSISTANCE"},
        {"教老人使用智能手机挂号", "VOLUNTEERING"},
        {"帮失业居民推荐工作岗位", "EMPLOYMENT"},
        {"咨询房屋租赁合同纠纷", "LEGAL"},
        {"调解邻里漏水纠纷", "MEDIATION"},
        {"小区增设电动车充电桩", "SAFETY"},
        {"为老人上门理发", "CONVENIENCE"},
        {"组织一次社区广场舞比赛", "CULTURE"},
        {"修补小区篮球场围网", "SPORTS"}
    };

    private final PlaceTree places;
    private final Random random;

    NeedGenerator(PlaceTree places, Random random) {
        this.places = places;
        this.random = random;
    }

    Table build(List<Provider> providers) {
        List<Provider> organisations = providers.stream()
                .filter(p -> p.kind().equals("SOCIAL_ORGANIZATION") && p.id().startsWith("so-dp"))
                .toList();
        List<String> statuses = new ArrayList<>();
        addTimes(statuses, "COMPLETED", COMPLETED);
        addTimes(statuses, "CLOSED", CLOSED);
        addTimes(statuses, "CLAIMED", CLAIMED);
        addTimes(statuses, "DISPATCHED", DISPATCHED);
        addTimes(statuses, "OPEN", OPEN);
        Collections.shuffle(statuses, random);

        List<Grid> grids = places.gridsInDistrict(PlaceTree.DONGPO);
        Table table = new Table(
                "needs.csv",
                "id,title,category,grid_code,status,raised_at,dispatched_at,claimed_by,"
                        + "claimed_at,completed_at,followed_up_at,provenance");
        for (int i = 0; i < statuses.size(); i++) {
            String status = statuses.get(i);
            String[] wish = WISHES[random.nextInt(WISHES.length)];
            Grid grid = grids.get(random.nextInt(grids.size()));
            int stage = List.of("OPEN", "DISPATCHED", "CLAIMED", "COMPLETED", "CLOSED")
                    .indexOf(status);
            LocalDateTime raised = LocalDateTime.of(2024, 1, 2, 8, 0)
                    .plusDays(random.nextInt(320))
                    .plusMinutes(random.nextInt(12 * 60));
            LocalDateTime dispatched = raised.plusMinutes(30 + random.nextInt(24 * 60));
            LocalDateTime claimed = dispatched.plusMinutes(30 + random.nextInt(48 * 60));
            LocalDateTime completed = claimed.plusHours(4 + random.nextInt(10 * 24));
            LocalDateTime followedUp = completed.plusHours(24 + random.nextInt(5 * 24));
            String claimedBy = random.nextInt(10) < 7
                    ? "pb-" + grid.code()
                    : organisations.get(random.nextInt(organisations.size())).id();
            table.add(
                    String.format("wish-%04d", i + 1),
                    wish[0],
                    wish[1],
                    grid.code(),
                    status,
                    iso(raised),
                    stage >= 1 ? iso(dispatched) : null,
                    stage >= 2 ? claimedBy : null,
                    stage >= 2 ? iso(claimed) : null,
                    stage >= 3 ? iso(completed) : null,
                    stage >= 4 ? iso(followedUp) : null,
                    "synthetic");
        }
        return table;
    }

    private static void addTimes(List<String> list, String value, int times) {
        for (int i = 0; i < times; i++) {
            list.add(value);
        }
    }

    private static String iso(LocalDateTime time) {
        return OffsetDateTime.of(time, BEIJING).format(ISO);
    }
}
