package cn.linli.seed;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The features' seed files, put together, are the files seed/FORMAT.md describes: in its order (places top down,
 * providers, serves, service items, resources, deployments, needs, then the events' files), with its headers and enumerations.
 */
class SeedCatalogTest extends LinliTest {

    @Autowired
    SeedCatalog catalog;

    @Test
    void theFeaturesContributeTheDocumentedFilesInImportOrderWithTheDocumentedHeaders() {
        assertThat(catalog.files())
                .extracting(f -> f.name() + ": " + f.header())
                .containsExactly(
                        "sources.csv: provenance,published,division_codes,description",
                        "cities.csv: code,name,lon,lat,boundary,provenance",
                        "districts.csv: code,name,kind,parent_code,lon,lat,boundary,provenance",
                        "towns.csv: code,name,kind,parent_code,lon,lat,boundary,provenance",
                        "communities.csv: code,name,kind,parent_code,lon,lat,boundary,provenance",
                        "grids.csv: code,name,parent_code,lon,lat,households,population,party_members,elderly,children,duty_phone,boundary,provenance",
                        "providers.csv: id,name,alias,kind,level,place_code,lon,lat,address,phone,hours,capacity,description,provenance",
                        "serves.csv: provider_id,place_code,provenance",
                        "service_items.csv: id,provider_id,name,category,description,hours,eligibility,fee,documents,languages,provenance",
                        "resources.csv: id,name,type,category,owner_id,description,status,provenance",
                        "deployments.csv: resource_id,grid_code,since,until,provenance",
                        "needs.csv: id,title,category,grid_code,status,raised_at,dispatched_at,claimed_by,claimed_at,completed_at,followed_up_at,provenance",
                        "event_categories.csv: code,name,description,time_limit_hours,provenance",
                        "routing_rules.csv: category,department_id,place_code,provenance",
                        "reports_for.csv: department_id,place_code,provenance",
                        "events.csv: id,description,category,grid_code,address,status,level,department_id,reported_at,expected_at,routed_at,accepted_at,resolved_at,closed_at,satisfied,provenance",
                        "event_steps.csv: id,event_id,position,action,status,level,role,place_code,department_id,at,note,satisfied,provenance");
    }

    @Test
    void enumeratedColumnsAllowTheDocumentedValues() {
        Map<String, Set<String>> documented = Map.ofEntries(
                Map.entry("districts.csv kind", Set.of("DISTRICT", "COUNTY")),
                Map.entry("towns.csv kind", Set.of("STREET", "TOWN", "TOWNSHIP")),
                Map.entry("communities.csv kind", Set.of("COMMUNITY", "VILLAGE")),
                Map.entry(
                        "providers.csv level",
                        Set.of("BLOCK", "COMMUNITY", "RESIDENTIAL", "CENTER", "INSTITUTE", "STATION", "ROOM")),
                Map.entry("resources.csv type", Set.of("PROJECT", "RESOURCE")),
                Map.entry("resources.csv status", Set.of("ACTIVE", "ENDED")),
                Map.entry("needs.csv status", Set.of("OPEN", "DISPATCHED", "CLAIMED", "COMPLETED", "CLOSED")),
                Map.entry(
                        "events.csv status",
                        Set.of("REPORTED", "ESCALATED", "ROUTED", "IN_PROGRESS", "RESOLVED", "CLOSED")),
                Map.entry("events.csv level", Set.of("GRID", "COMMUNITY", "DISTRICT")),
                Map.entry(
                        "event_steps.csv action",
                        Set.of("REPORT", "ESCALATE", "ROUTE", "ACCEPT", "PROGRESS", "RESOLVE", "REASSIGN", "CALLBACK")),
                Map.entry(
                        "event_steps.csv role",
                        Set.of("GRID_WORKER", "COMMUNITY_STAFF", "GOVERNANCE_CENTRE", "DEPARTMENT")));
        documented.forEach((fileAndColumn, values) -> {
            String[] parts = fileAndColumn.split(" ");
            assertThat(column(parts[0], parts[1]).allowed()).as(fileAndColumn).isEqualTo(values);
        });
        for (SeedFile file : catalog.files()) {
            assertThat(column(file.name(), "provenance").allowed())
                    .as(file.name())
                    .isEqualTo(Set.of("official", "article", "synthetic"));
        }
        List.of("service_items.csv", "resources.csv", "needs.csv")
                .forEach(file -> assertThat(column(file, "category").allowed())
                        .as(file)
                        .hasSize(18)
                        .contains("ELDERLY_CARE", "ENVIRONMENT"));
        assertThat(column("providers.csv", "kind").allowed())
                .hasSize(15)
                .contains("NEIGHBORHOOD_CENTER", "PARTY_BRANCH");
    }

    private Column column(String file, String name) {
        return catalog.files().stream().filter(f -> f.name().equals(file)).findFirst().orElseThrow().columns().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
