package cn.linli.seed.generate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A year of events (事件, 网格吹哨、部门报到) in Dongpo's grids, clearly synthetic: their categories with time limits, the
 * routing rules (category and place → department), the departments' registrations for communities (报到), the events
 * and every step of each. Most are solved in the grid and nearly all within the community (小事不出网格，大事不出社区);
 * the rest are routed to departments, a few reassigned; about 4 % run past their limit; callbacks find the resident
 * satisfied about 98.5 % of the time (the article: 满意率 98% 以上). Steps after {@link #SNAPSHOT} are not written, so
 * the year's last events are still open.
 */
final class EventGenerator {

    static final int EVENTS = 1800;
    static final LocalDate FIRST_DAY = LocalDate.of(2024, 7, 1);
    /** Reports fall on the 363 days from {@link #FIRST_DAY}: the last on 2025-06-28. */
    static final int DAYS = 363;
    /** The moment the seed's world stands still, before the reference date (sources.csv). */
    static final LocalDateTime SNAPSHOT = Sources.REFERENCE_DATE.minusDays(1).atTime(20, 0);

    private static final String DISTRICT = PlaceTree.DONGPO;
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    /**
     * A kind of event: its time limit, the department the district routes it to, how often grid workers meet it
     * ({@code weight}), and how often the grid or the community solves it on its own.
     */
    record Category(
            String code,
            String name,
            String description,
            int limitHours,
            String department,
            int weight,
            double grid,
            double community,
            List<String> descriptions) {}

    static final List<Category> CATEGORIES = List.of(
            new Category(
                    "SANITATION",
                    "环境卫生",
                    "垃圾堆放、清运不及时、卫生死角",
                    24,
                    "dept-18",
                    18,
                    0.80,
                    0.13,
                    List.of("小区垃圾桶满溢未及时清运", "背街小巷建筑垃圾堆放", "绿化带内生活垃圾长期堆积", "楼道杂物堆放影响通行")),
            new Category(
                    "MUNICIPAL_FACILITY",
                    "市政设施损坏",
                    "路灯、井盖、道路、公共座椅等设施损坏",
                    72,
                    "dept-08",
                    12,
                    0.45,
                    0.25,
                    List.of("路灯不亮，夜间出行不便", "人行道井盖松动", "道路路面破损积水", "公共座椅损坏")),
            new Category(
                    "WATER_DRAINAGE",
                    "供排水故障",
                    "供水管道破裂、下水道堵塞、雨天积水",
                    48,
                    "dept-08",
                    8,
                    0.50,
                    0.22,
                    List.of("小区下水道堵塞返水", "供水管道漏水", "雨后路口积水严重", "化粪池满溢")),
            new Category(
                    "ILLEGAL_OCCUPATION",
                    "占道经营与乱搭乱建",
                    "占道经营、乱搭乱建、违规设置广告牌",
                    72,
                    "dept-18",
                    10,
                    0.60,
                    0.20,
                    List.of("沿街商铺占道经营", "小区内私搭乱建雨棚", "流动摊贩堵塞人行道", "违规设置户外广告牌")),
            new Category(
                    "NEIGHBOUR_DISPUTE",
                    "邻里纠纷",
                    "噪音、漏水、公共空间使用等邻里矛盾",
                    120,
                    "dept-06",
                    14,
                    0.78,
                    0.17,
                    List.of("楼上楼下漏水纠纷", "夜间噪音扰民引发矛盾", "公共楼道使用纠纷", "宠物饲养引发邻里矛盾")),
            new Category(
                    "SAFETY_HAZARD",
                    "安全隐患",
                    "消防通道堵塞、电动车违规充电、燃气隐患",
                    24,
                    "dept-02",
                    10,
                    0.65,
                    0.17,
                    List.of("消防通道被车辆堵塞", "电动车楼道内充电", "老旧小区燃气管线老化", "高空抛物隐患")),
            new Category(
                    "PUBLIC_ORDER",
                    "治安隐患",
                    "可疑人员、聚众滋事、反诈宣传需求",
                    48,
                    "dept-21",
                    5,
                    0.55,
                    0.20,
                    List.of("夜间有人聚集滋事", "小区门禁损坏外来人员随意进出", "居民反映疑似电信诈骗")),
            new Category(
                    "PROPERTY_MANAGEMENT",
                    "物业服务纠纷",
                    "物业费、公共维修、电梯停运等物业服务问题",
                    168,
                    "dept-08",
                    9,
                    0.58,
                    0.28,
                    List.of("电梯停运多日未修复", "物业公共维修不及时", "小区物业服务质量下降", "业主与物业收费争议")),
            new Category(
                    "MARKET_ORDER",
                    "市场秩序与食品安全",
                    "无证经营、食品卫生、价格问题",
                    72,
                    "dept-10",
                    4,
                    0.45,
                    0.25,
                    List.of("小餐馆后厨卫生差", "流动摊贩售卖过期食品", "农贸市场缺斤短两")),
            new Category(
                    "SOCIAL_ASSISTANCE",
                    "困难群众帮扶",
                    "困难家庭、独居老人等需要帮扶",
                    120,
                    "dept-04",
                    6,
                    0.70,
                    0.22,
                    List.of("独居老人需要定期探访", "困难家庭申请临时救助", "残疾居民出行需要帮助")),
            new Category(
                    "LABOUR_WAGES",
                    "劳资纠纷",
                    "拖欠工资、劳动合同争议",
                    168,
                    "dept-07",
                    3,
                    0.30,
                    0.35,
                    List.of("装修工人反映被拖欠工资", "小商户与店员劳动合同争议")),
            new Category(
                    "PARKING",
                    "停车秩序",
                    "乱停乱放、占用消防车道和盲道",
                    48,
                    "dept-21",
                    6,
                    0.70,
                    0.18,
                    List.of("车辆长期占用小区消防车道", "非机动车乱停占用盲道", "僵尸车长期占用公共车位")));

    /** Where a town's rule differs from the district's: 苏祠街道 leaves parking to 综合执法 rather than 公安. */
    private static final List<TownRule> TOWN_RULES = List.of(new TownRule("PARKING", "511402003", "dept-18"));

    private record TownRule(String category, String town, String department) {}

    private static final List<String> SPOTS =
            List.of("小区东门", "小区北门", "沿街商铺前", "背街小巷", "地下停车场", "绿化带", "单元楼道", "农贸市场旁", "公交站旁", "小区广场");

    private static final List<String> ESCALATE_TO_COMMUNITY =
            List.of("涉及多个单元，网格无法独立协调", "当事人分歧较大，需社区组织调解", "需社区协调物业和业委会处理");
    private static final List<String> ESCALATE_TO_DISTRICT =
            List.of("涉及职能部门执法权限，吹哨呼叫区级部门", "需专业维修力量，社区无法处置", "问题反复发生，需部门联合处置");
    private static final List<String> PROGRESS = List.of("已派员现场核查", "已制定处置方案", "正在组织施工处置", "已约谈相关责任方");
    private static final List<String> RESOLVED_IN_GRID =
            List.of("网格员现场处置完毕", "经网格员协调，双方达成一致", "已联系物业完成处理", "网格员组织志愿者清理完毕");
    private static final List<String> RESOLVED_IN_COMMUNITY = List.of("社区组织调解，问题已解决", "社区协调相关单位处置完毕", "社区联合物业整改到位");
    private static final List<String> RESOLVED_BY_DEPARTMENT = List.of("部门现场处置完毕，已整改到位", "已依法查处并督促整改", "已完成维修，恢复正常使用");

    private final PlaceTree places;
    private final Random random;

    EventGenerator(PlaceTree places, Random random) {
        this.places = places;
        this.random = random;
    }

    /** event_categories.csv, routing_rules.csv, reports_for.csv, events.csv and event_steps.csv. */
    List<Table> build(List<Provider> providers) {
        Set<String> providerIds = new LinkedHashSet<>();
        providers.forEach(p -> providerIds.add(p.id()));
        Table categories = new Table("event_categories.csv", "code,name,description,time_limit_hours,provenance");
        Table rules = new Table("routing_rules.csv", "category,department_id,place_code,provenance");
        for (Category category : CATEGORIES) {
            categories.add(
                    category.code(), category.name(), category.description(), category.limitHours(), "synthetic");
            rules.add(category.code(), known(providerIds, category.department()), DISTRICT, "synthetic");
        }
        for (TownRule rule : TOWN_RULES) {
            rules.add(rule.category(), known(providerIds, rule.department()), rule.town(), "synthetic");
        }
        List<Area> communities = places.urbanCommunities(DISTRICT);
        Table reportsFor = reportsFor(communities, providers);

        List<Grid> grids = places.gridsInDistrict(DISTRICT);
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            planned.add(plan(i, pick(grids), pickCategory()));
        }
        planned.sort(Comparator.comparing((Planned p) -> p.steps().get(0).at()).thenComparing(Planned::index));
        Table events = new Table(
                "events.csv",
                "id,description,category,grid_code,address,status,level,department_id,reported_at,expected_at,"
                        + "routed_at,accepted_at,resolved_at,closed_at,satisfied,provenance");
        Table steps = new Table(
                "event_steps.csv",
                "id,event_id,position,action,status,level,role,place_code,department_id,at,note,satisfied,provenance");
        Map<Integer, Integer> numbers = new HashMap<>();
        for (Planned event : planned) {
            int year = event.steps().get(0).at().getYear();
            int number = numbers.merge(year, 1, Integer::sum);
            String id = String.format(Locale.ROOT, "%s-%d-%06d", DISTRICT, year, number);
            write(id, event, events, steps);
        }
        return List.of(categories, rules, reportsFor, events, steps);
    }

    /**
     * Every community is answered for (报到) by the departments its routing rules name, and by one or two others whose
     * cadres keep in touch with it (部门干部包小区).
     */
    private Table reportsFor(List<Area> communities, List<Provider> providers) {
        List<String> departments = providers.stream()
                .filter(p -> p.kind().equals("DEPARTMENT"))
                .map(Provider::id)
                .toList();
        Table table = new Table("reports_for.csv", "department_id,place_code,provenance");
        for (Area community : communities) {
            Set<String> reporting = new TreeSet<>();
            for (Category category : CATEGORIES) {
                reporting.add(department(category, community.code()));
            }
            List<String> others =
                    departments.stream().filter(d -> !reporting.contains(d)).toList();
            int extra = 1 + random.nextInt(2);
            for (int i = 0; i < extra; i++) {
                reporting.add(others.get(random.nextInt(others.size())));
            }
            reporting.forEach(d -> table.add(d, community.code(), "synthetic"));
        }
        return table;
    }

    /** The department the rules route {@code category} to for a place under {@code code}: the town's rule, else the district's. */
    private static String department(Category category, String code) {
        return TOWN_RULES.stream()
                .filter(rule -> rule.category().equals(category.code()) && code.startsWith(rule.town()))
                .map(TownRule::department)
                .findFirst()
                .orElse(category.department());
    }

    private static String known(Set<String> providerIds, String id) {
        if (!providerIds.contains(id)) {
            throw new IllegalStateException("routing rule names " + id + ", which is no provider");
        }
        return id;
    }

    /** One step as planned, before the snapshot cuts the timeline. */
    private record Step(
            String action,
            String status,
            String level,
            String role,
            String place,
            String department,
            LocalDateTime at,
            String note,
            Boolean satisfied) {}

    private record Planned(
            int index, Grid grid, Category category, String description, String address, List<Step> steps) {}

    /** The whole life of one event: where it is solved, how long each stage takes, the callback. */
    private Planned plan(int index, Grid grid, Category category) {
        String community = grid.community().code();
        LocalDateTime reported =
                FIRST_DAY.plusDays(random.nextInt(DAYS)).atTime(7, 30).plusMinutes(random.nextInt(13 * 60));
        String description = category.descriptions()
                .get(random.nextInt(category.descriptions().size()));
        String address =
                random.nextInt(10) < 7 ? grid.community().name() + SPOTS.get(random.nextInt(SPOTS.size())) : null;
        boolean late = random.nextDouble() < 0.04;
        double factor = late ? 1.05 + 0.8 * random.nextDouble() : 0.08 + 0.8 * random.nextDouble();
        long total = Math.max(30, Math.round(category.limitHours() * 60 * factor));
        LocalDateTime resolved = reported.plusMinutes(total);

        List<Step> steps = new ArrayList<>();
        steps.add(new Step("REPORT", "REPORTED", "GRID", "GRID_WORKER", grid.code(), null, reported, null, null));
        double path = random.nextDouble();
        if (path < category.grid()) {
            steps.add(resolve("GRID", "GRID_WORKER", grid.code(), null, resolved, RESOLVED_IN_GRID));
        } else if (path < category.grid() + category.community()) {
            steps.add(escalate("COMMUNITY", grid.code(), "GRID_WORKER", reported, total, 0.1, ESCALATE_TO_COMMUNITY));
            steps.add(resolve("COMMUNITY", "COMMUNITY_STAFF", community, null, resolved, RESOLVED_IN_COMMUNITY));
        } else {
            departmentPath(steps, grid, category, reported, total, resolved);
        }
        LocalDateTime called = steps.get(steps.size() - 1).at().plusMinutes(120 + random.nextInt(46 * 60));
        boolean satisfied = random.nextDouble() < (late ? 0.85 : 0.993);
        steps.add(new Step(
                "CALLBACK",
                "CLOSED",
                steps.get(steps.size() - 1).level(),
                "GOVERNANCE_CENTRE",
                DISTRICT,
                null,
                called,
                satisfied ? "居民对处理结果表示满意" : late ? "居民认为处理时间过长" : "居民对处理结果不满意",
                satisfied));
        return new Planned(index, grid, category, description, address, steps);
    }

    /**
     * Half of what goes to a department is whistled up from the grid through the community, a third from the community
     * only, the rest routed straight from the report; one in sixteen first goes to the wrong department and is
     * reassigned.
     */
    private void departmentPath(
            List<Step> steps,
            Grid grid,
            Category category,
            LocalDateTime reported,
            long total,
            LocalDateTime resolved) {
        String community = grid.community().code();
        double way = random.nextDouble();
        if (way < 0.8) {
            steps.add(escalate("COMMUNITY", grid.code(), "GRID_WORKER", reported, total, 0.05, ESCALATE_TO_COMMUNITY));
        }
        if (way < 0.5) {
            steps.add(escalate("DISTRICT", community, "COMMUNITY_STAFF", reported, total, 0.15, ESCALATE_TO_DISTRICT));
        }
        String department = department(category, community);
        LocalDateTime routed = reported.plusMinutes(Math.round(total * (0.2 + 0.05 * random.nextDouble())));
        boolean misrouted = random.nextInt(16) == 0;
        String first = misrouted ? otherDepartment(department) : department;
        steps.add(
                new Step("ROUTE", "ROUTED", "DISTRICT", "GOVERNANCE_CENTRE", DISTRICT, first, routed, "按分流规则移交", null));
        LocalDateTime accepted = routed.plusMinutes(20 + random.nextInt(Math.max(1, (int) (total * 0.1))));
        if (misrouted) {
            steps.add(new Step("ACCEPT", "IN_PROGRESS", "DISTRICT", "DEPARTMENT", null, first, accepted, "已签收", null));
            LocalDateTime reassigned = accepted.plusMinutes(30 + random.nextInt(120));
            steps.add(new Step(
                    "REASSIGN",
                    "ROUTED",
                    "DISTRICT",
                    "GOVERNANCE_CENTRE",
                    DISTRICT,
                    department,
                    reassigned,
                    "职责不符，改派至主责部门",
                    null));
            accepted = reassigned.plusMinutes(20 + random.nextInt(90));
        }
        steps.add(new Step("ACCEPT", "IN_PROGRESS", "DISTRICT", "DEPARTMENT", null, department, accepted, "已签收", null));
        int progress = random.nextInt(3);
        long remaining = Duration.between(accepted, resolved).toMinutes();
        for (int i = 1; i <= progress && remaining > 10; i++) {
            steps.add(new Step(
                    "PROGRESS",
                    "IN_PROGRESS",
                    "DISTRICT",
                    "DEPARTMENT",
                    null,
                    department,
                    accepted.plusMinutes(remaining * i / (progress + 1)),
                    PROGRESS.get(random.nextInt(PROGRESS.size())),
                    null));
        }
        LocalDateTime last = steps.get(steps.size() - 1).at();
        // a reassignment can take the department past the planned time: it resolves after its last step
        LocalDateTime done = resolved.isAfter(last) ? resolved : last.plusMinutes(30);
        steps.add(resolve("DISTRICT", "DEPARTMENT", null, department, done, RESOLVED_BY_DEPARTMENT));
    }

    private Step escalate(
            String to,
            String place,
            String role,
            LocalDateTime reported,
            long total,
            double share,
            List<String> reasons) {
        return new Step(
                "ESCALATE",
                "ESCALATED",
                to,
                role,
                place,
                null,
                reported.plusMinutes(Math.max(5, Math.round(total * (share + 0.04 * random.nextDouble())))),
                reasons.get(random.nextInt(reasons.size())),
                null);
    }

    private Step resolve(
            String level, String role, String place, String department, LocalDateTime at, List<String> notes) {
        return new Step(
                "RESOLVE",
                "RESOLVED",
                level,
                role,
                place,
                department,
                at,
                notes.get(random.nextInt(notes.size())),
                null);
    }

    private String otherDepartment(String department) {
        List<String> others = CATEGORIES.stream()
                .map(Category::department)
                .distinct()
                .filter(d -> !d.equals(department))
                .toList();
        return others.get(random.nextInt(others.size()));
    }

    /** The event's row from the steps taken by the snapshot, and one row per such step. */
    private static void write(String id, Planned event, Table events, Table steps) {
        List<Step> taken =
                event.steps().stream().filter(s -> !s.at().isAfter(SNAPSHOT)).toList();
        Step last = taken.get(taken.size() - 1);
        String department = null;
        LocalDateTime routed = null;
        LocalDateTime accepted = null;
        LocalDateTime resolved = null;
        LocalDateTime closed = null;
        Boolean satisfied = null;
        for (int i = 0; i < taken.size(); i++) {
            Step step = taken.get(i);
            switch (step.action()) {
                case "ROUTE", "REASSIGN" -> {
                    department = step.department();
                    routed = step.at();
                    accepted = null;
                }
                case "ACCEPT" -> accepted = step.at();
                case "RESOLVE" -> resolved = step.at();
                case "CALLBACK" -> {
                    closed = step.at();
                    satisfied = step.satisfied();
                }
                default -> {
                    // REPORT, ESCALATE and PROGRESS stamp no time of the event's own
                }
            }
            steps.add(
                    id + "/" + (i + 1),
                    id,
                    i + 1,
                    step.action(),
                    step.status(),
                    step.level(),
                    step.role(),
                    step.place(),
                    step.department(),
                    iso(step.at()),
                    step.note(),
                    step.satisfied(),
                    "synthetic");
        }
        LocalDateTime reported = taken.get(0).at();
        events.add(
                id,
                event.description(),
                event.category().code(),
                event.grid().code(),
                event.address(),
                last.status(),
                last.level(),
                department,
                iso(reported),
                iso(reported.plusHours(event.category().limitHours())),
                iso(routed),
                iso(accepted),
                iso(resolved),
                iso(closed),
                satisfied,
                "synthetic");
    }

    /** A grid, likelier the more households it has. */
    private Grid pick(List<Grid> grids) {
        int total = grids.stream().mapToInt(Grid::households).sum();
        int target = random.nextInt(total);
        for (Grid grid : grids) {
            target -= grid.households();
            if (target < 0) {
                return grid;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private Category pickCategory() {
        int total = CATEGORIES.stream().mapToInt(Category::weight).sum();
        int target = random.nextInt(total);
        for (Category category : CATEGORIES) {
            target -= category.weight();
            if (target < 0) {
                return category;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static String iso(LocalDateTime time) {
        return time == null ? null : OffsetDateTime.of(time, BEIJING).format(ISO);
    }
}
