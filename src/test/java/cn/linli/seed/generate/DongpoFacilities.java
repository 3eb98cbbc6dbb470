package cn.linli.seed.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The facilities the article counts in Dongpo's urban area: 35 elderly-care and 39 medical points
 * (老城区), 5 pocket parks, 19 express points, 8 childcare institutions (660 places) and public
 * kindergartens (3510 places). Elderly care stays out of the gap communities.
 */
final class DongpoFacilities {

    static final int ELDERLY_CARE = 35;
    static final int MEDICAL = 39;
    static final int POCKET_PARKS = 5;
    static final int EXPRESS_POINTS = 19;
    static final int[] CHILDCARE_PLACES = {60, 80, 90, 100, 70, 120, 80, 60};
    static final int[] KINDERGARTEN_PLACES = {270, 360, 180, 315, 270, 360, 225, 270, 315, 360, 270, 315};

    private final PlaceTree places;
    private final Sites sites;
    private final PhoneBook phones;
    private final List<Provider> out = new ArrayList<>();

    private DongpoFacilities(PlaceTree places, Sites sites, PhoneBook phones) {
        this.places = places;
        this.sites = sites;
        this.phones = phones;
    }

    static List<Provider> build(PlaceTree places, Sites sites, PhoneBook phones, Set<String> gapCommunities) {
        DongpoFacilities f = new DongpoFacilities(places, sites, phones);
        List<Area> urban = places.urbanCommunities(PlaceTree.DONGPO);
        List<Area> covered =
                urban.stream().filter(c -> !gapCommunities.contains(c.code())).toList();
        for (Area c : f.pick(covered, ELDERLY_CARE)) {
            f.add(
                    "eld",
                    "ELDERLY_CARE",
                    c,
                    c.name() + "养老服务点",
                    c.name() + "日间照料中心",
                    "Mo-Su 08:00-18:00",
                    10 + sites.random().nextInt(31),
                    "老城区改造新增的养老服务点：日间照料、老年助餐、健康监测、文娱活动。");
        }
        for (Area c : f.pick(urban, MEDICAL)) {
            f.add(
                    "med",
                    "MEDICAL",
                    c,
                    c.name() + "医疗服务点",
                    c.name() + "卫生服务站",
                    "Mo-Su 08:00-17:30",
                    null,
                    "老城区改造新增的医疗服务点：常见病诊疗、慢病随访、家庭医生签约、预防接种咨询。");
        }
        for (Area c : f.pick(urban, POCKET_PARKS)) {
            f.add("park", "POCKET_PARK", c, stem(c) + "口袋公园", "", "24/7", null, "新城区新增口袋公园，配有健身步道和儿童游乐设施。");
        }
        for (Area c : f.pick(urban, EXPRESS_POINTS)) {
            f.add(
                    "exp",
                    "EXPRESS_POINT",
                    c,
                    c.name() + "快递外卖服务点",
                    stem(c) + "快递驿站",
                    "Mo-Su 08:00-21:00",
                    null,
                    "快递外卖服务点：快递代收代寄、外卖骑手歇脚充电。");
        }
        List<Area> childcare = f.pick(urban, CHILDCARE_PLACES.length);
        for (int i = 0; i < childcare.size(); i++) {
            Area c = childcare.get(i);
            f.add(
                    "cc",
                    "CHILDCARE",
                    c,
                    "东坡区" + stem(c) + "普惠托育中心",
                    stem(c) + "托育",
                    "Mo-Fr 07:30-18:00",
                    CHILDCARE_PLACES[i],
                    "普惠性托育机构，招收3岁以下婴幼儿，提供全日托、半日托和临时托。");
        }
        List<Area> kindergartens = f.pick(urban, KINDERGARTEN_PLACES.length);
        for (int i = 0; i < kindergartens.size(); i++) {
            Area c = kindergartens.get(i);
            f.add(
                    "kg",
                    "KINDERGARTEN",
                    c,
                    "东坡区" + stem(c) + "幼儿园",
                    "东坡区" + stem(c) + "公立幼儿园",
                    "Mo-Fr 07:50-17:30",
                    KINDERGARTEN_PLACES[i],
                    "公立幼儿园，新城区新增公办学位。");
        }
        return f.out;
    }

    private List<Area> pick(List<Area> communities, int count) {
        List<Area> shuffled = new ArrayList<>(communities);
        Collections.shuffle(shuffled, sites.random());
        return shuffled.subList(0, count);
    }

    private void add(
            String prefix,
            String kind,
            Area community,
            String name,
            String alias,
            String hours,
            Integer capacity,
            String description) {
        long n = out.stream().filter(p -> p.kind().equals(kind)).count() + 1;
        boolean hasPhone = !kind.equals("POCKET_PARK") && !kind.equals("EXPRESS_POINT");
        out.add(new Provider(
                String.format("%s-%03d", prefix, n),
                name,
                alias,
                kind,
                "",
                sites.in(community),
                hasPhone ? phones.next("028-3817") : "",
                hours,
                capacity,
                description,
                "synthetic"));
    }

    static String stem(Area community) {
        return community.name().replaceAll("(社区|村)$", "");
    }
}
