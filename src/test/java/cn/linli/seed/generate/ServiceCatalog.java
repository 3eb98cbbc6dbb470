package cn.linli.seed.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * service_items.csv (OFFERS): every neighborhood center offers 12–15 items, facilities and the
 * Pengshan networks 2–4 of their kind, departments their government items, others 0–2.
 */
final class ServiceCatalog {

    /** An item a provider may offer; null hours mean the provider's own hours, empty fee means free. */
    record Item(
            String name,
            String category,
            String description,
            String eligibility,
            String fee,
            String documents,
            String hours) {

        static Item of(String name, String category, String description) {
            return new Item(name, category, description, "辖区居民", "", "", null);
        }

        Item eligibility(String who) {
            return new Item(name, category, description, who, fee, documents, hours);
        }

        Item fee(String text) {
            return new Item(name, category, description, eligibility, text, documents, hours);
        }

        Item documents(String list) {
            return new Item(name, category, description, eligibility, fee, list, hours);
        }

        Item hours(String rule) {
            return new Item(name, category, description, eligibility, fee, documents, rule);
        }
    }

    private static final List<Item> CENTER_ITEMS = List.of(
            Item.of("邻里书屋借阅", "READING", "图书、期刊免费借阅，可在全区邻里中心通借通还。"),
            Item.of("亲子绘本共读", "READING", "周末亲子绘本阅读与故事会。").hours("Sa,Su 09:30-11:30"),
            Item.of("政务服务代办", "GOVERNMENT_AFFAIRS", "社保、医保、居住证等事项帮办代办。").documents("身份证|户口簿"),
            Item.of("“苏心办”自助政务终端", "GOVERNMENT_AFFAIRS", "自助办理“苏心办”智慧政务事项，24小时不打烊。")
                    .hours("24/7")
                    .documents("身份证"),
            Item.of("长者食堂老年助餐", "ELDERLY_CARE", "老年助餐，荤素搭配，可送餐上门。")
                    .eligibility("辖区60岁以上老人")
                    .fee("每餐10元，80岁以上老人8元")
                    .hours("Mo-Su 11:00-13:00,17:00-18:30"),
            Item.of("四点半课堂托管", "CHILDCARE", "放学后作业辅导与看护。").eligibility("辖区小学生").hours("Mo-Fr 16:30-19:00"),
            Item.of("法律咨询", "LEGAL", "法律顾问每周坐班，免费解答法律问题。").hours("We 14:00-17:00"),
            Item.of("矛盾纠纷调解", "MEDIATION", "邻里纠纷、物业纠纷调解，小事不出网格。"),
            Item.of("文体活动", "CULTURE", "广场舞、合唱、书法、川剧坐唱等主题活动。"),
            Item.of("乒乓球室与健身器材", "SPORTS", "免费开放的乒乓球室和室内健身器材。"),
            Item.of("健康义诊与血压测量", "MEDICAL", "家庭医生团队定期义诊，免费测量血压血糖。").hours("Tu 09:00-11:30"),
            Item.of("就业岗位推荐", "EMPLOYMENT", "发布辖区企业招聘信息，提供求职登记。").documents("身份证"),
            Item.of("困难群众救助申请代办", "SOCIAL_ASSISTANCE", "低保、临时救助申请材料指导与代办。").documents("身份证|户口簿|收入证明"),
            Item.of("志愿服务积分兑换", "VOLUNTEERING", "志愿服务时长记录与公益积分兑换。"),
            Item.of("党员活动室", "PARTY_SERVICE", "“双报到”党员报到、主题党日活动场地。"),
            Item.of("便民维修", "CONVENIENCE", "家电维修、修鞋、配钥匙。").fee("材料费按实收取"),
            Item.of("快递代收", "CONVENIENCE", "快递代收代寄。"),
            Item.of("垃圾分类积分兑换", "ENVIRONMENT", "垃圾分类宣传与积分兑换生活用品。"),
            Item.of("防范电信诈骗宣传", "SAFETY", "反诈宣传与预警劝阻。"),
            Item.of("心理疏导", "SOCIAL_ASSISTANCE", "持证社工提供心理疏导与情绪支持。"));

    private static final Map<String, List<Item>> KIND_ITEMS = Map.ofEntries(
            Map.entry(
                    "ELDERLY_CARE",
                    List.of(
                            Item.of("日间照料", "ELDERLY_CARE", "白天托养、午休、康复训练。")
                                    .eligibility("辖区60岁以上老人")
                                    .fee("按服务协议收费"),
                            Item.of("老年助餐", "ELDERLY_CARE", "午餐、晚餐助餐服务。")
                                    .eligibility("辖区60岁以上老人")
                                    .fee("每餐10元"),
                            Item.of("助浴服务", "ELDERLY_CARE", "为失能半失能老人上门助浴。")
                                    .eligibility("失能、半失能老人")
                                    .fee("每次30元"),
                            Item.of("健康监测", "ELDERLY_CARE", "血压、血糖、体重定期监测并建档。"))),
            Map.entry(
                    "MEDICAL",
                    List.of(
                            Item.of("常见病诊疗", "MEDICAL", "常见病、多发病诊疗。")
                                    .fee("按医保目录收费")
                                    .documents("身份证|医保卡"),
                            Item.of("慢病随访", "MEDICAL", "高血压、糖尿病患者定期随访。"),
                            Item.of("家庭医生签约", "MEDICAL", "签约家庭医生，享受健康管理服务。").documents("身份证"),
                            Item.of("预防接种咨询", "MEDICAL", "儿童与成人预防接种咨询。"))),
            Map.entry(
                    "POCKET_PARK",
                    List.of(
                            Item.of("健身步道", "SPORTS", "全天开放的健身步道。").hours("24/7"),
                            Item.of("儿童游乐区", "SPORTS", "适合3–12岁儿童的游乐设施。").hours("Mo-Su 06:00-22:00"))),
            Map.entry(
                    "EXPRESS_POINT",
                    List.of(
                            Item.of("快递代收代寄", "CONVENIENCE", "多家快递统一代收代寄。"),
                            Item.of("骑手歇脚充电", "CONVENIENCE", "外卖快递骑手歇脚、饮水、充电。"))),
            Map.entry(
                    "CHILDCARE",
                    List.of(
                            Item.of("全日托", "CHILDCARE", "3岁以下婴幼儿全日托育。")
                                    .eligibility("3岁以下婴幼儿")
                                    .fee("普惠价，每月1200元起"),
                            Item.of("半日托", "CHILDCARE", "上午或下午半日托育。")
                                    .eligibility("3岁以下婴幼儿")
                                    .fee("普惠价，每月800元起"),
                            Item.of("临时托", "CHILDCARE", "按小时计费的临时托育。")
                                    .eligibility("3岁以下婴幼儿")
                                    .fee("每小时20元"),
                            Item.of("科学育儿指导", "CHILDCARE", "面向家长的科学育儿讲座。"))),
            Map.entry(
                    "KINDERGARTEN",
                    List.of(
                            Item.of("学前教育招生咨询", "EDUCATION", "公办学位招生政策与报名咨询。").documents("户口簿|房产证明或居住证|儿童预防接种证"),
                            Item.of("延时托管", "EDUCATION", "离园后延时看护。").hours("Mo-Fr 17:30-18:30"),
                            Item.of("家长课堂", "EDUCATION", "每月一次家庭教育讲座。"))),
            Map.entry(
                    "LEGAL_SERVICE",
                    List.of(
                            Item.of("法律咨询", "LEGAL", "免费法律咨询。"),
                            Item.of("人民调解", "MEDIATION", "矛盾纠纷人民调解。"),
                            Item.of("法律援助申请", "LEGAL", "法律援助申请受理与转交。")
                                    .eligibility("经济困难群众")
                                    .documents("身份证|经济困难证明"))),
            Map.entry(
                    "CIVILIZATION_PRACTICE",
                    List.of(
                            Item.of("文明实践活动", "CULTURE", "“理润寿乡”“德耀寿乡”主题文明实践活动。"),
                            Item.of("理论宣讲", "CULTURE", "用群众听得懂的方式开展政策宣讲。"),
                            Item.of("志愿服务对接", "VOLUNTEERING", "群众需求与志愿服务队伍对接。"))),
            Map.entry(
                    "PARTY_MASS_CENTER",
                    List.of(
                            Item.of("信访接待", "GOVERNMENT_AFFAIRS", "群众来访接待与转办。").documents("身份证"),
                            Item.of("矛盾纠纷一站式调处", "MEDIATION", "信访、矛调、综治一站式承接。"),
                            Item.of("法律援助", "LEGAL", "法律援助申请受理。").eligibility("经济困难群众"))),
            Map.entry(
                    "SOCIAL_ORGANIZATION",
                    List.of(
                            Item.of("社工个案服务", "SOCIAL_ASSISTANCE", "持证社工为困难家庭提供个案帮扶。"),
                            Item.of("老年人探访关爱", "ELDERLY_CARE", "定期探访独居、空巢老人。"),
                            Item.of("青少年兴趣课堂", "EDUCATION", "书法、绘画、科普兴趣课堂。").eligibility("6–14岁青少年"),
                            Item.of("文艺培训", "CULTURE", "合唱、舞蹈、乐器培训。"))),
            Map.entry(
                    "VOLUNTEER_TEAM",
                    List.of(
                            Item.of("平安巡防", "SAFETY", "夜间平安巡防与防溺水劝导。"),
                            Item.of("环境整治", "ENVIRONMENT", "院落环境卫生整治。"),
                            Item.of("助老陪伴", "VOLUNTEERING", "陪伴老人就医、购物、聊天。"))),
            Map.entry(
                    "CHARITY",
                    List.of(
                            Item.of("困难群众慈善救助", "SOCIAL_ASSISTANCE", "为困难群众提供临时慈善救助。")
                                    .documents("身份证|困难情况说明"),
                            Item.of("助学帮扶", "EDUCATION", "资助困难家庭学生。").eligibility("困难家庭在校学生"))),
            Map.entry(
                    "PARTY_BRANCH",
                    List.of(
                            Item.of("微心愿认领", "PARTY_SERVICE", "居民点单、小区派单、党员接单，认领居民微心愿。"),
                            Item.of("网格党员联系户走访", "PARTY_SERVICE", "党员定期走访联系户，收集需求。"))));

    private static final List<String> FACILITY_KINDS = List.of(
            "ELDERLY_CARE",
            "MEDICAL",
            "POCKET_PARK",
            "EXPRESS_POINT",
            "CHILDCARE",
            "KINDERGARTEN",
            "LEGAL_SERVICE",
            "CIVILIZATION_PRACTICE",
            "PARTY_MASS_CENTER");

    private final Random random;
    private final Table table = new Table(
            "service_items.csv",
            "id,provider_id,name,category,description,hours,eligibility,fee,documents,languages,provenance");

    ServiceCatalog(Random random) {
        this.random = random;
    }

    Table build(List<Provider> providers) {
        for (Provider p : providers) {
            switch (p.kind()) {
                case "NEIGHBORHOOD_CENTER" -> offer(p, pick(CENTER_ITEMS, 12 + random.nextInt(4)));
                case "DEPARTMENT" -> offer(p, departmentItems(p));
                default -> {
                    List<Item> pool = KIND_ITEMS.getOrDefault(p.kind(), List.of());
                    int count = FACILITY_KINDS.contains(p.kind())
                            ? Math.min(pool.size(), 2 + random.nextInt(3))
                            : random.nextInt(3);
                    offer(p, pick(pool, count));
                }
            }
        }
        return table;
    }

    private List<Item> departmentItems(Provider department) {
        int index = Integer.parseInt(department.id().substring("dept-".length())) - 1;
        return Departments.SPECS.get(index).items().stream()
                .map(name ->
                        Item.of(name, "GOVERNMENT_AFFAIRS", "区级部门在社区的政务服务事项。").documents("身份证"))
                .toList();
    }

    private List<Item> pick(List<Item> pool, int count) {
        List<Item> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    private void offer(Provider p, List<Item> items) {
        for (Item item : items) {
            String languages = random.nextInt(5) == 0 ? "zh" : "zh|sichuan-dialect";
            table.add(
                    String.format("si-%05d", table.rows().size() + 1),
                    p.id(),
                    item.name(),
                    item.category(),
                    item.description(),
                    item.hours() == null ? p.hours() : item.hours(),
                    item.eligibility(),
                    item.fee(),
                    item.documents(),
                    languages,
                    "synthetic");
        }
    }
}
