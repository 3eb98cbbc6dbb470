package cn.linli.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import cn.linli.partner.Scope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Every text a partner writes is screened before it becomes public; the error names the field and writes nothing. */
class PersonalDetailsWritesTest extends PartnerTest {

    private static final String ITEM = """
            mutation($input: UpsertServiceItemInput!) { upsertServiceItem(input: $input) { serviceItem { id } } }""";

    @Test
    void aNeedTitledWithAPhoneNumberIsRefusedAndNotPublished() {
        String title = "独居老人求助 电话138 1234 5678";
        GraphQlTester.Response response = as(key("community-" + COMMUNITY, Set.of(Scope.NEEDS), COMMUNITY))
                .documentName("raiseNeed")
                .variable("input", Map.of("title", title, "category", "VOLUNTEERING", "gridCode", GRID))
                .execute();
        assertRefused(
                response,
                "input.title",
                "input.title contains what looks like a personal phone number (138****5678); "
                        + "Linli publishes no personal contact details — use the grid's duty phone or an institutional line");
        assertThat(count("MATCH (n:Need) WHERE n.title CONTAINS '5678' RETURN count(n)", Map.of()))
                .isZero();
    }

    @Test
    void aProviderWithAMobileAsItsPhoneIsRefused() {
        GraphQlTester.Response response = upsertProvider(Map.of("phone", "13812345678"));
        assertRefused(
                response, "input.phone", "input.phone contains what looks like a personal phone number (138****5678)");
        assertThat(count("MATCH (p:Provider {id: 'test-privacy'}) RETURN count(p)", Map.of()))
                .isZero();
    }

    @Test
    void everyTextFieldOfAProviderIsScreenedAndTheErrorNamesIt() {
        String id = "51140219900101001" + "3"; // its ISO 7064 MOD 11-2 check character is 3
        assertRefused(
                upsertProvider(Map.of("address", "东坡区苏祠路88号3栋2单元501")),
                "input.address",
                "input.address contains what looks like a household's door number (3栋2单元501)");
        assertRefused(
                upsertProvider(Map.of("description", "负责人身份证" + id)),
                "input.description",
                "input.description contains what looks like a resident ID number (5114**********0013)");
        assertRefused(upsertProvider(Map.of("name", "王阿姨幺三八一二三四五六七八服务点")), "input.name", "input.name contains");
        assertRefused(
                upsertProvider(Map.of("aliases", List.of("服务点", "138-1234-5678"))),
                "input.aliases",
                "input.aliases contains");
        assertRefused(
                upsertProvider(Map.of("phone", "call me maybe")),
                "input.phone",
                "input.phone must be an organisation's public line");
        assertThat(count("MATCH (p:Provider {id: 'test-privacy'}) RETURN count(p)", Map.of()))
                .isZero();
    }

    @Test
    void aProviderWithALandlineAndAStreetAddressIsAccepted() {
        upsertProvider(Map.of("phone", "028-38129959", "address", "彭山区凤鸣街道城中社区3号楼201室", "key", "test-privacy-ok"))
                .path("upsertProvider.provider.id")
                .entity(String.class)
                .isEqualTo("Provider:test-privacy-ok");
    }

    @Test
    void serviceItemsAndResourcesAreScreenedToo() {
        String providers = key("street-office-" + COMMUNITY, Set.of(Scope.PROVIDERS), COMMUNITY);
        assertRefused(
                as(providers)
                        .document(ITEM)
                        .variable(
                                "input",
                                Map.of(
                                        "key",
                                        "test-privacy-item",
                                        "providerId",
                                        "Provider:pb-" + GRID,
                                        "name",
                                        "上门助浴",
                                        "category",
                                        "ELDERLY_CARE",
                                        "eligibility",
                                        "3-2-501室的老人"))
                        .execute(),
                "input.eligibility",
                "input.eligibility contains what looks like a household's door number (3-2-501室)");
        assertRefused(
                as(providers)
                        .document(ITEM)
                        .variable(
                                "input",
                                Map.of(
                                        "key",
                                        "test-privacy-item",
                                        "providerId",
                                        "Provider:pb-" + GRID,
                                        "name",
                                        "上门助浴",
                                        "category",
                                        "ELDERLY_CARE",
                                        "documents",
                                        List.of("身份证", "联系 +86 139 0000 1111")))
                        .execute(),
                "input.documents",
                "input.documents contains what looks like a personal phone number (139****1111)");
        String department = testDepartment("test-privacy-dept");
        assertRefused(
                as(key(department, Set.of(Scope.RESOURCES), "511402"))
                        .documentName("deployments")
                        .operationName("Upsert")
                        .variable(
                                "input",
                                Map.of(
                                        "key",
                                        "test-privacy-res",
                                        "name",
                                        "助老热线",
                                        "type",
                                        "RESOURCE",
                                        "category",
                                        "ELDERLY_CARE",
                                        "description",
                                        "志愿者 １３８－１２３４－５６７８"))
                        .execute(),
                "input.description",
                "input.description contains what looks like a personal phone number (138****5678)");
        assertThat(count("MATCH (x) WHERE x.id IN ['test-privacy-item', 'test-privacy-res'] RETURN count(x)", Map.of()))
                .isZero();
    }

    @Test
    void referencesAndClientMutationIdsAreNotScreened() {
        // a client's request id (never published) holding eleven digits that read like a mobile number
        assertThat(PersonalDetails.find("req-1395-2834-561")).isPresent();
        as(key("community-" + COMMUNITY, Set.of(Scope.NEEDS), COMMUNITY))
                .documentName("raiseNeed")
                .variable(
                        "input",
                        Map.of(
                                "clientMutationId",
                                "req-1395-2834-561",
                                "title",
                                "帮独居老人更换门锁",
                                "category",
                                "VOLUNTEERING",
                                "gridCode",
                                GRID))
                .execute()
                .path("raiseNeed.clientMutationId")
                .entity(String.class)
                .isEqualTo("req-1395-2834-561");
    }

    private GraphQlTester.Response upsertProvider(Map<String, Object> changes) {
        Map<String, Object> input = new HashMap<>(organisationInGrid("test-privacy", "城中社区助老服务社"));
        input.putAll(changes);
        return as(key("street-office-" + COMMUNITY, Set.of(Scope.PROVIDERS), COMMUNITY))
                .documentName("upsertProvider")
                .variable("input", input)
                .execute();
    }
}
