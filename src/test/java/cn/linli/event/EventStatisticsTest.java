package cn.linli.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.linli.LinliTest;
import cn.linli.SeedCsv;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;

/**
 * The planners' figures against the same figures computed here from seed/events.csv and seed/event_steps.csv, and the
 * article's claims they must bear out (满意率 98% 以上, 小事不出网格，大事不出社区).
 */
class EventStatisticsTest extends LinliTest {

    private static final List<Map<String, String>> EVENTS = SeedCsv.rows("events.csv");
    private static final Set<String> ESCALATED = SeedCsv.rows("event_steps.csv").stream()
            .filter(s -> s.get("action").equals("ESCALATE"))
            .map(s -> s.get("event_id"))
            .collect(Collectors.toSet());

    private static final String FIGURES = """
            query($place: String!, $reported: DateRange) { eventStatistics(place: $place, reported: $reported) {
              place { code } reported resolved solvedInGridShare solvedInCommunityShare escalated overdue callbacks
              satisfactionRate medianHoursToResolve
              byDepartment { department { id } events resolved medianHandlingHours overdue }
              byCategory { category { code } events resolved medianHoursToResolve overdue }
              topEscalatingGrids { grid { code } events escalated } } }""";

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {};

    @Test
    void dongposFiguresOverTheSeedYearAreThoseOfTheSeedFiles() {
        Map<String, Object> figures = figures("511402", "2024-07-01", "2025-06-30");
        assertFigures(figures, e -> true);
    }

    @Test
    void aTownsFiguresOverAQuarterCountOnlyItsEventsOfThoseDays() {
        Map<String, Object> figures = figures("511402002", "2025-01-01", "2025-03-31");
        assertFigures(
                figures,
                e -> e.get("grid_code").startsWith("511402002")
                        && e.get("reported_at").compareTo("2025-01-01") >= 0
                        && e.get("reported_at").compareTo("2025-04-01") < 0);
    }

    @Test
    void theSeedYearBearsOutTheArticle() {
        Map<String, Object> figures = figures("511402", "2024-07-01", "2025-06-30");
        // 群众满意率提升到98%以上
        assertThat((Double) figures.get("satisfactionRate")).isGreaterThanOrEqualTo(0.98);
        // 小事不出网格: most are solved in the grid; 大事不出社区: nearly all within the community
        assertThat((Double) figures.get("solvedInGridShare")).isGreaterThan(0.5);
        assertThat((Double) figures.get("solvedInCommunityShare")).isGreaterThan(0.8);
    }

    @Test
    void aPlaceThatIsBlankOrNamesNothingAndDaysThatRunBackwardsAreRefused() {
        graphQl()
                .document(FIGURES)
                .variable("place", " ")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getExtensions())
                                .containsEntry("code", "BAD_USER_INPUT")
                                .containsEntry("field", "place")));
        graphQl()
                .document(FIGURES)
                .variable("place", "511499")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "NOT_FOUND")));
        graphQl()
                .document(FIGURES)
                .variable("place", "511402")
                .variable("reported", Map.of("from", "2025-02-01", "to", "2025-01-01"))
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getExtensions())
                                .containsEntry("code", "BAD_USER_INPUT")
                                .containsEntry("field", "reported")));
    }

    private Map<String, Object> figures(String place, String from, String to) {
        return graphQl()
                .document(FIGURES)
                .variable("place", place)
                .variable("reported", Map.of("from", from, "to", to))
                .execute()
                .path("eventStatistics")
                .entity(MAP)
                .get();
    }

    /** Every figure of the answer, computed here from the seed rows the filter keeps. */
    @SuppressWarnings("unchecked")
    private static void assertFigures(Map<String, Object> figures, Predicate<Map<String, String>> filter) {
        List<Map<String, String>> events = EVENTS.stream().filter(filter).toList();
        List<Map<String, String>> resolved =
                events.stream().filter(e -> !e.get("resolved_at").isEmpty()).toList();
        List<Map<String, String>> called =
                events.stream().filter(e -> !e.get("satisfied").isEmpty()).toList();
        assertThat(events).isNotEmpty();
        assertThat(figures.get("reported")).isEqualTo(events.size());
        assertThat(figures.get("resolved")).isEqualTo(resolved.size());
        assertThat((Double) figures.get("solvedInGridShare"))
                .isCloseTo(share(resolved, e -> e.get("level").equals("GRID")), within(1e-12));
        assertThat((Double) figures.get("solvedInCommunityShare"))
                .isCloseTo(share(resolved, e -> !e.get("level").equals("DISTRICT")), within(1e-12));
        assertThat(figures.get("escalated")).isEqualTo(count(events, e -> ESCALATED.contains(e.get("id"))));
        assertThat(figures.get("overdue")).isEqualTo(count(events, EventsListTest::overdue));
        assertThat(figures.get("callbacks")).isEqualTo(called.size());
        assertThat((Double) figures.get("satisfactionRate"))
                .isCloseTo(share(called, e -> e.get("satisfied").equals("true")), within(1e-12));
        assertThat((Double) figures.get("medianHoursToResolve"))
                .isCloseTo(median(resolved, "reported_at"), within(1e-9));

        Map<String, List<Map<String, String>>> byDepartment = events.stream()
                .filter(e -> !e.get("department_id").isEmpty())
                .collect(Collectors.groupingBy(e -> e.get("department_id"), TreeMap::new, Collectors.toList()));
        List<Map<String, Object>> departments = (List<Map<String, Object>>) figures.get("byDepartment");
        assertThat(departments)
                .extracting(d -> ((Map<String, Object>) d.get("department")).get("id"))
                .containsExactlyElementsOf(
                        byDepartment.keySet().stream().map(k -> "Provider:" + k).toList());
        for (Map<String, Object> department : departments) {
            String key = ((String) ((Map<String, Object>) department.get("department")).get("id")).substring(9);
            List<Map<String, String>> its = byDepartment.get(key);
            List<Map<String, String>> itsResolved =
                    its.stream().filter(e -> !e.get("resolved_at").isEmpty()).toList();
            assertThat(department.get("events")).as(key).isEqualTo(its.size());
            assertThat(department.get("resolved")).as(key).isEqualTo(itsResolved.size());
            assertThat(department.get("overdue")).as(key).isEqualTo(count(its, EventsListTest::overdue));
            if (itsResolved.isEmpty()) {
                assertThat(department.get("medianHandlingHours")).as(key).isNull();
            } else {
                assertThat((Double) department.get("medianHandlingHours"))
                        .as(key)
                        .isCloseTo(median(itsResolved, "routed_at"), within(1e-9));
            }
        }

        Map<String, List<Map<String, String>>> byCategory = events.stream()
                .collect(Collectors.groupingBy(e -> e.get("category"), TreeMap::new, Collectors.toList()));
        List<Map<String, Object>> categories = (List<Map<String, Object>>) figures.get("byCategory");
        assertThat(categories)
                .extracting(c -> ((Map<String, Object>) c.get("category")).get("code"))
                .containsExactlyElementsOf(byCategory.keySet());
        for (Map<String, Object> category : categories) {
            String code = (String) ((Map<String, Object>) category.get("category")).get("code");
            List<Map<String, String>> its = byCategory.get(code);
            List<Map<String, String>> itsResolved =
                    its.stream().filter(e -> !e.get("resolved_at").isEmpty()).toList();
            assertThat(category.get("events")).as(code).isEqualTo(its.size());
            assertThat(category.get("resolved")).as(code).isEqualTo(itsResolved.size());
            assertThat(category.get("overdue")).as(code).isEqualTo(count(its, EventsListTest::overdue));
            if (itsResolved.isEmpty()) {
                assertThat(category.get("medianHoursToResolve")).as(code).isNull();
            } else {
                assertThat((Double) category.get("medianHoursToResolve"))
                        .as(code)
                        .isCloseTo(median(itsResolved, "reported_at"), within(1e-9));
            }
        }

        Map<String, List<Map<String, String>>> byGrid =
                events.stream().collect(Collectors.groupingBy(e -> e.get("grid_code")));
        List<String> topGrids = byGrid.entrySet().stream()
                .filter(g -> count(g.getValue(), e -> ESCALATED.contains(e.get("id"))) > 0)
                .sorted(Comparator.comparing((Map.Entry<String, List<Map<String, String>>> g) ->
                                -count(g.getValue(), e -> ESCALATED.contains(e.get("id"))))
                        .thenComparing(Map.Entry::getKey))
                .limit(10)
                .map(g -> g.getKey() + " " + g.getValue().size() + " "
                        + count(g.getValue(), e -> ESCALATED.contains(e.get("id"))))
                .toList();
        List<String> answered = new ArrayList<>();
        ((List<Map<String, Object>>) figures.get("topEscalatingGrids"))
                .forEach(g -> answered.add(((Map<String, Object>) g.get("grid")).get("code") + " " + g.get("events")
                        + " " + g.get("escalated")));
        assertThat(answered).isEqualTo(topGrids);
    }

    private static int count(List<Map<String, String>> events, Predicate<Map<String, String>> filter) {
        return (int) events.stream().filter(filter).count();
    }

    private static double share(List<Map<String, String>> events, Predicate<Map<String, String>> filter) {
        return (double) count(events, filter) / events.size();
    }

    /** The median of the hours from each event's {@code since} to its resolution, the middle two averaged. */
    private static double median(List<Map<String, String>> events, String since) {
        List<Double> hours = events.stream()
                .map(e ->
                        Duration.between(OffsetDateTime.parse(e.get(since)), OffsetDateTime.parse(e.get("resolved_at")))
                                        .getSeconds()
                                / 3600.0)
                .sorted()
                .toList();
        int n = hours.size();
        return n % 2 == 1 ? hours.get(n / 2) : (hours.get(n / 2 - 1) + hours.get(n / 2)) / 2;
    }
}
