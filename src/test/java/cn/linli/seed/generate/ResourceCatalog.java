package cn.linli.seed.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The resource and project lists (资源清单、项目清单): 56 items owned by Dongpo's 21 departments,
 * deployed to urban grids (DEPLOYED_TO); a few reach no grid at all.
 */
final class ResourceCatalog {

    /** One resource: owner is the index into {@link Departments#SPECS}. */
    record Spec(String name, String type, String category, int owner, String description) {}

    static final List<Spec> SPECS = List.of(
            new Spec("四点半课堂", "PROJECT", "EDUCATION", 0, "放学后在社区开展作业辅导与兴趣活动。"),
            new Spec("暑期托管服务", "PROJECT", "CHILDCARE", 0, "暑假期间在社区开展托管看护。"),
            new Spec("社区体育健身器材", "RESOURCE", "SPORTS", 0, "向网格配置室外健身器材。"),
            new Spec("家庭教育讲座进社区", "PROJECT", "EDUCATION", 0, "家庭教育指导讲座。"),
            new Spec("应急演练进社区", "PROJECT", "SAFETY", 1, "消防、地震、防汛应急演练进社区、进小区。"),
            new Spec("社区微型消防站器材", "RESOURCE", "SAFETY", 1, "灭火器、消防水带等微型消防站器材。"),
            new Spec("防灾减灾科普宣传", "PROJECT", "SAFETY", 1, "防灾减灾知识宣传进网格。"),
            new Spec("应急物资储备点", "RESOURCE", "SAFETY", 1, "社区应急物资储备。"),
            new Spec("童伴计划", "PROJECT", "CHILDCARE", 2, "为留守、困境儿童配备“童伴妈妈”，开展关爱陪伴。"),
            new Spec("青年志愿者服务站", "RESOURCE", "VOLUNTEERING", 2, "青年志愿者服务站点与志愿者力量。"),
            new Spec("青少年心理关爱", "PROJECT", "SOCIAL_ASSISTANCE", 2, "青少年心理健康讲座与个案辅导。"),
            new Spec("希望工程助学", "PROJECT", "EDUCATION", 2, "资助困难家庭学生。"),
            new Spec("老年助餐", "PROJECT", "ELDERLY_CARE", 3, "长者食堂与送餐上门。"),
            new Spec("居家养老上门服务", "PROJECT", "ELDERLY_CARE", 3, "为高龄、失能老人提供上门服务。"),
            new Spec("困难群众临时救助", "RESOURCE", "SOCIAL_ASSISTANCE", 3, "临时救助资金。"),
            new Spec("社区慈善微基金", "RESOURCE", "SOCIAL_ASSISTANCE", 3, "社区慈善微基金，资助居民微心愿。"),
            new Spec("家庭医生签约服务", "PROJECT", "MEDICAL", 4, "家庭医生团队签约到网格。"),
            new Spec("老年人健康体检", "PROJECT", "MEDICAL", 4, "65岁以上老人免费体检。"),
            new Spec("社区义诊", "PROJECT", "MEDICAL", 4, "医院专家定期下沉社区义诊。"),
            new Spec("法律明白人", "PROJECT", "LEGAL", 5, "培育网格“法律明白人”，普法到户。"),
            new Spec("人民调解员培训", "PROJECT", "MEDIATION", 5, "网格调解员培训。"),
            new Spec("法律援助工作站", "RESOURCE", "LEGAL", 5, "法律援助律师定期坐班。"),
            new Spec("就业岗位推送", "RESOURCE", "EMPLOYMENT", 6, "企业用工岗位推送到网格。"),
            new Spec("社区技能培训", "PROJECT", "EMPLOYMENT", 6, "家政、电商、育婴等技能培训。"),
            new Spec("零工市场驿站", "RESOURCE", "EMPLOYMENT", 6, "灵活就业人员零工对接。"),
            new Spec("老旧小区改造", "PROJECT", "HOUSING", 7, "老旧小区雨污管网、停车位改造。"),
            new Spec("适老化改造", "PROJECT", "HOUSING", 7, "扶手、坡道等适老化改造。"),
            new Spec("小区物业管理指导", "PROJECT", "HOUSING", 7, "无物业小区管理指导。"),
            new Spec("社区书屋图书配送", "RESOURCE", "READING", 8, "定期向社区书屋配送图书。"),
            new Spec("文艺演出进社区", "PROJECT", "CULTURE", 8, "文艺演出、坝坝电影进社区。"),
            new Spec("公共文化云服务", "RESOURCE", "CULTURE", 8, "数字文化资源进社区。"),
            new Spec("食品安全快检", "PROJECT", "SAFETY", 9, "农贸市场与小餐饮食品安全快检。"),
            new Spec("消费维权服务站", "RESOURCE", "CONVENIENCE", 9, "消费纠纷调解服务站。"),
            new Spec("城市菜篮子直供点", "RESOURCE", "CONVENIENCE", 10, "蔬菜基地直供社区。"),
            new Spec("退役军人服务站", "RESOURCE", "SOCIAL_ASSISTANCE", 11, "社区退役军人服务站。"),
            new Spec("光荣之家关爱行动", "PROJECT", "SOCIAL_ASSISTANCE", 11, "走访慰问优抚对象。"),
            new Spec("医保政策宣讲", "PROJECT", "MEDICAL", 12, "医保政策进网格宣讲。"),
            new Spec("医保服务下沉网点", "RESOURCE", "GOVERNMENT_AFFAIRS", 12, "医保业务下沉社区办理。"),
            new Spec("巾帼家庭教育", "PROJECT", "EDUCATION", 13, "家庭教育与家风建设活动。"),
            new Spec("妇女儿童之家", "RESOURCE", "CHILDCARE", 13, "妇女儿童活动阵地。"),
            new Spec("婚姻家庭纠纷调解", "PROJECT", "MEDIATION", 13, "婚姻家庭纠纷预防与调解。"),
            new Spec("残疾人康复服务", "PROJECT", "MEDICAL", 14, "残疾人社区康复训练。"),
            new Spec("无障碍设施改造", "PROJECT", "HOUSING", 14, "社区无障碍设施改造。"),
            new Spec("职工之家", "RESOURCE", "CULTURE", 15, "职工活动阵地。"),
            new Spec("户外劳动者驿站", "RESOURCE", "CONVENIENCE", 15, "为环卫工、快递员提供歇脚点。"),
            new Spec("科普大篷车进社区", "PROJECT", "EDUCATION", 16, "科普展品巡展。"),
            new Spec("社区科普e站", "RESOURCE", "EDUCATION", 16, "数字科普屏与科普资源。"),
            new Spec("背街小巷整治", "PROJECT", "ENVIRONMENT", 17, "背街小巷环境整治。"),
            new Spec("垃圾分类督导", "PROJECT", "ENVIRONMENT", 17, "垃圾分类桶边督导。"),
            new Spec("流动摊位规范管理", "PROJECT", "CONVENIENCE", 17, "规划流动摊位，规范经营。"),
            new Spec("社区便民商业网点布局", "PROJECT", "CONVENIENCE", 18, "便民商业网点规划布局。"),
            new Spec("社区发展治理专项资金", "RESOURCE", "GOVERNMENT_AFFAIRS", 19, "社区发展治理专项保障资金。"),
            new Spec("惠民惠农一卡通", "RESOURCE", "GOVERNMENT_AFFAIRS", 19, "补贴资金一卡通发放。"),
            new Spec("智慧平安小区", "PROJECT", "SAFETY", 20, "人脸车牌识别、电子围栏等智能设备。"),
            new Spec("反诈宣传进网格", "PROJECT", "SAFETY", 20, "反电信网络诈骗宣传。"),
            new Spec("社区警务室", "RESOURCE", "SAFETY", 20, "社区民警驻点警务室。"));

    /** Resources that reach no grid: a planner's finding, on purpose. */
    static final Set<String> UNDEPLOYED = Set.of("社区科普e站", "惠民惠农一卡通", "社区便民商业网点布局");
    /** Projects that have ended; their deployments all have an end date. */
    static final Set<String> ENDED = Set.of("暑期托管服务", "人民调解员培训", "光荣之家关爱行动");

    private static final LocalDate FIRST_SINCE = LocalDate.of(2023, 1, 1);
    private static final int SINCE_DAYS = 640;

    private final Random random;

    ResourceCatalog(Random random) {
        this.random = random;
    }

    List<Table> build(PlaceTree places) {
        Table resources = new Table("resources.csv", "id,name,type,category,owner_id,description,status,provenance");
        Table deployments = new Table("deployments.csv", "resource_id,grid_code,since,until,provenance");
        List<Grid> grids = places.gridsInDistrict(PlaceTree.DONGPO);
        for (int i = 0; i < SPECS.size(); i++) {
            Spec s = SPECS.get(i);
            String id = String.format("res-%02d", i + 1);
            boolean ended = ENDED.contains(s.name());
            resources.add(
                    id,
                    s.name(),
                    s.type(),
                    s.category(),
                    Departments.id(s.owner()),
                    s.description(),
                    ended ? "ENDED" : "ACTIVE",
                    s.name().equals("童伴计划") ? "article" : "synthetic");
            if (UNDEPLOYED.contains(s.name())) {
                continue;
            }
            List<Grid> targets = new ArrayList<>(grids);
            Collections.shuffle(targets, random);
            List<Grid> chosen = new ArrayList<>(targets.subList(0, 3 + random.nextInt(23)));
            chosen.sort((a, b) -> a.code().compareTo(b.code()));
            for (Grid g : chosen) {
                LocalDate since = FIRST_SINCE.plusDays(random.nextInt(SINCE_DAYS));
                LocalDate until = ended || random.nextInt(10) == 0 ? since.plusDays(60 + random.nextInt(120)) : null;
                deployments.add(id, g.code(), since, until, "synthetic");
            }
        }
        return List.of(resources, deployments);
    }
}
