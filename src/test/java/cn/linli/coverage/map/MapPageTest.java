package cn.linli.coverage.map;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linli.LinliTest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The map page opened in headless Chromium (Debian's /usr/bin/chromium, which .ci/run installs): the page
 * fetches the GeoJSON from the service and draws it; nothing comes from outside.
 */
class MapPageTest extends LinliTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String PAGE = "/map?place=511402&kind=ELDERLY_CARE&radius=500";
    private static final int COVERED_GREEN = 0x4caf50;
    private static final int FAR_RED = 0xe53935;

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM),
                "Skipped: /usr/bin/chromium is not installed (apt-get install -y chromium; .ci/run does this)");
    }

    @Test
    void thePageDrawsEveryDongpoGridAndTheElderlyCarePoints() throws Exception {
        String dom = chromium("--dump-dom");
        assertThat(dom).contains("data-state=\"ready\"").contains("data-grids=\"569\"");
        assertThat(count(dom, "class=\"grid ")).isEqualTo(569);
        int covered = graphQl()
                .document(
                        "{ coverage(place: \"511402\", kind: ELDERLY_CARE, radius: 500) { totals { grids { covered } } } }")
                .execute()
                .path("coverage.totals.grids.covered")
                .entity(Integer.class)
                .get();
        assertThat(count(dom, "class=\"grid covered\""))
                .isEqualTo(covered)
                .isPositive()
                .isLessThan(569);
        assertThat(count(dom, "class=\"provider\"")).isGreaterThanOrEqualTo(1);
        assertThat(dom).contains("of 569 grids");
    }

    @Test
    void aScreenshotShowsGridsColoredByCoverage() throws Exception {
        Path png = temp.resolve("map.png");
        chromium("--screenshot=" + png);
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(20_000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        Set<Integer> colors = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colors.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        assertThat(colors.size()).as("distinct colors").isGreaterThan(20);
        assertThat(colors).as("covered grids are green, far ones red").contains(COVERED_GREEN, FAR_RED);
    }

    /** Runs headless Chromium on the page with a fresh profile; returns its standard output. */
    private String chromium(String action) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(temp, "profile"),
                "--window-size=1200,900",
                "--virtual-time-budget=5000",
                action,
                "http://127.0.0.1:" + port + PAGE));
        Path out = temp.resolve("chromium.out");
        Path err = temp.resolve("chromium.err");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s: " + Files.readString(err));
        }
        assertThat(process.exitValue()).as(Files.readString(err)).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static int count(String text, String fragment) {
        Matcher m = Pattern.compile(Pattern.quote(fragment)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
