package org.roikit.attribution.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HtmlPageTest {

    /** A label that tries to end markup, open a script, close a CDATA section and smuggle controls. */
    private static final String HOSTILE = "</text><script>alert(\"x\" & 'y')</script> ]]> \u0007";

    private static String dashboard(String label) {
        List<String> channels = List.of(label, "Search");
        List<Series> series = List.of(
                Series.of("Investment", new BigDecimal("100"), new BigDecimal("200")),
                Series.of(label, new BigDecimal("-50"), new BigDecimal("250")));
        return HtmlPage.xhtml("en", "Report " + label, "2024-01-01 to 2024-06-30", List.of(
                new HtmlPage.Section("summary", "Summary " + label, HtmlPage.Layout.FULL, List.of(
                        Tiles.html("tiles", List.of(new Tiles.Tile(label, label, Tiles.Trend.DOWN, label))),
                        HtmlPage.paragraph(label))),
                new HtmlPage.Section("charts", "Charts", HtmlPage.Layout.GRID, List.of(
                        BarChart.svg("bars", label, channels,
                                new BarChart.Measure(label, Format.money("EUR", 2), List.of(new BigDecimal("-1.5"), new BigDecimal("3"))),
                                new BarChart.Measure("Conversions", Format.number(0), List.of(BigDecimal.ONE, BigDecimal.TEN))),
                        GroupedBarChart.svg("grouped", label, channels, series, Format.number(0), label),
                        LineChart.svg("line", label, List.of(label, "Q2"), series, Format.money("EUR", 0), label, label),
                        DataTable.html(label, List.of(new DataTable.Column(label, false), new DataTable.Column("N", true)),
                                List.of(List.of(label, "1")))))));
    }

    @Test
    void xhtml_isAWellFormedXhtmlDocument() {
        String page = dashboard("Social");
        assertThat(page).startsWith("<!DOCTYPE html>\n<html xmlns=\"" + Xml.XHTML_NS + "\" lang=\"en\" xml:lang=\"en\">");
        Document doc = Markup.parse(page);
        Element html = doc.getDocumentElement();
        assertThat(html.getNamespaceURI()).isEqualTo(Xml.XHTML_NS);
        assertThat(Markup.attribute(Markup.elements(doc, Xml.XHTML_NS, "meta", null), "charset")).contains("utf-8");
        assertThat(Markup.attribute(Markup.elements(doc, Xml.XHTML_NS, "meta", null), "content"))
                .contains("width=device-width, initial-scale=1");
        assertThat(Markup.texts(Markup.elements(doc, Xml.XHTML_NS, "h2", null))).containsExactly("Summary Social", "Charts");
        assertThat(Markup.elements(doc, Xml.SVG_NS, "svg", null)).hasSize(4);
        assertThat(Markup.elements(doc, Xml.XHTML_NS, "section", null)).extracting(e -> e.getAttribute("aria-labelledby"))
                .containsExactly("summary-heading", "charts-heading");
    }

    @Test
    void xhtml_isSelfContained() {
        String page = dashboard("Social");
        assertThat(page).doesNotContain("<script").doesNotContain("<link").doesNotContain("<img")
                .doesNotContain("url(http").doesNotContain("@import").doesNotContain("@font-face")
                .doesNotContain("src=").doesNotContain("href=");
        assertThat(Markup.withoutNamespaces(page)).doesNotContain("http");
        // Only fragment references stay: the fill patterns inside the same chart.
        assertThat(page).doesNotContainPattern("url\\((?!#)");
        assertThat(page).contains("url(#bars-fill1)").contains("url(#grouped-fill1)");
    }

    @Test
    void xhtml_escapesHostileLabelsEverywhere() {
        String page = dashboard(HOSTILE);
        assertThat(page).doesNotContain("<script").doesNotContain("</text><script");
        assertThat(Markup.withoutNamespaces(page)).doesNotContain("http");
        Document doc = Markup.parse(page);
        String shown = HOSTILE.replace('\u0007', '\uFFFD');
        assertThat(Markup.texts(Markup.elements(doc, Xml.XHTML_NS, "title", null))).containsExactly("Report " + shown);
        assertThat(Markup.texts(Markup.elements(doc, Xml.XHTML_NS, "p", null))).contains(shown);
        assertThat(Markup.texts(Markup.elements(doc, Xml.XHTML_NS, "caption", null))).containsExactly(shown);
        assertThat(Markup.texts(Markup.elements(doc, Xml.SVG_NS, "title", null))).contains(shown);
        assertThat(Markup.texts(Markup.elements(doc, Xml.SVG_NS, "text", "figure"))).containsExactly(shown);
    }

    @Test
    void eachChartAloneIsWellFormedAndScriptFree() {
        List<String> channels = List.of(HOSTILE);
        List<Series> series = List.of(Series.of(HOSTILE, BigDecimal.ONE));
        List<String> outputs = List.of(
                BarChart.svg("a", HOSTILE, channels, new BarChart.Measure(HOSTILE, Format.number(0), List.of(BigDecimal.ONE))),
                GroupedBarChart.svg("b", HOSTILE, channels, series, Format.number(0), HOSTILE, HOSTILE),
                LineChart.svg("c", HOSTILE, channels, series, Format.number(0), HOSTILE, HOSTILE),
                Tiles.html("d", List.of(new Tiles.Tile(HOSTILE, HOSTILE, Tiles.Trend.UP, HOSTILE))),
                DataTable.html(HOSTILE, List.of(new DataTable.Column(HOSTILE, false)), List.of(List.of(HOSTILE))));
        for (String output : outputs) {
            Markup.parse(output);
            assertThat(output).doesNotContain("<script").doesNotContain("\u0007");
            assertThat(Markup.withoutNamespaces(output)).doesNotContain("http");
        }
    }

    @Test
    void css_isInlineResponsivePrintableAndSafeInAStyleElement() {
        assertThat(HtmlPage.CSS).contains("@media print").contains("@media (max-width: 720px)")
                .contains("grid-template-columns: minmax(0, 1fr)").contains("system-ui")
                .doesNotContain("url(").doesNotContain("@import").doesNotContain("@font-face");
        // An HTML parser reads style as raw text: character references would not be decoded.
        assertThat(HtmlPage.CSS).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    }

    @Test
    void xhtml_givesTablesOfMoreThanFourColumnsAWholeGridRow() {
        List<DataTable.Column> four = List.of(new DataTable.Column("a", false), new DataTable.Column("b", true),
                new DataTable.Column("c", true), new DataTable.Column("d", true));
        List<DataTable.Column> five = new java.util.ArrayList<>(four);
        five.add(new DataTable.Column("e", true));
        String narrow = DataTable.html("narrow", four, List.of(List.of("x", "1", "2", "3")));
        String wide = DataTable.html("wide", five, List.of(List.of("x", "1", "2", "3", "4")));
        String page = HtmlPage.xhtml("en", "T", "", List.of(new HtmlPage.Section("s", "S", HtmlPage.Layout.GRID,
                List.of(narrow, wide))));

        assertThat(HtmlPage.isWide(narrow)).isFalse();
        assertThat(HtmlPage.isWide(wide)).isTrue();
        assertThat(page).contains("<div class=\"cell table-wrap\"><table class=\"data\"><caption>narrow</caption>")
                .contains("<div class=\"cell table-wrap wide\"><table class=\"data\"><caption>wide</caption>");
        assertThat(HtmlPage.CSS).contains(".grid .wide { grid-column: 1 / -1; }")
                .contains(".table-wrap, .chart-wrap { overflow-x: auto; }")
                .contains("table.data td, table.data tbody th { white-space: nowrap; }")
                .contains("  svg.chart { min-width: 36rem; }");
    }

    @Test
    void xhtml_withoutSubtitleOrSections() {
        String page = HtmlPage.xhtml("en-GB", "Empty", "", List.of());
        Document doc = Markup.parse(page);
        assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("en-GB");
        assertThat(Markup.elements(doc, Xml.XHTML_NS, "p", null)).isEmpty();
        assertThat(page).contains("<main></main>");
    }

    @Test
    void xhtml_rejectsBadLanguageAndSectionIds() {
        assertThatThrownBy(() -> HtmlPage.xhtml("en\"x", "T", "", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lang (\"en\"x\") must be a language tag such as en or en-GB");
        assertThatThrownBy(() -> new HtmlPage.Section("A", "H", HtmlPage.Layout.GRID, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("id (\"A\") must match [a-z][a-z0-9-]*");
    }
}
