package org.roikit.attribution.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class BarChartTest {

    private static final List<String> CHANNELS = List.of("Search", "Social");

    private static BarChart.Measure revenue(String... values) {
        return new BarChart.Measure("Revenue", Format.money("EUR", 0),
                java.util.Arrays.stream(values).map(BigDecimal::new).toList());
    }

    @Test
    void svg_barLengthsAreProportionalFromTheZeroLine() {
        // Labels 6 chars x 7.2 = 43.2 wide: plot from 12 + 43.2 + 8 = 63.2 to 628. Value labels
        // "300" take 3 x 6.6 + 6 = 25.8, so the scale [0, 300] (step 100) ends at 602.2.
        String svg = BarChart.svg("rev", "Revenue per channel", CHANNELS, revenue("300", "100"));
        Document doc = Markup.parse(svg);

        List<Element> bars = Markup.svgElements(doc, "rect", "bar");
        assertThat(Markup.attribute(bars, "x")).containsExactly("63.20", "63.20");
        assertThat(Markup.attribute(bars, "width")).containsExactly("539.00", "179.67");
        assertThat(Markup.attribute(bars, "y")).containsExactly("41.00", "67.00");
        assertThat(Markup.attribute(bars, "height")).containsExactly("16.00", "16.00");
        assertThat(Markup.texts(Markup.svgElements(doc, "text", "value"))).containsExactly("300", "100");
        assertThat(Markup.attribute(Markup.svgElements(doc, "text", "value"), "x")).containsExactly("606.20", "246.87");
        assertThat(Markup.texts(Markup.svgElements(doc, "text", "tick"))).containsExactly("0", "100", "200", "300");
        assertThat(Markup.attribute(Markup.svgElements(doc, "text", "tick"), "x"))
                .containsExactly("63.20", "242.87", "422.53", "602.20");
        assertThat(Markup.svgElements(doc, "line", "zero").get(0).getAttribute("x1")).isEqualTo("63.20");
        assertThat(Markup.texts(Markup.svgElements(doc, "text", "axis-title"))).containsExactly("Revenue (EUR)");
        assertThat(Markup.texts(Markup.svgElements(doc, "text", "category"))).containsExactly("Search", "Social");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 640.00 130.00");
    }

    @Test
    void svg_isAnAccessibleScalableImage() {
        String svg = BarChart.svg("rev", "Revenue per channel", CHANNELS, revenue("300", "100"));
        Element root = Markup.parse(svg).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(Xml.SVG_NS);
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("width")).isEqualTo("100%");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("rev-title rev-desc");
        assertThat(Markup.svgElements(root.getOwnerDocument(), "title", null).get(0).getTextContent())
                .isEqualTo("Revenue per channel");
        assertThat(Markup.svgElements(root.getOwnerDocument(), "desc", null).get(0).getTextContent())
                .isEqualTo("Bar chart: Revenue per channel. Revenue (EUR) by category: Search 300; Social 100.");
    }

    @Test
    void svg_negativeValuesRunLeftOfZero() {
        // Value labels "-100%" take 5 x 6.6 + 6 = 39 on both sides: scale [-1, 2] from 102.2 to 589,
        // zero at 102.2 + 486.8 / 3.
        BarChart.Measure roi = new BarChart.Measure("ROI", Format.percent(0), List.of(new BigDecimal("2"), new BigDecimal("-1")));
        Document doc = Markup.parse(BarChart.svg("roi", "ROI per channel", CHANNELS, roi));

        List<Element> bars = Markup.svgElements(doc, "rect", "bar");
        assertThat(Markup.attribute(bars, "x")).containsExactly("264.47", "102.20");
        assertThat(Markup.attribute(bars, "width")).containsExactly("324.53", "162.27");
        assertThat(Markup.svgElements(doc, "line", "zero").get(0).getAttribute("x1")).isEqualTo("264.47");
        List<Element> values = Markup.svgElements(doc, "text", "value");
        assertThat(Markup.texts(values)).containsExactly("200%", "-100%");
        assertThat(Markup.attribute(values, "text-anchor")).containsExactly("start", "end");
        assertThat(Markup.attribute(values, "x")).containsExactly("593.00", "98.20");
        assertThat(Markup.texts(Markup.svgElements(doc, "text", "tick"))).containsExactly("-100%", "0%", "100%", "200%");
    }

    @Test
    void svg_allZeroDrawsEmptyBarsOnAZeroToOneAxis() {
        Document doc = Markup.parse(BarChart.svg("z", "Nothing yet", CHANNELS, revenue("0", "0")));
        assertThat(Markup.attribute(Markup.svgElements(doc, "rect", "bar"), "width")).containsExactly("0.00", "0.00");
        assertThat(Markup.texts(Markup.svgElements(doc, "text", "tick"))).containsExactly("0.0", "0.2", "0.4", "0.6", "0.8", "1.0");
    }

    @Test
    void svg_secondMeasureIsASecondPanelWithStripedBars() {
        BarChart.Measure conversions = new BarChart.Measure("Conversions", Format.number(0),
                List.of(new BigDecimal("4"), new BigDecimal("12")));
        Document doc = Markup.parse(BarChart.svg("both", "Per channel", CHANNELS, revenue("300", "100"), conversions));

        List<Element> bars = Markup.svgElements(doc, "rect", "bar");
        assertThat(bars).hasSize(4);
        assertThat(Markup.attribute(bars, "fill")).containsExactly("#1f5fa8", "#1f5fa8", "url(#both-fill1)", "url(#both-fill1)");
        assertThat(Markup.svgElements(doc, "pattern", null).get(0).getAttribute("id")).isEqualTo("both-fill1");
        assertThat(Markup.texts(Markup.svgElements(doc, "text", "axis-title"))).containsExactly("Revenue (EUR)", "Conversions");
        // Panels are (628 - 63.2 - 24) / 2 = 270.4 wide; the second starts at 357.6, and its bars
        // are proportional: 12 / 4 = 3.
        double w1 = Double.parseDouble(bars.get(2).getAttribute("width"));
        double w2 = Double.parseDouble(bars.get(3).getAttribute("width"));
        assertThat(bars.get(2).getAttribute("x")).isEqualTo("357.60");
        assertThat(w2 / w1).isCloseTo(3.0, org.assertj.core.api.Assertions.within(0.01));
    }

    @Test
    void svg_narrowPanelsThinTheTickLabelsInsteadOfWideningTheStep() {
        // Labels up to 21 chars (151.2): panels (628 - 171.2 - 24) / 2 = 216.4 wide. Value labels
        // "-3 000" take 6 x 6.6 + 6 = 45.6 on both sides: the revenue scale runs from 216.8 to 342.
        // 55 000 / 4 = 13 750 -> 20 000: [-20 000, 60 000], ticks 31.3 apart, labels "-20 000"
        // 7 x 7.2 + 8 = 58.4 wide: every other tick is labelled, counted from zero.
        List<String> channels = List.of("Paid search", "Social", "Email", "Display (retargeting)");
        BarChart.Measure conversions = new BarChart.Measure("Conversions", Format.number(0),
                List.of(new BigDecimal("610"), new BigDecimal("380"), new BigDecimal("170"), new BigDecimal("44")));
        Document doc = Markup.parse(BarChart.svg("two", "Per channel", channels,
                revenue("52000", "31000", "12000", "-3000"), conversions));

        List<Element> grid = Markup.svgElements(doc, "line", "grid");
        assertThat(Markup.attribute(grid.subList(0, 5), "x1")).containsExactly("216.80", "248.10", "279.40", "310.70", "342.00");
        assertThat(Markup.texts(Markup.svgElements(doc, "text", "tick")).subList(0, 2))
                .containsExactly("0", "40\u202F000");
        // -3 000 starts at 216.8 + 17 000 / 80 000 x 125.2 = 243.405 and ends at zero, 248.1.
        Element loss = Markup.svgElements(doc, "rect", "bar").get(3);
        assertThat(Double.parseDouble(loss.getAttribute("x"))).isCloseTo(243.405, org.assertj.core.api.Assertions.within(0.006));
        assertThat(Double.parseDouble(loss.getAttribute("width"))).isCloseTo(4.695, org.assertj.core.api.Assertions.within(0.006));
    }

    @Test
    void svg_longLabelsAreCutWithTheFullTextAsTooltip() {
        String longName = "A very long campaign name that does not fit the label column at all";
        Document doc = Markup.parse(BarChart.svg("long", "Long", List.of(longName), revenue("5")));
        Element label = Markup.svgElements(doc, "text", "category").get(0);
        // The column is at most 180 wide: 180 / 7.2 = 25 characters, 24 of them kept before the ellipsis.
        assertThat(label.getLastChild().getTextContent()).isEqualTo("A very long campaign nam\u2026");
        assertThat(Markup.svgElements(doc, "title", null)).extracting(Element::getTextContent).contains(longName);
    }

    @Test
    void svg_rejectsEmptyAndMismatchedData() {
        assertThatThrownBy(() -> BarChart.svg("e", "Empty", List.of(), revenue()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("categories must not be empty: there is no data to chart");
        assertThatThrownBy(() -> BarChart.svg("e", "Short", CHANNELS, revenue("1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("series \"Revenue\" has 1 values, categories 2");
        assertThatThrownBy(() -> BarChart.svg("Bad id", "T", CHANNELS, revenue("1", "2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("id (\"Bad id\") must match [a-z][a-z0-9-]*");
    }
}
