package org.roikit.attribution.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;
import org.roikit.attribution.report.Chromium.Json;
import org.roikit.attribution.report.Chromium.Lookup;
import org.roikit.attribution.report.Chromium.Message;
import org.roikit.attribution.report.Chromium.Rendering;

/**
 * The browser harness on fixture pages: it renders what is there, and it sees console errors,
 * exceptions and requests when a page has them. Without a browser the browser tests report
 * themselves skipped with the reason; one browser serves all of them.
 */
class ChromiumTest {

    private static Chromium chromium;

    @TempDir
    Path dir;

    private static Chromium browser() throws IOException {
        if (chromium == null) {
            chromium = Chromium.start(Chromium.find().orSkip());
        }
        return chromium;
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private Path page(String name, String body) throws IOException {
        return Files.writeString(dir.resolve(name), "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>" + name + "</title><style>body { margin: 0; background: #ffffff; }</style></head>\n<body>"
                + body + "</body></html>\n", UTF_8);
    }

    @Test
    void render_textAndSvg_isNotBlankAndHasTheRequestedWidth() throws IOException {
        Path html = page("chart.html", "<svg width=\"200\" height=\"100\" role=\"img\" aria-label=\"one bar\">"
                + "<rect x=\"0\" y=\"0\" width=\"200\" height=\"100\" fill=\"#1f77b4\"/></svg>"
                + "<h1>Return on investment</h1><p>EUR 1,250.00 returned on EUR 400.00 invested.</p>");

        Rendering rendering = browser().render(html, 800, 600);

        BufferedImage image = PngImages.decode(rendering.png());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(PngImages.isBlank(image)).isFalse();
        assertThat(PngImages.distinctColours(image)).isGreaterThan(3);
        assertThat(image.getRGB(100, 50)).as("inside the SVG bar").isEqualTo(0xff1f77b4);
        assertThat(image.getRGB(400, 50)).as("beside the SVG bar").isEqualTo(0xffffffff);
        assertThat(rendering.contentWidth()).isEqualTo(800);
        assertThat(rendering.problems()).isEmpty();
        assertThat(rendering.requests()).containsExactly(html.toUri().toString());
        assertThat(rendering.otherRequests()).isEmpty();
    }

    @Test
    void render_pageTallerThanTheViewport_capturesAllOfIt() throws IOException {
        Path html = page("tall.html", "<div style=\"height: 1500px; background: #ffffff\"></div>"
                + "<div style=\"height: 500px; background: #d62728\"></div>");

        Rendering rendering = browser().render(html, 400, 300);

        BufferedImage image = PngImages.decode(rendering.png());
        assertThat(rendering.contentHeight()).isEqualTo(2000);
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(2000);
        assertThat(image.getRGB(200, 100)).isEqualTo(0xffffffff);
        assertThat(image.getRGB(200, 1999)).isEqualTo(0xffd62728);
    }

    @Test
    void render_pageWiderThanTheViewport_reportsItsContentWidth() throws IOException {
        Path html = page("wide.html", "<div style=\"width: 900px; height: 10px; background: #2ca02c\"></div>");

        Rendering rendering = browser().render(html, 360, 640);

        assertThat(rendering.contentWidth()).isEqualTo(900);
        assertThat(PngImages.decode(rendering.png()).getWidth()).isEqualTo(360);
    }

    @Test
    void render_scriptThatLogsAndThrows_isRecorded() throws IOException {
        Path html = page("broken.html", "<p>broken</p><script>console.log('fine', 1);"
                + " console.error('broken', 42); throw new Error('boom');</script>");

        Rendering rendering = browser().render(html, 400, 300);

        assertThat(rendering.console()).containsExactly(new Message("log", "fine 1"), new Message("error", "broken 42"));
        assertThat(rendering.exceptions()).singleElement().asString().startsWith("Error: boom");
        assertThat(rendering.problems()).hasSize(2)
                .first().isEqualTo("console error: broken 42");
        assertThat(rendering.problems().get(1)).startsWith("exception Error: boom");
    }

    @Test
    void render_externalImage_isRequestedAndFailsWithoutReachingTheNetwork() throws IOException {
        Path html = page("external.html", "<img src=\"https://example.com/logo.png\" alt=\"logo\" width=\"10\" height=\"10\">");

        Rendering rendering = browser().render(html, 400, 300);

        assertThat(rendering.requests()).containsExactly(html.toUri().toString(), "https://example.com/logo.png");
        assertThat(rendering.otherRequests()).containsExactly("https://example.com/logo.png");
        assertThat(rendering.log()).containsExactly(new Message("error",
                "network: Failed to load resource: net::ERR_PROXY_CONNECTION_FAILED (https://example.com/logo.png)"));
        assertThat(rendering.problems()).containsExactly(
                "log error: network: Failed to load resource: net::ERR_PROXY_CONNECTION_FAILED (https://example.com/logo.png)");
    }

    @Test
    void render_secondPage_recordsOnlyItsOwnEvents() throws IOException {
        Chromium browser = browser();
        Path broken = page("first.html", "<script>console.error('first')</script>");
        Path clean = page("second.html", "<p>second</p>");

        assertThat(browser.render(broken, 400, 300).problems()).containsExactly("console error: first");
        Rendering second = browser.render(clean, 400, 300);

        assertThat(second.problems()).isEmpty();
        assertThat(second.requests()).containsExactly(clean.toUri().toString());
    }

    @Test
    void render_rejectsMissingFileAndBadSizes() throws IOException {
        Chromium browser = browser();
        Path missing = dir.resolve("missing.html");
        Path html = page("ok.html", "<p>ok</p>");

        assertThatThrownBy(() -> browser.render(missing, 400, 300))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("html (" + missing + ") must be a file");
        assertThatThrownBy(() -> browser.render(html, 0, 300))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("width x height (0x300) must be positive");
        assertThatThrownBy(() -> browser.render(html, 400, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("width x height (400x-1) must be positive");
    }

    @Test
    void close_endsTheBrowserAndDeletesItsProfile() throws IOException {
        Path binary = Chromium.find().orSkip();
        Chromium own = Chromium.start(binary);
        ProcessHandle process = own.process();
        List<ProcessHandle> children = process.descendants().toList();
        Path home = own.home();
        assertThat(home.resolve("profile/DevToolsActivePort")).exists();

        own.close();

        assertThat(process.isAlive()).isFalse();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
        assertThat(home).doesNotExist();
    }

    @Test
    void start_binaryThatIsNotABrowser_failsWithItsOutputAndCleansUp() throws IOException {
        Path fake = Files.writeString(dir.resolve("fake-chromium"), "#!/bin/sh\necho 'no display here' >&2\nexit 3\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        Path temp = Files.createDirectory(dir.resolve("temp"));

        assertThatThrownBy(() -> Chromium.start(fake, temp))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Chromium " + fake + ": " + fake + " exited with status 3 before DevTools listened\n"
                        + "its last output:\nno display here");
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void find_namedBinary_isUsedAndNothingElse() throws IOException {
        Path named = Files.writeString(dir.resolve("chrome"), "");
        Files.setPosixFilePermissions(named, PosixFilePermissions.fromString("rwx------"));
        Path debian = Files.writeString(dir.resolve("debian-chromium"), "");
        Files.setPosixFilePermissions(debian, PosixFilePermissions.fromString("rwx------"));

        assertThat(Chromium.find(named.toString(), debian, "")).isEqualTo(new Lookup(Optional.of(named), ""));
        assertThat(Chromium.find("/nonexistent", debian, ""))
                .isEqualTo(new Lookup(Optional.empty(), "-Droikit.chromium=/nonexistent is not an executable file"));
    }

    @Test
    void find_withoutNamedBinary_triesDebianThenPath() throws IOException {
        Path debian = dir.resolve("usr-bin-chromium");
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Path notExecutable = Files.writeString(bin.resolve("chromium"), "");
        Files.setPosixFilePermissions(notExecutable, PosixFilePermissions.fromString("rw-------"));
        Path chrome = Files.writeString(bin.resolve("google-chrome"), "");
        Files.setPosixFilePermissions(chrome, PosixFilePermissions.fromString("rwx------"));

        assertThat(Chromium.find("", debian, "/nonexistent:" + bin)).isEqualTo(new Lookup(Optional.of(chrome), ""));
        Files.writeString(debian, "");
        Files.setPosixFilePermissions(debian, PosixFilePermissions.fromString("rwx------"));
        assertThat(Chromium.find(" ", debian, bin.toString())).isEqualTo(new Lookup(Optional.of(debian), ""));
    }

    @Test
    void find_nothing_saysWhyAndSkips() {
        Lookup lookup = Chromium.find("", dir.resolve("none"), dir.toString());

        String reason = "no " + dir.resolve("none") + " and none of [chromium, chromium-browser, google-chrome] on the PATH;"
                + " install the Debian package chromium or set -Droikit.chromium=/path/to/chrome";
        assertThat(lookup).isEqualTo(new Lookup(Optional.empty(), reason));
        assertThatThrownBy(lookup::orSkip)
                .isInstanceOf(TestAbortedException.class)
                .hasMessage("Chromium not found: " + reason);
    }

    @Test
    void json_readsDevToolsMessagesAndWritesCommands() {
        Json message = Json.parse("{\"id\": 7, \"result\": {\"data\": \"iVBO\\u0052\\n\", \"size\": [1.5, -2e1, true, null]}}");

        assertThat(message.at("id").number()).isEqualTo(7.0);
        assertThat(message.at("result").at("data").text()).isEqualTo("iVBOR\n");
        assertThat(message.at("result").at("size").items()).extracting(Json::toText)
                .containsExactly("1.5", "-20", "true", "null");
        assertThat(message.at("result").at("size").items().get(3).isPresent()).isTrue();
        assertThat(message.at("error").isPresent()).isFalse();
        assertThat(message.at("error").at("message").toText()).isEqualTo("(absent)");
        assertThat(Json.write(Map.of("url", "file:///a \"b\"\\\u0001"))).isEqualTo("{\"url\":\"file:///a \\\"b\\\"\\\\\\u0001\"}");
        assertThat(Json.write(List.of(1, 2.5, false))).isEqualTo("[1,2.5,false]");
        assertThatThrownBy(() -> Json.parse("{\"a\": 1} x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not JSON at offset 9: text after the value");
        assertThatThrownBy(() -> Json.parse("[1,"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not JSON at offset 3: a value expected");
        assertThatThrownBy(() -> message.at("id").text())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("not a JSON string: 7");
        assertThatThrownBy(() -> message.at("result").number())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("not a JSON number: {\"data\"");
    }
}
