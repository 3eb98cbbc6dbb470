package cn.linli.event;

import cn.linli.event.EventStatistics.CategoryFigures;
import cn.linli.event.EventStatistics.DepartmentFigures;
import cn.linli.event.EventStatistics.GridFigures;
import cn.linli.graph.Cypher;
import cn.linli.place.Place;
import cn.linli.provider.Provider;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * The planners' figures, computed by the database in one query: four passes over the events reported under a place in
 * a range of days (index event_grid), each aggregating as it reads, so that no list of events is held. Bounded by what
 * it returns: one row of totals, one per department and per category, ten grids.
 */
@Component
class EventStatisticsQueries {

    /** The events counted: reported under {@code $prefix} on the days between {@code $from} and {@code $to}. */
    private static final String EVENTS = """
            MATCH (n:Event)
                WHERE n.gridCode STARTS WITH $prefix
                  AND ($from IS NULL OR date(n.reportedAt) >= $from) AND ($to IS NULL OR date(n.reportedAt) <= $to)""";

    private static final String ESCALATED = "EXISTS { (n)-[:STEP]->(:EventStep {action: 'ESCALATE'}) }";

    /** Hours from {@code since} (a time of event {@code n}) to its resolution; null while unresolved. */
    private static String hoursToResolve(String since) {
        return "duration.inSeconds(" + since + ", n.resolvedAt).seconds / 3600.0";
    }

    static final String FIGURES = """
            CALL () {
                %1$s
                RETURN count(n) AS reported, count(n.resolvedAt) AS resolved,
                       count(CASE WHEN n.resolvedAt IS NOT NULL AND n.level = 'GRID' THEN 1 END) AS solvedInGrid,
                       count(CASE WHEN n.resolvedAt IS NOT NULL AND n.level <> 'DISTRICT' THEN 1 END) AS solvedInCommunity,
                       count(CASE WHEN %2$s THEN 1 END) AS escalated,
                       count(CASE WHEN %3$s THEN 1 END) AS overdue,
                       count(n.satisfied) AS callbacks, count(CASE WHEN n.satisfied THEN 1 END) AS satisfied,
                       percentileCont(%4$s, 0.5) AS medianHours
            }
            CALL () {
                %1$s
                MATCH (n)-[:ASSIGNED_TO]->(d:Provider)
                WITH d, count(n) AS events, count(n.resolvedAt) AS resolved, percentileCont(%5$s, 0.5) AS medianHours,
                     count(CASE WHEN %3$s THEN 1 END) AS overdue
                ORDER BY d.id
                RETURN collect({department: d, events: events, resolved: resolved, medianHours: medianHours,
                                overdue: overdue}) AS byDepartment
            }
            CALL () {
                %1$s
                WITH n.category AS code, count(n) AS events, count(n.resolvedAt) AS resolved,
                     percentileCont(%4$s, 0.5) AS medianHours, count(CASE WHEN %3$s THEN 1 END) AS overdue
                MATCH (c:EventCategory {code: code})
                WITH c, events, resolved, medianHours, overdue ORDER BY c.code
                RETURN collect({category: c, events: events, resolved: resolved, medianHours: medianHours,
                                overdue: overdue}) AS byCategory
            }
            CALL () {
                %1$s
                WITH n.gridCode AS code, count(n) AS events, count(CASE WHEN %2$s THEN 1 END) AS escalated
                WHERE escalated > 0
                WITH code, events, escalated ORDER BY escalated DESC, code LIMIT 10
                MATCH (g:Grid {code: code})
                WITH g, events, escalated ORDER BY escalated DESC, g.code
                RETURN collect({grid: g%6$s, events: events, escalated: escalated}) AS topGrids
            }
            RETURN reported, resolved, solvedInGrid, solvedInCommunity, escalated, overdue, callbacks, satisfied,
                   medianHours, byDepartment, byCategory, topGrids""".formatted(
                    EVENTS.indent(4).strip(),
                    ESCALATED,
                    Event.OVERDUE,
                    hoursToResolve("n.reportedAt"),
                    hoursToResolve("n.routedAt"),
                    Place.FIELDS);

    private final Cypher cypher;

    EventStatisticsQueries(Cypher cypher) {
        this.cypher = cypher;
    }

    EventStatistics figures(Place place, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        params.put("prefix", Place.subtreePrefix(place.code()));
        params.put("from", from);
        params.put("to", to);
        Record row = cypher.read(FIGURES, params).get(0);
        return new EventStatistics(
                place,
                row.get("reported").asInt(),
                row.get("resolved").asInt(),
                row.get("solvedInGrid").asInt(),
                row.get("solvedInCommunity").asInt(),
                row.get("escalated").asInt(),
                row.get("overdue").asInt(),
                row.get("callbacks").asInt(),
                row.get("satisfied").asInt(),
                hours(row.get("medianHours")),
                row.get("byDepartment")
                        .asList(v -> new DepartmentFigures(
                                Provider.from(v.get("department")),
                                v.get("events").asInt(),
                                v.get("resolved").asInt(),
                                hours(v.get("medianHours")),
                                v.get("overdue").asInt())),
                row.get("byCategory")
                        .asList(v -> new CategoryFigures(
                                EventCategory.from(v.get("category")),
                                v.get("events").asInt(),
                                v.get("resolved").asInt(),
                                hours(v.get("medianHours")),
                                v.get("overdue").asInt())),
                row.get("topGrids")
                        .asList(v -> new GridFigures(
                                Place.from(v.get("grid")),
                                v.get("events").asInt(),
                                v.get("escalated").asInt())));
    }

    private static Double hours(Value value) {
        return value.isNull() ? null : value.asDouble();
    }
}
