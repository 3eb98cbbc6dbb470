package cn.linli.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linli.LinliTest;
import cn.linli.graph.Cypher;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every bad row of a seed file is named as {@code file:line: reason}, and nothing of that file is written. The files
 * here are towns under the seed's district 511402 with codes 5114029xx, which the seed does not use.
 */
class SeedImporterTest extends LinliTest {

    private static final String TOWNS_HEADER = "code,name,kind,parent_code,lon,lat,boundary,provenance\n";

    @Autowired
    SeedImporter importer;

    @Autowired
    Cypher cypher;

    @Autowired
    SeedCatalog catalog;

    @Test
    void aBadRowFailsItsFileWithFileAndLineAndWritesNothingOfIt() {
        assertThatThrownBy(() -> importTowns(TOWNS_HEADER
                        + "511402901,测试一镇,TOWN,511402,103.8,30.0,,synthetic\n"
                        + "511402902,测试二镇,TOWN,511402,103.8,30.0,,synthetic\n"
                        + "511402903,测试三镇,TOWN,511402,east,30.0,,synthetic\n"))
                .isInstanceOf(SeedException.class)
                .hasMessage("towns.csv:4: lon 'east' is not a number");
        assertThat(placesWithCodeStarting("51140290")).isZero();
    }

    @Test
    void everyBadRowOfAFileIsNamedOneLineEachInFileOrder() {
        SeedException e = catchSeed(TOWNS_HEADER
                + "511402901,测试一镇,TOWN,511402,103.8,30.0,,synthetic\n"
                + "511402902,测试二镇,HAMLET,511402,103.8,30.0,,synthetic\n"
                + "511402903,测试三镇,TOWN,511402,103.8,30.0,,\n"
                + "511402904,测试四镇,TOWN,511402,103.8,30.0,,synthetic\n"
                + "511402905,测试五镇,TOWN,511402,103.8\n");
        assertThat(e.errors())
                .containsExactly(
                        "towns.csv:3: kind 'HAMLET' is not one of [STREET, TOWN, TOWNSHIP]",
                        "towns.csv:4: provenance is required but empty",
                        "towns.csv:6: expected 8 values, found 5");
        assertThat(placesWithCodeStarting("51140290")).isZero();
    }

    @Test
    void aRowPointingAtAMissingParentFailsTheWholeFile() {
        assertThatThrownBy(() -> importTowns(TOWNS_HEADER
                        + "511402904,测试四镇,TOWN,511402,103.8,30.0,,synthetic\n"
                        + "511499905,测试五镇,TOWN,511499,103.8,30.0,,synthetic\n"))
                .hasMessage("towns.csv:3: parent_code '511499' names no Place in the graph");
        assertThat(placesWithCodeStarting("5114029")).isZero();
        assertThat(placesWithCodeStarting("5114999")).isZero();
    }

    @Test
    void anUnknownKindAndADuplicateKeyAreNamed() {
        assertThatThrownBy(() -> importTowns(TOWNS_HEADER + "511402906,测试六镇,HAMLET,511402,103.8,30.0,,synthetic\n"))
                .hasMessageStartingWith("towns.csv:2: kind 'HAMLET' is not one of");
        assertThatThrownBy(() -> importTowns(TOWNS_HEADER
                        + "511402907,测试七镇,TOWN,511402,103.8,30.0,,synthetic\n"
                        + "511402907,测试七镇,TOWN,511402,103.8,30.0,,synthetic\n"))
                .hasMessage("towns.csv:3: duplicate code '511402907'");
    }

    @Test
    void aCoordinateOutsideWgs84RangesIsNamedInsteadOfFailingInTheDatabase() {
        SeedException e = catchSeed(TOWNS_HEADER
                + "511402901,测试一镇,TOWN,511402,103.8,95,,synthetic\n"
                + "511402902,测试二镇,TOWN,511402,-180.5,30.0,,synthetic\n"
                + "511402903,测试三镇,TOWN,511402,180,-90,,synthetic\n"
                + "511402904,测试四镇,TOWN,511402,NaN,30.0,,synthetic\n");
        assertThat(e.errors())
                .containsExactly(
                        "towns.csv:2: lat '95' is out of range: WGS-84 latitude lies between -90 and 90",
                        "towns.csv:3: lon '-180.5' is out of range: WGS-84 longitude lies between -180 and 180",
                        "towns.csv:5: lon 'NaN' is out of range: WGS-84 longitude lies between -180 and 180");
        assertThat(placesWithCodeStarting("51140290")).isZero();
    }

    @Test
    void bytesThatAreNotUtf8AreNamedWithTheirLine() {
        // What a spreadsheet saving as GBK makes of the third line: 测 is B2 E2 there, and B2 cannot start a UTF-8
        // character.
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(
                (TOWNS_HEADER + "511402901,测试一镇,TOWN,511402,103.8,30.0,,synthetic\n").getBytes(StandardCharsets.UTF_8));
        file.writeBytes("511402902,测试二镇,TOWN,511402,103.8,30.0,,synthetic\n".getBytes(Charset.forName("GBK")));

        assertThatThrownBy(() -> importer.write(towns(), file.toByteArray(), "test", 1, 1))
                .hasMessage("towns.csv:3: not valid UTF-8 (byte 0xB2, byte 11 of the line); save the file as UTF-8");
        assertThat(placesWithCodeStarting("51140290")).isZero();
    }

    @Test
    void aCodeThatDoesNotNestUnderItsParentIsNamedInItsOwnFile() {
        SeedException e = catchSeed(TOWNS_HEADER
                + "511403901,测试一镇,TOWN,511402,103.8,30.0,,synthetic\n"
                + "51140290,测试二镇,TOWN,511402,103.8,30.0,,synthetic\n"
                + "511402903,测试三镇,TOWN,511402,103.8,30.0,,synthetic\n");
        assertThat(e.errors())
                .containsExactly(
                        "towns.csv:2: code '511403901' does not nest under parent_code '511402': a town's code starts with its"
                                + " district's 6 digits (511403)",
                        "towns.csv:3: code '51140290' is not a town code (9 digits)");
        assertThat(placesWithCodeStarting("5114039")).isZero();
        assertThat(placesWithCodeStarting("51140290")).isZero();
    }

    @Test
    void aByteOrderMarkIsAcceptedAndLinesStillCountFromTheHeader() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String body = TOWNS_HEADER
                + "511402901,测试一镇,TOWN,511402,103.8,30.0,\"POLYGON((103.8 30.0,\n103.9 30.0, 103.9 30.1, 103.8 30.0))\",synthetic\n"
                + "511402902,测试二镇,TOWN,511402,103.8,30.0,,synthetic\n";
        byte[] file = concat(bom, body.getBytes(StandardCharsets.UTF_8));

        List<Map<String, Object>> rows = SeedReader.rows(towns(), file);
        assertThat(rows).extracting(r -> r.get("code")).containsExactly("511402901", "511402902");
        // the first row spans lines 2 and 3 (a quoted boundary with a line break), so the second starts on line 4
        assertThat(rows).extracting(r -> r.get(SeedReader.LINE)).containsExactly(2L, 4L);

        byte[] bad = concat(
                bom, (body + "511402903,测试三镇,TOWN,511402,103.8,north,,synthetic\n").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SeedReader.rows(towns(), bad)).hasMessage("towns.csv:5: lat 'north' is not a number");
    }

    @Test
    void anEmptyFileSaysItIsEmptyAndWhichHeaderWasExpected() {
        assertThatThrownBy(() -> importTowns(""))
                .hasMessage(
                        "towns.csv:1: the file is empty (expected a header line: code,name,kind,parent_code,lon,lat,boundary,provenance)");
        assertThatThrownBy(() -> importTowns("\uFEFF\n")).hasMessageStartingWith("towns.csv:1: the file is empty");
    }

    @Test
    void aMissingColumnAndAnUnclosedQuoteAreNamed() {
        assertThatThrownBy(() -> importTowns("code,name,kind,parent_code,lon,boundary,provenance\n"))
                .hasMessage(
                        "towns.csv:1: missing column 'lat' (expected a header line: code,name,kind,parent_code,lon,lat,boundary,provenance)");
        assertThatThrownBy(() -> importTowns(TOWNS_HEADER
                        + "511402901,测试一镇,TOWN,511402,103.8,30.0,,synthetic\n"
                        + "511402902,\"测试二镇,TOWN,511402,103.8,30.0,,synthetic\n"))
                .hasMessageStartingWith("towns.csv:3: not valid CSV");
    }

    private void importTowns(String content) {
        importer.write(towns(), content.getBytes(StandardCharsets.UTF_8), "test", 1, 1);
    }

    private SeedException catchSeed(String content) {
        try {
            importTowns(content);
        } catch (SeedException e) {
            return e;
        }
        throw new AssertionError("the file was accepted");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private long placesWithCodeStarting(String prefix) {
        return cypher.read(
                        "MATCH (p:Place) WHERE p.code STARTS WITH $prefix RETURN count(p) AS n",
                        Map.of("prefix", prefix))
                .get(0)
                .get("n")
                .asLong();
    }

    private SeedFile towns() {
        return catalog.files().stream()
                .filter(f -> f.name().equals("towns.csv"))
                .findFirst()
                .orElseThrow();
    }
}
