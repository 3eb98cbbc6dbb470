package cn.linli.seed;

import static cn.linli.seed.Column.Type.DATE;
import static cn.linli.seed.Column.Type.DATETIME;
import static cn.linli.seed.Column.Type.INT;
import static cn.linli.seed.Column.Type.LATITUDE;
import static cn.linli.seed.Column.Type.LIST;
import static cn.linli.seed.Column.Type.LONGITUDE;
import static cn.linli.seed.Column.Type.TEXT;
import static cn.linli.seed.Column.oneOf;
import static cn.linli.seed.Column.optional;
import static cn.linli.seed.Column.required;

import java.util.ArrayList;
import java.util.List;

import cn.linli.seed.SeedFile.Reference;

/** The seed files in import order (parents before children, nodes before the edges between them). See seed/FORMAT.md. */
final class SeedFiles {

    static final String[] PROVENANCE = {"official", "article", "synthetic"};

    static final String[] PROVIDER_KINDS = {"NEIGHBORHOOD_CENTER", "ELDERLY_CARE", "MEDICAL", "POCKET_PARK",
            "CHILDCARE", "KINDERGARTEN", "EXPRESS_POINT", "LEGAL_SERVICE", "CIVILIZATION_PRACTICE",
            "PARTY_MASS_CENTER", "DEPARTMENT", "SOCIAL_ORGANIZATION", "VOLUNTEER_TEAM", "CHARITY", "PARTY_BRANCH"};

    static final String[] CATEGORIES = {"ELDERLY_CARE", "MEDICAL", "CHILDCARE", "EDUCATION", "LEGAL",
            "GOVERNMENT_AFFAIRS", "CULTURE", "READING", "SPORTS", "EMPLOYMENT", "SOCIAL_ASSISTANCE", "VOLUNTEERING",
            "PARTY_SERVICE", "SAFETY", "CONVENIENCE", "MEDIATION", "HOUSING", "ENVIRONMENT"};

    private SeedFiles() {
    }

    static List<SeedFile> all() {
        return List.of(
                place("cities.csv", PlaceCode.CITY, new String[0], List.of(), ""),
                place("districts.csv", PlaceCode.DISTRICT, new String[]{"DISTRICT", "COUNTY"}, List.of(), ""),
                place("towns.csv", PlaceCode.TOWN, new String[]{"STREET", "TOWN", "TOWNSHIP"}, List.of(), ""),
                place("communities.csv", PlaceCode.COMMUNITY, new String[]{"COMMUNITY", "VILLAGE"}, List.of(), ""),
                place("grids.csv", PlaceCode.GRID, new String[0],
                        List.of(required("households", INT), required("population", INT), required("party_members", INT),
                                required("elderly", INT), required("children", INT), optional("duty_phone", TEXT)),
                        """
                        , n.households = row.households, n.population = row.population, n.partyMembers = row.party_members,
                          n.elderly = row.elderly, n.children = row.children, n.dutyPhone = row.duty_phone"""),
                providers(),
                new SeedFile("serves.csv", null,
                        List.of(required("provider_id", TEXT), required("place_code", TEXT), oneOf("provenance", true, PROVENANCE)),
                        List.of(new Reference("provider_id", "Provider", "id"), new Reference("place_code", "Place", "code")),
                        """
                        UNWIND $rows AS row
                        MATCH (p:Provider {id: row.provider_id})
                        MATCH (place:Place {code: row.place_code})
                        MERGE (p)-[r:SERVES]->(place)
                        SET r.provenance = row.provenance"""),
                serviceItems(),
                new SeedFile("resources.csv", "id",
                        List.of(required("id", TEXT), required("name", TEXT), oneOf("type", true, "PROJECT", "RESOURCE"),
                                oneOf("category", true, CATEGORIES), required("owner_id", TEXT), optional("description", TEXT),
                                oneOf("status", true, "ACTIVE", "ENDED"), oneOf("provenance", true, PROVENANCE)),
                        List.of(new Reference("owner_id", "Provider", "id")),
                        """
                        UNWIND $rows AS row
                        MERGE (r:Resource {id: row.id})
                        SET r.name = row.name, r.type = row.type, r.category = row.category, r.description = row.description,
                            r.status = row.status, r.ownerId = row.owner_id, r.provenance = row.provenance
                        WITH r, row
                        OPTIONAL MATCH (previous:Provider)-[old:OWNS]->(r) WHERE previous.id <> row.owner_id
                        DELETE old
                        WITH r, row
                        MATCH (owner:Provider {id: row.owner_id})
                        MERGE (owner)-[:OWNS]->(r)"""),
                new SeedFile("deployments.csv", null,
                        List.of(required("resource_id", TEXT), required("grid_code", TEXT), required("since", DATE),
                                optional("until", DATE), oneOf("provenance", true, PROVENANCE)),
                        List.of(new Reference("resource_id", "Resource", "id"), new Reference("grid_code", "Place:Grid", "code")),
                        """
                        UNWIND $rows AS row
                        MATCH (r:Resource {id: row.resource_id})
                        MATCH (g:Place:Grid {code: row.grid_code})
                        MERGE (r)-[d:DEPLOYED_TO]->(g)
                        SET d.since = row.since, d.until = row.until, d.provenance = row.provenance"""),
                needs());
    }

    /** All place levels share one shape: code, name, kind, parent, location, boundary. */
    private static SeedFile place(String file, PlaceCode level, String[] kinds, List<Column> extraColumns, String extraSet) {
        boolean hasParent = level.hasParent();
        List<Column> columns = new ArrayList<>(List.of(required("code", TEXT), required("name", TEXT)));
        if (kinds.length > 0) {
            columns.add(oneOf("kind", true, kinds));
        }
        if (hasParent) {
            columns.add(required("parent_code", TEXT));
        }
        columns.addAll(List.of(required("lon", LONGITUDE), required("lat", LATITUDE)));
        columns.addAll(extraColumns);
        columns.addAll(List.of(optional("boundary", TEXT), oneOf("provenance", true, PROVENANCE)));
        String parentEdge = !hasParent ? "" : """

                WITH n, row
                OPTIONAL MATCH (n)-[old:PART_OF]->(previous) WHERE previous.code <> row.parent_code
                DELETE old
                WITH n, row
                MATCH (parent:Place {code: row.parent_code})
                MERGE (n)-[:PART_OF]->(parent)""";
        String cypher = """
                UNWIND $rows AS row
                MERGE (n:Place {code: row.code})
                SET n:%s, n.level = '%s', n.name = row.name, n.kind = row.kind, n.parentCode = row.parent_code,
                    n.location = point({longitude: row.lon, latitude: row.lat}), n.boundary = row.boundary,
                    n.provenance = row.provenance%s""".formatted(level.label(), level.name(), extraSet) + parentEdge;
        List<Reference> references = hasParent ? List.of(new Reference("parent_code", "Place", "code")) : List.of();
        return new SeedFile(file, "code", columns, references, cypher, level);
    }

    private static SeedFile providers() {
        return new SeedFile("providers.csv", "id",
                List.of(required("id", TEXT), required("name", TEXT), optional("alias", LIST),
                        oneOf("kind", true, PROVIDER_KINDS),
                        oneOf("level", false, "BLOCK", "COMMUNITY", "RESIDENTIAL", "CENTER", "INSTITUTE", "STATION", "ROOM"),
                        required("place_code", TEXT), required("lon", LONGITUDE), required("lat", LATITUDE),
                        optional("address", TEXT), optional("phone", TEXT), optional("hours", TEXT),
                        optional("capacity", INT), optional("description", TEXT), oneOf("provenance", true, PROVENANCE)),
                List.of(new Reference("place_code", "Place", "code")),
                """
                UNWIND $rows AS row
                MERGE (p:Provider {id: row.id})
                SET p.name = row.name, p.aliases = coalesce(row.alias, []), p.kind = row.kind, p.level = row.level,
                    p.placeCode = row.place_code, p.location = point({longitude: row.lon, latitude: row.lat}),
                    p.address = row.address, p.phone = row.phone, p.hours = row.hours, p.capacity = row.capacity,
                    p.description = row.description, p.provenance = row.provenance
                WITH p, row
                OPTIONAL MATCH (p)-[old:LOCATED_IN]->(previous) WHERE previous.code <> row.place_code
                DELETE old
                WITH p, row
                MATCH (place:Place {code: row.place_code})
                MERGE (p)-[:LOCATED_IN]->(place)""");
    }

    private static SeedFile serviceItems() {
        return new SeedFile("service_items.csv", "id",
                List.of(required("id", TEXT), required("provider_id", TEXT), required("name", TEXT),
                        oneOf("category", true, CATEGORIES), optional("description", TEXT), optional("hours", TEXT),
                        optional("eligibility", TEXT), optional("fee", TEXT), optional("documents", LIST),
                        optional("languages", LIST), oneOf("provenance", true, PROVENANCE)),
                List.of(new Reference("provider_id", "Provider", "id")),
                """
                UNWIND $rows AS row
                MERGE (s:ServiceItem {id: row.id})
                SET s.name = row.name, s.category = row.category, s.description = row.description, s.hours = row.hours,
                    s.eligibility = row.eligibility, s.fee = row.fee, s.documents = coalesce(row.documents, []),
                    s.languages = coalesce(row.languages, []), s.providerId = row.provider_id, s.provenance = row.provenance
                WITH s, row
                OPTIONAL MATCH (previous:Provider)-[old:OFFERS]->(s) WHERE previous.id <> row.provider_id
                DELETE old
                WITH s, row
                MATCH (p:Provider {id: row.provider_id})
                MERGE (p)-[:OFFERS]->(s)""");
    }

    private static SeedFile needs() {
        return new SeedFile("needs.csv", "id",
                List.of(required("id", TEXT), required("title", TEXT), oneOf("category", true, CATEGORIES),
                        required("grid_code", TEXT), oneOf("status", true, "OPEN", "DISPATCHED", "CLAIMED", "COMPLETED", "CLOSED"),
                        required("raised_at", DATETIME), optional("dispatched_at", DATETIME), optional("claimed_by", TEXT),
                        optional("claimed_at", DATETIME), optional("completed_at", DATETIME),
                        optional("followed_up_at", DATETIME), oneOf("provenance", true, PROVENANCE)),
                List.of(new Reference("grid_code", "Place:Grid", "code"), new Reference("claimed_by", "Provider", "id")),
                """
                UNWIND $rows AS row
                MERGE (n:Need {id: row.id})
                SET n.title = row.title, n.category = row.category, n.status = row.status, n.gridCode = row.grid_code,
                    n.raisedAt = row.raised_at, n.dispatchedAt = row.dispatched_at, n.claimedAt = row.claimed_at,
                    n.completedAt = row.completed_at, n.followedUpAt = row.followed_up_at, n.provenance = row.provenance
                WITH n, row
                MATCH (g:Place:Grid {code: row.grid_code})
                MERGE (n)-[:RAISED_IN]->(g)
                WITH n, row
                CALL (n, row) {
                    MATCH (claimer:Provider {id: row.claimed_by})
                    MERGE (n)-[:CLAIMED_BY]->(claimer)
                }""");
    }
}
