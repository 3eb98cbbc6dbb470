package cn.linli.seed.generate;

import java.util.ArrayList;
import java.util.List;

/** Dongpo's 21 district departments (区级部门) whose resources the article says sit in communities. */
final class Departments {

    /** A department and the government service items it offers in communities. */
    record Spec(String name, String alias, String provenance, List<String> items) {}

    static final List<Spec> SPECS = List.of(
            new Spec("眉山市东坡区教育和体育局", "区教育和体育局|区教体局|教体", "article", List.of("义务教育入学政策咨询", "学生资助申请受理", "校外培训机构投诉受理")),
            new Spec("眉山市东坡区应急管理局", "区应急管理局|应急", "article", List.of("安全生产举报受理", "防灾减灾知识培训")),
            new Spec("共青团眉山市东坡区委员会", "团区委|东坡团区委", "article", List.of("青少年心理关爱咨询", "青年志愿者招募注册")),
            new Spec("眉山市东坡区民政局", "区民政局|民政", "synthetic", List.of("最低生活保障申请受理", "高龄津贴申领", "婚姻登记预约")),
            new Spec("眉山市东坡区卫生健康局", "区卫生健康局|卫健", "synthetic", List.of("家庭医生签约咨询", "出生医学证明办理指引")),
            new Spec("眉山市东坡区司法局", "区司法局|司法", "synthetic", List.of("法律援助申请受理", "人民调解申请")),
            new Spec("眉山市东坡区人力资源和社会保障局", "区人社局|人社", "synthetic", List.of("城乡居民养老保险参保登记", "失业登记与就业援助", "社保卡申领")),
            new Spec("眉山市东坡区住房和城乡建设局", "区住建局|住建", "synthetic", List.of("老旧小区改造政策咨询", "住房维修资金使用指引")),
            new Spec("眉山市东坡区文化广播电视和旅游局", "区文广旅局|文广旅", "synthetic", List.of("公共文化场馆预约", "文化活动场地申请")),
            new Spec("眉山市东坡区市场监督管理局", "区市场监管局|市场监管", "synthetic", List.of("个体工商户登记指引", "消费投诉举报受理")),
            new Spec("眉山市东坡区农业农村局", "区农业农村局|农业农村", "synthetic", List.of("耕地地力保护补贴咨询")),
            new Spec("眉山市东坡区退役军人事务局", "区退役军人事务局|退役军人", "synthetic", List.of("退役军人优待证申领", "优抚对象抚恤咨询")),
            new Spec("眉山市东坡区医疗保障局", "区医保局|医保", "synthetic", List.of("城乡居民医保参保缴费", "异地就医备案")),
            new Spec("眉山市东坡区妇女联合会", "区妇联|妇联", "synthetic", List.of("婚姻家庭纠纷调解", "妇女维权咨询")),
            new Spec("眉山市东坡区残疾人联合会", "区残联|残联", "synthetic", List.of("残疾人证办理指引", "残疾人辅具适配申请")),
            new Spec("眉山市东坡区总工会", "区总工会|总工会", "synthetic", List.of("困难职工帮扶申请", "职工法律援助")),
            new Spec("眉山市东坡区科学技术协会", "区科协|科协", "synthetic", List.of("科普活动预约")),
            new Spec("眉山市东坡区综合行政执法局", "区综合执法局|综合执法", "synthetic", List.of("占道经营投诉受理", "流动摊位申请指引")),
            new Spec("眉山市东坡区发展和改革局", "区发改局|发改", "synthetic", List.of("价格举报受理")),
            new Spec("眉山市东坡区财政局", "区财政局|财政", "synthetic", List.of("惠民惠农补贴查询")),
            new Spec("眉山市公安局东坡区分局", "东坡公安分局|公安", "synthetic", List.of("户籍业务办理指引", "居住证申领", "反电信网络诈骗咨询")));

    private Departments() {}

    static List<Provider> build(PlaceTree places, Sites sites, PhoneBook phones) {
        Area dongpo = places.area(PlaceTree.DONGPO);
        List<Provider> departments = new ArrayList<>();
        for (int i = 0; i < SPECS.size(); i++) {
            Spec spec = SPECS.get(i);
            departments.add(new Provider(
                    id(i),
                    spec.name(),
                    spec.alias(),
                    "DEPARTMENT",
                    "",
                    sites.nearSeat(dongpo),
                    phones.next("028-3818"),
                    "Mo-Fr 09:00-12:00,13:30-17:30; PH off",
                    null,
                    "东坡区区级部门，统筹在社区设置的资源，按需向网格投放项目。",
                    spec.provenance()));
        }
        return departments;
    }

    static String id(int index) {
        return String.format("dept-%02d", index + 1);
    }
}
