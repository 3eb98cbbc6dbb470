package cn.linli.seed.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Pengshan's civilization practice network (1 中心, 6 所, 43 站), its public legal service
 * network (中心, one 工作站 per town, one 工作室 per village/community) and its 党群服务中心.
 */
final class PengshanInstitutions {

    static final int PRACTICE_INSTITUTES = 6;
    static final int PRACTICE_STATIONS = 43;

    private PengshanInstitutions() {}

    static List<Provider> build(PlaceTree places, Sites sites, PhoneBook phones) {
        Area pengshan = places.area(PlaceTree.PENGSHAN);
        List<Area> towns = places.townsOf(PlaceTree.PENGSHAN);
        List<Area> communities = places.communitiesInDistrict(PlaceTree.PENGSHAN);
        List<Provider> out = new ArrayList<>();

        out.add(new Provider(
                "cp-center",
                "彭山区新时代文明实践中心",
                "文明实践中心",
                "CIVILIZATION_PRACTICE",
                "CENTER",
                sites.nearSeat(pengshan),
                phones.next("028-3763"),
                "Tu-Su 09:00-17:30",
                null,
                "围绕“理润寿乡”“德耀寿乡”“文润寿乡”“风新寿乡”常态开展文明实践活动。",
                "article"));
        List<Area> instituteTowns = new ArrayList<>(towns);
        Collections.shuffle(instituteTowns, sites.random());
        Function<Area, Site> atTownSeat = town -> sites.in(seatOf(places, town));
        addTier(
                out,
                new Tier(
                        "cp-inst-%02d",
                        "新时代文明实践所",
                        "CIVILIZATION_PRACTICE",
                        "INSTITUTE",
                        "028-3763",
                        "Tu-Su 09:00-17:30",
                        "镇（街道）新时代文明实践所。"),
                instituteTowns.subList(0, PRACTICE_INSTITUTES),
                atTownSeat,
                phones);
        List<Area> stationCommunities = new ArrayList<>(communities);
        Collections.shuffle(stationCommunities, sites.random());
        addTier(
                out,
                new Tier(
                        "cp-st-%03d",
                        "新时代文明实践站", "CIVILIZATION_PRACTICE", "STATION", "", "Tu-Su 09:00-17:30", "村（社区）新时代文明实践站。"),
                stationCommunities.subList(0, PRACTICE_STATIONS),
                sites::in,
                phones);

        out.add(new Provider(
                "legal-center",
                "彭山区公共法律服务中心",
                "法律服务中心",
                "LEGAL_SERVICE",
                "CENTER",
                sites.nearSeat(pengshan),
                phones.next("028-3764"),
                "Mo-Fr 09:00-17:30",
                null,
                "一站式提供法律咨询、法律援助、人民调解、公证指引。",
                "article"));
        addTier(
                out,
                new Tier(
                        "legal-st-%02d",
                        "公共法律服务工作站", "LEGAL_SERVICE", "STATION", "028-3764", "Mo-Fr 09:00-17:30", "镇（街道）公共法律服务工作站。"),
                towns,
                atTownSeat,
                phones);
        addTier(
                out,
                new Tier(
                        "legal-room-%03d",
                        "公共法律服务工作室", "LEGAL_SERVICE", "ROOM", "", "Mo-Fr 09:00-17:00", "村级公共法律服务工作室，法律顾问定期坐班。"),
                communities,
                sites::in,
                phones);

        out.add(new Provider(
                "pmc-pengshan",
                "彭山区党群服务中心",
                "党群服务中心",
                "PARTY_MASS_CENTER",
                "",
                sites.nearSeat(pengshan),
                phones.next("028-3765"),
                "Mo-Su 09:00-18:00",
                null,
                "占地3000余平方米的党群服务中心，“一站式”承接信访、矛调、综治、法律援助等。",
                "article"));
        return out;
    }

    /** One tier of a network: a provider per town or community, named after it. */
    private record Tier(
            String idFormat,
            String suffix,
            String kind,
            String level,
            String phonePrefix,
            String hours,
            String description) {}

    private static void addTier(
            List<Provider> out, Tier tier, List<Area> areas, Function<Area, Site> siteOf, PhoneBook phones) {
        for (int i = 0; i < areas.size(); i++) {
            Area area = areas.get(i);
            Site site = siteOf.apply(area);
            String phone = tier.phonePrefix().isEmpty() ? "" : phones.next(tier.phonePrefix());
            out.add(new Provider(
                    String.format(tier.idFormat(), i + 1),
                    area.name() + tier.suffix(),
                    "",
                    tier.kind(),
                    tier.level(),
                    site,
                    phone,
                    tier.hours(),
                    null,
                    tier.description(),
                    "synthetic"));
        }
    }

    /** The community of the town whose cell holds the town point (the town's seat). */
    private static Area seatOf(PlaceTree places, Area town) {
        return places.communitiesOf(town.code()).stream()
                .filter(c -> c.boundary().covers(town.point()))
                .findFirst()
                .orElse(places.communitiesOf(town.code()).get(0));
    }
}
