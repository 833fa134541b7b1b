package org.roikit.attribution.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class GroupedBarChartTest {

    private static final List<Series> MODELS = List.of(
            Series.of("M1", new BigDecimal("10"), new BigDecimal("20")),
            Series.of("M2", new BigDecimal("30"), new BigDecimal("-10")));

    @Test
    void svg_barsPerCategoryAndSeriesFromTheZeroLine() {
        // Legend one row at y 36, plot top 36 + 18 + 8 = 62, bands 2 x 14 + 2 + 12 = 42 high.
        // Labels 1 char: plot from 12 + 7.2 + 8 = 27.2 to 628; value labels "-10" take 3 x 6 + 6 = 24
        // on both sides: scale [-10, 30] (step 10) from 51.2 to 604, zero at 51.2 + 552.8 / 4 = 189.4.
        Document doc = Markup.parse(GroupedBarChart.svg("cmp", "Models", List.of("A", "B"), MODELS,
                Format.number(0), "Conversions"));

        List<Element> bars = Markup.svgElements(doc, "rect", "bar");
        assertThat(Markup.attribute(bars, "x")).containsExactly("189.40", "189.40", "189.40", "51.20");
        assertThat(Markup.attribute(bars, "width")).containsExactly("138.20", "414.60", "276.40", "138.20");
        assertThat(Markup.attribute(bars, "y")).containsExactly("68.00", "84.00", "110.00", "126.00");
        assertThat(Markup.attribute(bars, "fill")).containsExactly("#1f5fa8", "url(#cmp-fill1)", "#1f5fa8", "url(#cmp-fill1)");
        assertThat(Markup.texts(Markup.svgElements(doc, "text", "value"))).containsExactly("10", "30", "20", "-10");
        assertThat(Markup.texts(Markup.svgElements(doc, "text", "tick"))).containsExactly("-10", "0", "10", "20", "30");
        assertThat(Markup.svgElements(doc, "line", "zero").get(0).getAttribute("x1")).isEqualTo("189.40");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 640.00 188.00");
    }

    @Test
    void svg_legendShowsNameAndPatternOfEachSeries() {
        Document doc = Markup.parse(GroupedBarChart.svg("cmp", "Models", List.of("A", "B"), MODELS,
                Format.number(0), "Conversions"));
        Element legend = Markup.svgElements(doc, "g", "legend").get(0);
        assertThat(legend.getTextContent()).isEqualTo("M1M2");
        assertThat(Markup.attribute(Markup.elements(doc, Xml.SVG_NS, "rect", null).stream()
                .filter(r -> r.getParentNode() == legend).toList(), "fill")).containsExactly("#1f5fa8", "url(#cmp-fill1)");
        assertThat(Markup.svgElements(doc, "desc", null).get(0).getTextContent()).isEqualTo(
                "Grouped bar chart: Models. Conversions by category and series. A: M1 10; M2 30. B: M1 20; M2 -10.");
    }

    @Test
    void svg_noteEndsTheTextAlternative() {
        Document doc = Markup.parse(GroupedBarChart.svg("cmp", "Models", List.of("A", "B"), MODELS,
                Format.number(0), "Conversions", "C is left out."));
        assertThat(Markup.svgElements(doc, "desc", null).get(0).getTextContent()).isEqualTo(
                "Grouped bar chart: Models. Conversions by category and series. A: M1 10; M2 30. B: M1 20; M2 -10."
                        + " C is left out.");
    }

    @Test
    void svg_oneSeriesHasNoLegend() {
        Document doc = Markup.parse(GroupedBarChart.svg("one", "One", List.of("A"),
                List.of(Series.of("M1", BigDecimal.ONE)), Format.number(0), "Conversions"));
        assertThat(Markup.svgElements(doc, "g", "legend")).isEmpty();
        // Without a legend the plot starts at 36: the bar is 36 + 6 down.
        assertThat(Markup.svgElements(doc, "rect", "bar").get(0).getAttribute("y")).isEqualTo("42.00");
    }

    @Test
    void svg_rejectsEmptyData() {
        assertThatThrownBy(() -> GroupedBarChart.svg("e", "E", List.of("A"), List.of(), Format.number(0), "C"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("series must not be empty: there is no data to chart");
        assertThatThrownBy(() -> GroupedBarChart.svg("e", "E", List.of(), MODELS, Format.number(0), "C"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("categories must not be empty: there is no data to chart");
    }
}
