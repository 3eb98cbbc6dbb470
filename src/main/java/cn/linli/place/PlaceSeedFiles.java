package cn.linli.place;

import static cn.linli.seed.Column.Type.INT;
import static cn.linli.seed.Column.Type.TEXT;
import static cn.linli.seed.Column.oneOf;
import static cn.linli.seed.Column.optional;
import static cn.linli.seed.Column.required;

import cn.linli.seed.Edge;
import cn.linli.seed.Properties;
import cn.linli.seed.Property;
import cn.linli.seed.SeedFile;
import cn.linli.seed.SeedFile.Reference;
import cn.linli.seed.SeedFiles;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The place files, top down: every other file names places, so they come first. See seed/FORMAT.md. */
@Component
@Order(100)
class PlaceSeedFiles implements SeedFiles {

    /** A grid's base data and its duty phone, beside what every place has. */
    private static final List<Property> GRID = List.of(
            Property.of(required("households", INT)), Property.of(required("population", INT)),
            Property.of("partyMembers", required("party_members", INT)), Property.of(required("elderly", INT)),
            Property.of(required("children", INT)), Property.of("dutyPhone", optional("duty_phone", TEXT)));

    private static final Edge PART_OF = Edge.to("PART_OF", new Reference("parent_code", "Place", "code"));

    @Override
    public List<SeedFile> files() {
        return List.of(
                place("cities.csv", PlaceLevel.CITY),
                place("districts.csv", PlaceLevel.DISTRICT),
                place("towns.csv", PlaceLevel.TOWN),
                place("communities.csv", PlaceLevel.COMMUNITY),
                place("grids.csv", PlaceLevel.GRID));
    }

    /** All levels share one shape: code, name, kind (where the level has kinds), parent, location, boundary. */
    private static SeedFile place(String file, PlaceLevel level) {
        List<Property> list = new ArrayList<>();
        list.add(Property.of(required("name", TEXT)));
        List<PlaceKind> kinds = PlaceKind.of(level);
        if (!kinds.isEmpty()) {
            list.add(Property.of(oneOf("kind", true, kinds)));
        }
        if (level.hasParent()) {
            list.add(Property.of("parentCode", required("parent_code", TEXT)));
        }
        list.add(Property.point("location"));
        if (level == PlaceLevel.GRID) {
            list.addAll(GRID);
        }
        list.add(Property.of(optional("boundary", TEXT)));
        list.add(Property.ofSource("divisionCodeVintage", "divisionCodes"));
        Properties properties = new Properties(List.copyOf(list));
        String then = "\nSET n:%s, n.level = '%s'".formatted(level.typeName(), level.name());
        List<Reference> references = List.of();
        if (level.hasParent()) {
            then += PART_OF.cypher();
            references = List.of(PART_OF.target());
        }
        return SeedFile.nodes(
                file,
                "Place",
                "code",
                properties,
                references,
                then,
                row -> level.codeProblem((String) row.get("code"), (String) row.get("parent_code")));
    }
}
