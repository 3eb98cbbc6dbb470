package cn.linli.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each level's code has its own shape and nests under its parent's by its own rule (the seed checks every row). */
class PlaceCodesTest {

    @Test
    void gridAndDistrictCodesNestByTheirOwnRules() {
        assertThat(PlaceLevel.GRID.codeProblem("511402001001-03", "511402001001"))
                .isNull();
        assertThat(PlaceLevel.GRID.codeProblem("511402001001-03", "511402001002"))
                .isEqualTo("code '511402001001-03' does not nest under parent_code '511402001002': a grid's code is its"
                        + " community's code followed by '-' and a number (511402001001)");
        assertThat(PlaceLevel.DISTRICT.codeProblem("511402", "511400")).isNull();
        assertThat(PlaceLevel.DISTRICT.codeProblem("511502", "511400")).startsWith("code '511502' does not nest");
        assertThat(PlaceLevel.DISTRICT.codeProblem("511400", "511400"))
                .isEqualTo("code '511400' is not a district code (6 digits not ending in 00)");
    }
}
