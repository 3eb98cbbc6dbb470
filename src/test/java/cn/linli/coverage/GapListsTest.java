package cn.linli.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/** The gap lists, each checked against what the seed files say (seed/README.md names the intended gaps). */
@SuppressWarnings("unchecked")
class GapListsTest extends LinliTest {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    @Test
    void dongpoHas109GridsServedByNoNeighborhoodCenter() {
        Set<String> served = SeedCsv.rows("serves.csv").stream()
                .filter(s -> s.get("provider_id").startsWith("nc-"))
                .map(s -> s.get("place_code"))
                .collect(Collectors.toSet());
        Set<String> expected = SeedCsv.rows("grids.csv").stream()
                .map(g -> g.get("code"))
                .filter(c -> c.startsWith("511402") && !served.contains(c))
                .collect(Collectors.toSet());
        assertThat(expected).hasSize(109);

        List<String> reported = new ArrayList<>();
        String after = null;
        do {
            GraphQlTester.Response page = graphQl()
                    .documentName("gapsGridsWithoutCenter")
                    .variable("place", "511402")
                    .variable("first", 50)
                    .variable("after", after)
                    .execute();
            page.path("gaps.gridsWithoutCenter.totalCount")
                    .entity(Integer.class)
                    .isEqualTo(109);
            reported.addAll(page.path("gaps.gridsWithoutCenter.edges[*].node.code")
                    .entityList(String.class)
                    .get());
            after = page.path("gaps.gridsWithoutCenter.pageInfo.hasNextPage")
                            .entity(Boolean.class)
                            .get()
                    ? page.path("gaps.gridsWithoutCenter.pageInfo.endCursor")
                            .entity(String.class)
                            .get()
                    : null;
        } while (after != null);
        assertThat(reported)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected)
                .isSorted();
    }

    @Test
    void threeResourcesAreDeployedNowhere() {
        graphQl()
                .documentName("gapsUndeployedResources")
                .variable("place", "511402")
                .execute()
                .path("gaps.undeployedResources.totalCount")
                .entity(Integer.class)
                .isEqualTo(3)
                .path("gaps.undeployedResources.edges[*].node.name")
                .entityList(String.class)
                .satisfies(names -> assertThat(names).containsExactlyInAnyOrder("社区科普e站", "惠民惠农一卡通", "社区便民商业网点布局"))
                .path("gaps.undeployedResources.edges[*].node.owner.kind")
                .entityList(String.class)
                .satisfies(kinds -> assertThat(kinds).containsOnly("DEPARTMENT"));
        // Pengshan owns no resources, so it has none deployed nowhere
        graphQl()
                .documentName("gapsUndeployedResources")
                .variable("place", "511403")
                .execute()
                .path("gaps.undeployedResources.totalCount")
                .entity(Integer.class)
                .isEqualTo(0);
    }

    @Test
    void communitiesLackingElderlyCareAreThoseWithNoElderlyCarePointInThemOrTheirGrids() {
        Set<String> withCare = SeedCsv.rows("providers.csv").stream()
                .filter(p -> p.get("kind").equals("ELDERLY_CARE"))
                .map(p -> p.get("place_code").substring(0, 12))
                .collect(Collectors.toSet());
        Set<String> expected = SeedCsv.rows("communities.csv").stream()
                .map(c -> c.get("code"))
                .filter(c -> c.startsWith("511402001") && !withCare.contains(c))
                .collect(Collectors.toSet());
        assertThat(expected).isNotEmpty();

        graphQl()
                .documentName("gapsCommunitiesLacking")
                .variable("place", "511402001")
                .variable("kind", "ELDERLY_CARE")
                .execute()
                .path("gaps.communitiesLacking.totalCount")
                .entity(Integer.class)
                .isEqualTo(expected.size())
                .path("gaps.communitiesLacking.edges[*].node.code")
                .entityList(String.class)
                .satisfies(codes -> assertThat(codes).containsExactlyInAnyOrderElementsOf(expected));
    }

    @Test
    void providersServingMoreThanAThresholdOfPeopleAreListedLargestFirst() {
        Map<String, Long> population = new HashMap<>();
        Map<String, List<String>> gridsOf = new HashMap<>();
        for (Map<String, String> g : SeedCsv.rows("grids.csv")) {
            population.put(g.get("code"), Long.parseLong(g.get("population")));
            gridsOf.computeIfAbsent(g.get("parent_code"), k -> new ArrayList<>())
                    .add(g.get("code"));
        }
        Map<String, Set<String>> served = new HashMap<>();
        for (Map<String, String> s : SeedCsv.rows("serves.csv")) {
            if (s.get("provider_id").startsWith("nc-")) {
                String place = s.get("place_code");
                served.computeIfAbsent(s.get("provider_id"), k -> new HashSet<>())
                        .addAll(place.contains("-") ? List.of(place) : gridsOf.getOrDefault(place, List.of()));
            }
        }
        long threshold = 30_000;
        Map<String, Long> expected = served.entrySet().stream()
                .collect(Collectors.toMap(
                        e -> "Provider:" + e.getKey(),
                        e -> e.getValue().stream().mapToLong(population::get).sum()));
        expected.values().removeIf(p -> p <= threshold);
        assertThat(expected).isNotEmpty();

        GraphQlTester.Response response = graphQl()
                .documentName("gapsOverloadedProviders")
                .variable("place", "511402")
                .variable("above", threshold)
                .variable("kinds", List.of("NEIGHBORHOOD_CENTER"))
                .execute();
        response.path("gaps.overloadedProviders.totalCount")
                .entity(Integer.class)
                .isEqualTo(expected.size());
        List<Map<String, Object>> loads =
                response.path("gaps.overloadedProviders.edges[*].node").entityList(Map.class).get().stream()
                        .map(n -> (Map<String, Object>) n)
                        .toList();
        Map<String, Long> reported = loads.stream()
                .collect(Collectors.toMap(
                        l -> (String) ((Map<String, Object>) l.get("provider")).get("id"),
                        l -> ((Number) l.get("population")).longValue()));
        assertThat(reported).isEqualTo(expected);
        assertThat(loads.stream()
                        .map(l -> ((Number) l.get("population")).longValue())
                        .toList())
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void needsOpenLongerThanNDaysAreThoseStillOpenThatDayCountedFromTheSeed() {
        for (LocalDate asOf : List.of(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 6, 30))) {
            int days = 30;
            OffsetDateTime endOfDay = asOf.plusDays(1).atStartOfDay().atOffset(CHINA);
            Map<String, String> expected = new HashMap<>();
            for (Map<String, String> n : SeedCsv.rows("needs.csv")) {
                OffsetDateTime raised = OffsetDateTime.parse(n.get("raised_at"));
                String done = n.get("completed_at").isEmpty() ? n.get("followed_up_at") : n.get("completed_at");
                boolean openThen = done.isEmpty() || !OffsetDateTime.parse(done).isBefore(endOfDay);
                if (n.get("grid_code").startsWith("511402")
                        && openThen
                        && ChronoUnit.DAYS.between(
                                        raised.atZoneSameInstant(CHINA).toLocalDate(), asOf)
                                > days) {
                    expected.put(
                            "Need:" + n.get("id"),
                            before(n.get("claimed_at"), endOfDay)
                                    ? "CLAIMED"
                                    : before(n.get("dispatched_at"), endOfDay) ? "DISPATCHED" : "OPEN");
                }
            }
            assertThat(expected).as("as of %s", asOf).isNotEmpty();

            GraphQlTester.Response response = graphQl()
                    .documentName("gapsOverdueNeeds")
                    .variable("place", "511402")
                    .variable("days", days)
                    .variable("asOf", asOf.toString())
                    .execute();
            response.path("gaps.overdueNeeds.totalCount").entity(Integer.class).isEqualTo(expected.size());
            List<Map<String, Object>> needs =
                    response.path("gaps.overdueNeeds.edges[*].node").entityList(Map.class).get().stream()
                            .map(n -> (Map<String, Object>) n)
                            .toList();
            assertThat(needs.stream().collect(Collectors.toMap(n -> (String) n.get("needId"), n ->
                            (String) n.get("statusAsOf"))))
                    .as("as of %s", asOf)
                    .isEqualTo(expected);
            assertThat(needs)
                    .allSatisfy(n ->
                            assertThat(((Number) n.get("daysOpen")).intValue()).isGreaterThan(days));
            assertThat(needs.stream()
                            .map(n -> OffsetDateTime.parse((String) n.get("raisedAt")))
                            .toList())
                    .isSortedAccordingTo(OffsetDateTime::compareTo);
        }
    }

    @Test
    void aMalformedDateOrNegativeThresholdIsRejectedNamingTheArgument() {
        graphQl()
                .document("{ gaps(place: \"511402\") { overdueNeeds(days: 7, asOf: \"31/12/2024\") { totalCount } } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("field", "asOf")));
        graphQl()
                .document("{ gaps(place: \"511402\") { overloadedProviders(above: -1) { totalCount } } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("field", "above")));
    }

    private static boolean before(String timestamp, OffsetDateTime instant) {
        return !timestamp.isEmpty() && OffsetDateTime.parse(timestamp).isBefore(instant);
    }
}
