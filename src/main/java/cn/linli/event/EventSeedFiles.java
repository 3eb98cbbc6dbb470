package cn.linli.event;

import static cn.linli.seed.Column.Type.TEXT;
import static cn.linli.seed.Column.required;

import cn.linli.seed.Properties;
import cn.linli.seed.Property;
import cn.linli.seed.SeedFile;
import cn.linli.seed.SeedFile.Reference;
import cn.linli.seed.SeedFile.RowCheck;
import cn.linli.seed.SeedFiles;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Events, last: their categories and routing rules, the departments' registrations (报到), then the events in grids
 * (100) routed to departments (200), and their steps. See seed/FORMAT.md.
 */
@Component
@Order(500)
class EventSeedFiles implements SeedFiles {

    /** An event stays REPORTED_IN its grid, and is ASSIGNED_TO the department its row names, if any. */
    private static final String EDGES = """

            WITH n, row
            MATCH (g:Place:Grid {code: row.grid_code})
            MERGE (n)-[:REPORTED_IN]->(g)""" + Event.ASSIGNED_TO;

    private static final Reference DEPARTMENT = new Reference("department_id", "Provider", "id");

    @Override
    public List<SeedFile> files() {
        return List.of(
                SeedFile.nodes(
                        "event_categories.csv",
                        "EventCategory",
                        "code",
                        EventCategory.PROPERTIES,
                        List.of(),
                        "",
                        RowCheck.NONE),
                SeedFile.edges(
                        "routing_rules.csv",
                        new Reference("category", "EventCategory", "code"),
                        "ROUTED_TO",
                        DEPARTMENT,
                        Properties.of(Property.of("placeCode", required("place_code", TEXT)))),
                SeedFile.edges(
                        "reports_for.csv",
                        DEPARTMENT,
                        "REPORTS_FOR",
                        new Reference("place_code", "Place", "code"),
                        Properties.of()),
                SeedFile.nodes(
                        "events.csv",
                        "Event",
                        "id",
                        Event.PROPERTIES,
                        List.of(
                                new Reference("grid_code", "Place:Grid", "code"),
                                new Reference("category", "EventCategory", "code"),
                                DEPARTMENT),
                        EDGES,
                        RowCheck.NONE),
                SeedFile.nodes(
                        "event_steps.csv",
                        "EventStep",
                        "id",
                        EventStep.PROPERTIES,
                        List.of(EventStep.OF_EVENT.target(), DEPARTMENT),
                        EventStep.OF_EVENT.cypher(),
                        RowCheck.NONE));
    }
}
