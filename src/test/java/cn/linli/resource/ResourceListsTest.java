package cn.linli.resource;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import cn.linli.partner.Scope;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The resources and projects lists (资源清单, 项目清单) and where each is deployed, from the seed and after writes. */
class ResourceListsTest extends PartnerTest {

    @Test
    void listsFilterByOwnerPlaceStatusAndDeploymentDaysAndSortByNameOrNewest() {
        var response = graphQl().documentName("resourceLists").execute();
        response.path("dept01Projects.totalCount")
                .entity(Integer.class)
                .isEqualTo(3)
                .path("dept01Projects.edges[*].node.type")
                .entityList(String.class)
                .satisfies(list -> assertThat(list).containsOnly("PROJECT"))
                .path("dept01Projects.edges[*].node.owner.id")
                .entityList(String.class)
                .satisfies(list -> assertThat(list).containsOnly("Provider:dept-01"))
                .path("dept01Resources.totalCount")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("dept01Resources.edges[0].node.name")
                .entity(String.class)
                .isEqualTo("社区体育健身器材")
                .path("dongpoProjectsByName.totalCount")
                .entity(Integer.class)
                .isEqualTo(33)
                .path("dongpoProjectsByName.edges[*].node.name")
                .entityList(String.class)
                .containsExactly("人民调解员培训", "光荣之家关爱行动", "医保政策宣讲")
                .path("newestProjects.edges[*].node.name")
                .entityList(String.class)
                .containsExactly("家庭医生签约服务", "巾帼家庭教育", "反诈宣传进网格")
                .path("tonghui.totalCount")
                .entity(Integer.class)
                .isEqualTo(19)
                .path("tonghuiFirstQuarter.totalCount")
                .entity(Integer.class)
                .isEqualTo(5)
                .path("endedProjects.edges[*].node.name")
                .entityList(String.class)
                .containsExactly("暑期托管服务");
    }

    @Test
    void eachProjectShowsTheGridsItIsDeployedTo() {
        var response = graphQl().documentName("tongbanDeployments").execute();
        List<String> names = response.path("projects.edges[*].node.name")
                .entityList(String.class)
                .get();
        int tongban = names.indexOf("童伴计划");
        assertThat(tongban).isNotNegative();
        String project = "projects.edges[" + tongban + "].node";
        response.path(project + ".provenance")
                .entity(String.class)
                .isEqualTo("ARTICLE")
                .path(project + ".deployments.totalCount")
                .entity(Integer.class)
                .isEqualTo(13)
                .path(project + ".deployments.edges[0].node.grid.code")
                .entity(String.class)
                .isEqualTo("511402001010-06")
                .path(project + ".deployments.edges[0].node.since")
                .entity(String.class)
                .isEqualTo("2024-06-08")
                .path(project + ".deployments.edges[0].node.until")
                .valueIsNull();
    }

    @Test
    void aDepartmentPublishesItsResourceDeploysItToGridsAndWithdrawsIt() {
        String department = testDepartment("test-dept-deploy");
        String key = key(department, Set.of(Scope.RESOURCES), COMMUNITY);
        String second = COMMUNITY + "-02";

        as(key).documentName("deployments")
                .operationName("Upsert")
                .variable(
                        "input",
                        Map.of("key", "test-res-deploy", "name", "社区应急物资箱", "type", "RESOURCE", "category", "SAFETY"))
                .execute()
                .path("result.resource.id")
                .entity(String.class)
                .isEqualTo("Resource:test-res-deploy")
                .path("result.resource.owner.id")
                .entity(String.class)
                .isEqualTo("Provider:" + department)
                .path("result.resource.status")
                .entity(String.class)
                .isEqualTo("ACTIVE")
                .path("result.resource.deployments.totalCount")
                .entity(Integer.class)
                .isEqualTo(0);

        as(key).documentName("deployments")
                .operationName("Deploy")
                .variable(
                        "input",
                        Map.of(
                                "resourceId",
                                "Resource:test-res-deploy",
                                "gridCodes",
                                List.of(GRID, second),
                                "since",
                                "2026-01-05"))
                .execute()
                .path("result.resource.deployments.totalCount")
                .entity(Integer.class)
                .isEqualTo(2)
                .path("result.resource.deployments.edges[*].node.since")
                .entityList(String.class)
                .satisfies(list -> assertThat(list).containsOnly("2026-01-05"))
                .path("result.resource.deployments.edges[*].node.until")
                .entityList(Object.class)
                .hasSize(2);

        as(key).documentName("deployments")
                .operationName("Withdraw")
                .variable(
                        "input",
                        Map.of(
                                "resourceId",
                                "Resource:test-res-deploy",
                                "gridCodes",
                                List.of(GRID),
                                "until",
                                "2026-02-01"))
                .execute()
                .path("result.resource.deployments.edges[?(@.node.grid.code == '" + GRID + "')].node.until")
                .entityList(String.class)
                .containsExactly("2026-02-01");

        graphQl()
                .document(
                        "query($code: String!) { place(code: $code) { ... on Grid { deployments { edges { node { resource { name } since until } } } } } }")
                .variable("code", second)
                .execute()
                .path("place.deployments.edges[*].node.resource.name")
                .entityList(String.class)
                .contains("社区应急物资箱");
        graphQl()
                .document("{ resources(owner: \"" + department + "\", within: \"" + COMMUNITY + "\") { totalCount } }")
                .execute()
                .path("resources.totalCount")
                .entity(Integer.class)
                .isEqualTo(1);
    }

    @Test
    void withdrawingFromAGridWithoutAnOngoingDeploymentNamesTheGrids() {
        String department = testDepartment("test-dept-withdraw");
        String key = key(department, Set.of(Scope.RESOURCES), COMMUNITY);
        publishResource(key, "test-res-withdraw", "法律咨询角", "PROJECT", "LEGAL");
        as(key).documentName("deployments")
                .operationName("Withdraw")
                .variable("input", Map.of("resourceId", "Resource:test-res-withdraw", "gridCodes", List.of(GRID)))
                .execute()
                .errors()
                .satisfy(errors -> {
                    assertThat(errors.get(0).getExtensions())
                            .containsEntry("code", "BAD_USER_INPUT")
                            .containsEntry("field", "input.gridCodes");
                    assertThat(errors.get(0).getMessage()).contains(GRID);
                });
    }

    @Test
    void aPublishedResourceIsFoundBySearchAtOnceAndByItsNewNameAfterARename() {
        String department = testDepartment("test-dept-search");
        String key = key(department, Set.of(Scope.RESOURCES), COMMUNITY);
        String id = publishResource(key, "test-res-search", "长者助浴车", "RESOURCE", "ELDERLY_CARE");
        // 长者 read in context (zhang zhe), and as its characters (chang zhe)
        for (String text : List.of("长者助浴车", "zhangzhezhuyuche", "changzhezhuyu", "zzzyc")) {
            assertThat(searchIds(text)).as(text).first().isEqualTo(id);
        }
        publishResource(key, "test-res-search", "银龄助浴车", "RESOURCE", "ELDERLY_CARE");
        assertThat(searchIds("yinlingzhuyuche")).first().isEqualTo(id);
        assertThat(searchIds("zhangzhezhuyuche")).doesNotContain(id);
    }

    private List<String> searchIds(String text) {
        return graphQl()
                .documentName("search")
                .variable("text", text)
                .variable("first", 5)
                .execute()
                .path("search.edges[*].node.record.id")
                .entityList(String.class)
                .get();
    }
}
