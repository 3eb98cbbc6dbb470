package cn.linli.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed's texts pass the screening partners' writes pass (privacy.PersonalDetails); the importer adds
 * {@code file:line:} to the reason (SeedImporterTest).
 */
class SeedTextScreeningTest {

    @Test
    void aPersonalPhoneNumberInASeedTextIsRefusedNamingTheColumn() {
        assertThatThrownBy(() -> Column.required("title", Column.Type.TEXT).parse("独居老人求助 电话138 1234 5678"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("title contains what looks like a personal phone number (138****5678)");
        assertThatThrownBy(() -> Column.optional("documents", Column.Type.LIST).parse("身份证|3栋2单元501"))
                .hasMessageStartingWith("documents contains what looks like a household's door number (3栋2单元501)");
    }

    @Test
    void aPhoneColumnHoldsAPublicLineOnly() {
        assertThat(Column.optional("phone", Column.Type.TEXT).parse("028-38129959"))
                .isEqualTo("028-38129959");
        assertThatThrownBy(() -> Column.optional("duty_phone", Column.Type.TEXT).parse("13812345678"))
                .hasMessageStartingWith("duty_phone contains what looks like a personal phone number");
        assertThatThrownBy(() -> Column.optional("phone", Column.Type.TEXT).parse("ask at the desk"))
                .hasMessageStartingWith("phone must be an organisation's public line");
    }

    @Test
    void boundariesAreGeometryAndNotScreened() {
        // east of 130°E a coordinate pair with few decimals reads like a mobile number: 134.5678 45.12 → 13456784512
        String wkt = "POLYGON((134.5678 45.12, 134.6 45.1, 134.7 45.2, 134.5678 45.12))";
        assertThat(cn.linli.privacy.PersonalDetails.find(wkt)).isPresent();
        assertThat(Column.optional("boundary", Column.Type.TEXT).parse(wkt)).isEqualTo(wkt);
        assertThat(Column.optional("languages", Column.Type.LIST).parse("zh|sichuan-dialect"))
                .isEqualTo(List.of("zh", "sichuan-dialect"));
    }
}
