package cn.linli.write;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.PartnerTest;
import cn.linli.partner.Scope;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * What every mutation's input may hold, whatever the mutation: no control characters in any string (texts,
 * references, the client's id), a client mutation id of at most 100 characters, and in a text about a resident's
 * matter no one's name. A refused input names the field and writes nothing.
 */
class InputTextTest extends PartnerTest {

    private String needsKey() {
        return key("community-" + COMMUNITY, Set.of(Scope.NEEDS), COMMUNITY);
    }

    private GraphQlTester.Response raiseNeed(Map<String, Object> input) {
        return as(needsKey()).documentName("raiseNeed").variable("input", input).execute();
    }

    @Test
    void aControlCharacterAnywhereInTheInputIsRefusedWithItsFieldAndPosition() {
        assertRefused(
                raiseNeed(Map.of("title", "垃圾\u0000堆放", "category", "VOLUNTEERING", "gridCode", GRID)),
                "input.title",
                "input.title contains the control character U+0000 at position 3");
        assertRefused(
                raiseNeed(Map.of("title", "帮独居老人更换门锁", "category", "VOLUNTEERING", "gridCode", GRID + "\u001b")),
                "input.gridCode",
                "input.gridCode contains the control character U+001B");
        assertRefused(
                raiseNeed(Map.of(
                        "clientMutationId",
                        "req\u00071",
                        "title",
                        "帮独居老人更换门锁",
                        "category",
                        "VOLUNTEERING",
                        "gridCode",
                        GRID)),
                "input.clientMutationId",
                "input.clientMutationId contains the control character U+0007");
        assertThat(count("MATCH (n:Need) WHERE n.title CONTAINS $nul RETURN count(n)", Map.of("nul", "\u0000")))
                .isZero();
    }

    @Test
    void lineBreaksAndTabsAreText() {
        raiseNeed(Map.of("title", "帮独居老人\n更换门锁\t", "category", "VOLUNTEERING", "gridCode", GRID))
                .path("raiseNeed.need.title")
                .entity(String.class)
                .satisfies(title -> assertThat(title).contains("\n"));
    }

    @Test
    void aClientMutationIdIsAtMostAHundredCharacters() {
        String id = "r".repeat(101);
        assertRefused(
                raiseNeed(Map.of(
                        "clientMutationId", id, "title", "帮独居老人更换门锁", "category", "VOLUNTEERING", "gridCode", GRID)),
                "input.clientMutationId",
                "input.clientMutationId must be at most 100 characters (got 101)");
        raiseNeed(Map.of(
                        "clientMutationId",
                        id.substring(1),
                        "title",
                        "帮独居老人更换门锁",
                        "category",
                        "VOLUNTEERING",
                        "gridCode",
                        GRID))
                .path("raiseNeed.clientMutationId")
                .entity(String.class)
                .isEqualTo(id.substring(1));
    }

    @Test
    void aNeedThatNamesAResidentIsRefusedAndNotPublished() {
        assertRefused(
                raiseNeed(Map.of("title", "张建华反映楼道灯坏了", "category", "VOLUNTEERING", "gridCode", GRID)),
                "input.title",
                "input.title contains what looks like a person's name (张建华); Linli publishes no one's name");
        assertThat(count("MATCH (n:Need) WHERE n.title CONTAINS '张建华' RETURN count(n)", Map.of()))
                .isZero();
        raiseNeed(Map.of("title", "王阿姨需要陪同就医", "category", "VOLUNTEERING", "gridCode", GRID))
                .errors()
                .verify();
    }
}
