package org.roikit.attribution.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roikit.attribution.cli.DemoDashboard;
import org.roikit.attribution.report.Chromium.Rendering;

/**
 * The demo dashboard in headless Chromium, at a laptop's 1280 px and a phone's 390 px: something
 * is drawn, nothing goes wrong, and nothing is fetched. Skipped, with the reason, when there is no
 * browser. With the system property {@value #SCREENSHOT} set, the 1280 px screenshot is written
 * to that path (the README's picture).
 */
class DashboardBrowserTest {

    /** The system property naming where to write the 1280 px screenshot. */
    static final String SCREENSHOT = "roikit.screenshot";

    private static Chromium chromium;
    private static Path page;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws IOException {
        page = Files.writeString(dir.resolve("roi-demo.html"), DemoDashboard.html(), UTF_8);
        chromium = Chromium.start(Chromium.find().orSkip());
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static void assertClean(Rendering r, int width) {
        BufferedImage image = PngImages.decode(r.png());
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(PngImages.isBlank(image)).as("blank screenshot").isFalse();
        // text, tiles, five chart palettes and their patterns: far more than a few colours
        assertThat(PngImages.distinctColours(image)).as("distinct colours").isGreaterThan(50);
        assertThat(r.console()).filteredOn(m -> m.level().equals("error")).isEmpty();
        assertThat(r.exceptions()).isEmpty();
        assertThat(r.log()).filteredOn(m -> m.level().equals("error")).isEmpty();
        assertThat(r.problems()).isEmpty();
        assertThat(r.requests()).containsExactly(r.url());
        assertThat(r.contentWidth()).as("no sideways scrolling of the page").isLessThanOrEqualTo(width);
    }

    @Test
    void laptop_1280() throws IOException {
        Rendering r = chromium.render(page, 1280, 800);

        assertClean(r, 1280);
        String target = System.getProperty(SCREENSHOT);
        if (target != null && !target.isBlank()) {
            Path png = Path.of(target).toAbsolutePath();
            Files.createDirectories(png.getParent());
            Files.write(png, r.png());
        }
    }

    @Test
    void phone_390() {
        assertClean(chromium.render(page, 390, 844), 390);
    }
}
