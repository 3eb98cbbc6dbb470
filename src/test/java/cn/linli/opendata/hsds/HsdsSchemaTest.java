package cn.linli.opendata.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The schemas the HSDS tests check against do refuse what HSDS 3.0 refuses (so a passing HsdsTest means something). */
class HsdsSchemaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aServiceWithItsRequiredFieldsIsValid() {
        assertThat(
                        HsdsSchema.of("service")
                                .problems(
                                        JSON.readTree(
                                                "{\"id\": \"ac148810-d857-441c-9679-408f346de14b\", \"name\": \"心理疏导\", \"status\": \"active\", \"linli_id\": \"x\"}")))
                .isEmpty();
    }

    @Test
    void aMissingRequiredFieldAnIdThatIsNoUuidAStatusOutsideTheListOrANullAreRefused() {
        HsdsSchema service = HsdsSchema.of("service");
        assertThat(service.problems(
                        JSON.readTree("{\"id\": \"ac148810-d857-441c-9679-408f346de14b\", \"name\": \"x\"}")))
                .anyMatch(p -> p.contains("status"));
        assertThat(service.problems(JSON.readTree("{\"id\": \"si-00001\", \"name\": \"x\", \"status\": \"active\"}")))
                .anyMatch(p -> p.contains("uuid"));
        assertThat(service.problems(JSON.readTree(
                        "{\"id\": \"ac148810-d857-441c-9679-408f346de14b\", \"name\": \"x\", \"status\": \"open\"}")))
                .isNotEmpty();
        assertThat(
                        service.problems(
                                JSON.readTree(
                                        "{\"id\": \"ac148810-d857-441c-9679-408f346de14b\", \"name\": \"x\", \"status\": \"active\", \"description\": null}")))
                .isNotEmpty();
    }

    @Test
    void nestedRecordsAreCheckedAsTheirOwnTables() {
        assertThat(HsdsSchema.of("service")
                        .problems(JSON.readTree("{\"id\": \"ac148810-d857-441c-9679-408f346de14b\", "
                                + "\"name\": \"x\", \"status\": \"active\", \"schedules\": [{\"byday\": \"MO\"}]}")))
                .anyMatch(p -> p.contains("id"));
        assertThat(HsdsSchema.of("location")
                        .problems(JSON.readTree("{\"id\": \"ac148810-d857-441c-9679-408f346de14b\", "
                                + "\"location_type\": \"physical\", \"latitude\": \"30.1\"}")))
                .anyMatch(p -> p.contains("latitude"));
    }

    @Test
    void aPageMustSayWhetherItIsEmpty() {
        assertThat(HsdsSchema.of("page").problems(JSON.readTree("{\"total_items\": 0, \"contents\": []}")))
                .isNotEmpty();
    }
}
