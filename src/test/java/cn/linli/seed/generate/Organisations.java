package cn.linli.seed.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Social organisations, volunteer teams and charities (counts from the article: Dongpo 356
 * social organisations; Pengshan 197 social organisations, 305 volunteer teams, 62 charities)
 * and one grid party branch (网格党支部) per grid.
 */
final class Organisations {

    static final int DONGPO_SOCIAL = 356;
    static final int PENGSHAN_SOCIAL = 197;
    static final int PENGSHAN_VOLUNTEER_TEAMS = 305;
    static final int PENGSHAN_CHARITIES = 62;

    private static final List<String> SOCIAL_TYPES = List.of(
            "社会工作服务中心",
            "老年协会",
            "文体协会",
            "邻里互助会",
            "书画社",
            "青少年成长服务中心",
            "家风家教促进会",
            "人民调解协会",
            "残疾人互助会",
            "乡贤理事会",
            "健身队",
            "环保志愿者协会");
    private static final List<String> VOLUNTEER_TYPES =
            List.of("平安巡防志愿服务队", "文明实践志愿服务队", "助老志愿服务队", "环境卫生志愿服务队", "关爱留守儿童志愿服务队", "防溺水志愿服务队", "禁毒宣传志愿服务队");
    private static final List<String> NAMED_VOLUNTEER_TEAMS = List.of("彭山区“90后”党史宣讲队", "彭山区草帽志愿者调研队", "彭山区大学生文宣队");
    private static final List<String> CHARITY_TYPES = List.of("慈善互助会", "爱心微基金");

    private final PlaceTree places;
    private final Sites sites;
    private final PhoneBook phones;

    Organisations(PlaceTree places, Sites sites, PhoneBook phones) {
        this.places = places;
        this.sites = sites;
        this.phones = phones;
    }

    List<Provider> build() {
        List<Provider> out = new ArrayList<>();
        out.addAll(named(
                "so-dp",
                "SOCIAL_ORGANIZATION",
                PlaceTree.DONGPO,
                SOCIAL_TYPES,
                DONGPO_SOCIAL,
                "028-3819",
                "登记或备案的社区社会组织，认领网格服务项目。"));
        out.addAll(named(
                "so-ps",
                "SOCIAL_ORGANIZATION",
                PlaceTree.PENGSHAN,
                SOCIAL_TYPES,
                PENGSHAN_SOCIAL,
                "028-3761",
                "社区社会组织，与村（社区）协同共治。"));
        List<Area> pengshan = places.communitiesInDistrict(PlaceTree.PENGSHAN);
        for (int i = 0; i < NAMED_VOLUNTEER_TEAMS.size(); i++) {
            Area home = pengshan.get(sites.random().nextInt(pengshan.size()));
            out.add(new Provider(
                    String.format("vt-%03d", i + 1),
                    NAMED_VOLUNTEER_TEAMS.get(i),
                    "",
                    "VOLUNTEER_TEAM",
                    "",
                    sites.in(home),
                    "",
                    "",
                    null,
                    "以志愿服务助推德治的区级志愿服务队伍。",
                    "article"));
        }
        List<Provider> teams = named(
                "vt",
                "VOLUNTEER_TEAM",
                PlaceTree.PENGSHAN,
                VOLUNTEER_TYPES,
                PENGSHAN_VOLUNTEER_TEAMS - NAMED_VOLUNTEER_TEAMS.size(),
                "",
                "村（社区）志愿服务队伍，常态化开展志愿服务。");
        for (int i = 0; i < teams.size(); i++) {
            Provider t = teams.get(i);
            out.add(new Provider(
                    String.format("vt-%03d", NAMED_VOLUNTEER_TEAMS.size() + i + 1),
                    t.name(),
                    t.alias(),
                    t.kind(),
                    t.level(),
                    t.site(),
                    t.phone(),
                    t.hours(),
                    t.capacity(),
                    t.description(),
                    t.provenance()));
        }
        out.addAll(named(
                "ch",
                "CHARITY",
                PlaceTree.PENGSHAN,
                CHARITY_TYPES,
                PENGSHAN_CHARITIES,
                "028-3762",
                "社会慈善机构，为困难群众送温暖解难题。"));
        out.addAll(partyBranches());
        return out;
    }

    /** {@code count} organisations named community + type, unique names, in shuffled communities. */
    private List<Provider> named(
            String prefix,
            String kind,
            String district,
            List<String> types,
            int count,
            String phonePrefix,
            String description) {
        List<Area> communities = places.communitiesInDistrict(district);
        List<String[]> pairs = new ArrayList<>();
        for (Area c : communities) {
            for (String type : types) {
                pairs.add(new String[] {c.code(), type});
            }
        }
        Collections.shuffle(pairs, sites.random());
        Set<String> names = new LinkedHashSet<>();
        List<Provider> out = new ArrayList<>();
        for (String[] pair : pairs) {
            Area c = places.area(pair[0]);
            String name = c.name() + pair[1];
            if (out.size() == count || !names.add(name)) {
                continue;
            }
            String phone = phonePrefix.isEmpty() ? "" : phones.next(phonePrefix);
            String hours = phonePrefix.isEmpty() ? "" : "Mo-Fr 09:00-17:00";
            out.add(new Provider(
                    String.format("%s-%03d", prefix, out.size() + 1),
                    name,
                    "",
                    kind,
                    "",
                    sites.in(c),
                    phone,
                    hours,
                    null,
                    description,
                    "synthetic"));
        }
        return out;
    }

    private List<Provider> partyBranches() {
        List<Provider> out = new ArrayList<>();
        for (Grid g : places.grids()) {
            boolean dongpo = places.districtOf(g.community()).equals(PlaceTree.DONGPO);
            String description = dongpo ? "网格党支部（改零散小区党支部为网格党支部），支部书记、专职网格员、居民小组长“一肩挑”。" : "村（社区）网格党支部，组织党员参与网格治理。";
            out.add(new Provider(
                    "pb-" + g.code(),
                    g.name() + "党支部",
                    "",
                    "PARTY_BRANCH",
                    "",
                    sites.inGrid(g),
                    "",
                    "",
                    null,
                    description,
                    "synthetic"));
        }
        return out;
    }
}
