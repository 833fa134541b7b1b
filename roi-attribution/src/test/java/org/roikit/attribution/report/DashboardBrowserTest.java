package org.roikit.attribution.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * to that path (the README's picture), and with {@value #PHONE_SCREENSHOT} the 390 px one. At
 * 1280 px every table shows all its columns; at 390 px a wide table may scroll inside its own
 * box, but the page itself never scrolls sideways.
 */
class DashboardBrowserTest {

    /** The system property naming where to write the 1280 px screenshot. */
    static final String SCREENSHOT = "roikit.screenshot";

    /** The system property naming where to write the 390 px screenshot, for looking at the phone layout. */
    static final String PHONE_SCREENSHOT = "roikit.screenshot.phone";

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
        assertThat(chromium.evaluate("document.documentElement.scrollWidth").number())
                .as("the page's own scroll width").isLessThanOrEqualTo(width);
    }

    /**
     * Returns the caption of every table whose box is narrower than the table, with both widths:
     * columns that can only be seen by scrolling inside the table's wrapper.
     */
    private static List<String> clippedTables() {
        List<String> clipped = new ArrayList<>();
        Chromium.Json tables = chromium.evaluate("Array.from(document.querySelectorAll('table.data'), t => ({"
                + "caption: t.caption.textContent, scroll: t.parentElement.scrollWidth,"
                + " client: t.parentElement.clientWidth, table: t.scrollWidth }))");
        assertThat(tables.items()).as("tables in the page").hasSizeGreaterThan(10);
        for (Chromium.Json t : tables.items()) {
            double box = t.at("client").number();
            if (t.at("scroll").number() > box || t.at("table").number() > box) {
                clipped.add(t.at("caption").text() + " (" + t.at("table").number() + " px in " + box + " px)");
            }
        }
        return clipped;
    }

    @Test
    void laptop_1280() throws IOException {
        Rendering r = chromium.render(page, 1280, 800);

        assertClean(r, 1280);
        assertThat(clippedTables()).as("tables showing only part of their columns at 1280 px").isEmpty();
        String target = System.getProperty(SCREENSHOT);
        if (target != null && !target.isBlank()) {
            Path png = Path.of(target).toAbsolutePath();
            Files.createDirectories(png.getParent());
            Files.write(png, r.png());
        }
    }

    @Test
    void phone_390() throws IOException {
        Rendering r = chromium.render(page, 390, 844);

        assertClean(r, 390);
        // charts are drawn 640 units wide with 10 to 13 unit labels: at 9/10 of that the labels stay legible
        assertThat(chromium.evaluate("Math.min(...Array.from(document.querySelectorAll('svg.chart'),"
                + " s => s.getBoundingClientRect().width / s.viewBox.baseVal.width))").number())
                .as("smallest scale of a chart at 390 px").isGreaterThanOrEqualTo(0.89);
        assertThat(chromium.evaluate("Math.min(...Array.from(document.querySelectorAll('table.data td'),"
                + " c => parseFloat(getComputedStyle(c).fontSize)))").number())
                .as("smallest table text at 390 px").isGreaterThanOrEqualTo(13);
        assertThat(chromium.evaluate("Array.from(document.querySelectorAll('table.data tbody th, table.data td'))"
                + ".filter(c => c.getClientRects().length > 0 && c.getBoundingClientRect().height > 2.2 * parseFloat("
                + "getComputedStyle(c).fontSize) + 12).map(c => c.textContent)").items())
                .as("table cells broken over lines at 390 px").isEmpty();
        String target = System.getProperty(PHONE_SCREENSHOT);
        if (target != null && !target.isBlank()) {
            Files.write(Path.of(target), r.png());
        }
    }
}
