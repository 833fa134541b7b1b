package org.roikit.attribution.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class LineChartTest {

    private static final List<Series> SERIES = List.of(
            Series.of("Investment", new BigDecimal("100"), new BigDecimal("200"), new BigDecimal("150")),
            Series.of("Return", new BigDecimal("50"), new BigDecimal("250"), new BigDecimal("300")));

    @Test
    void svg_pointsSitAtSlotCentresAndScaledHeights() {
        // Legend one row: axis title at 36 + 18 + 12 = 66, plot from 78 to 298 with [0, 300] (step
        // 100). Tick labels "300" are 21.6 wide: plot from 12 + 21.6 + 8 = 41.6 to 620, three slots
        // of 192.8, centres at 138, 330.8, 523.6. y(v) = 298 - v / 300 x 220.
        Document doc = Markup.parse(LineChart.svg("trend", "Investment vs return", List.of("Q1", "Q2", "Q3"),
                SERIES, Format.money("EUR", 0), "Amount"));

        List<Element> lines = Markup.svgElements(doc, "polyline", "series");
        assertThat(Markup.attribute(lines, "points")).containsExactly(
                "138.00,224.67 330.80,151.33 523.60,188.00",
                "138.00,261.33 330.80,114.67 523.60,78.00");
        assertThat(Markup.attribute(lines, "stroke-dasharray")).containsExactly("none", "7 4");
        assertThat(Markup.texts(Markup.svgElements(doc, "text", "tick"))).containsExactly("0", "100", "200", "300");
        assertThat(Markup.attribute(Markup.svgElements(doc, "text", "tick"), "y"))
                .containsExactly("302.00", "228.67", "155.33", "82.00");
        assertThat(Markup.texts(Markup.svgElements(doc, "text", "period"))).containsExactly("Q1", "Q2", "Q3");
        assertThat(Markup.texts(Markup.svgElements(doc, "text", "axis-title"))).containsExactly("Amount (EUR)");
        assertThat(Markup.svgElements(doc, "line", "zero").get(0).getAttribute("y1")).isEqualTo("298.00");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 640.00 328.00");
    }

    @Test
    void svg_seriesDifferInMarkerShape() {
        Document doc = Markup.parse(LineChart.svg("trend", "T", List.of("Q1", "Q2", "Q3"), SERIES,
                Format.money("EUR", 0), "Amount"));
        // Three points per series plus one marker per legend entry.
        assertThat(Markup.svgElements(doc, "circle", "marker")).hasSize(4);
        assertThat(Markup.svgElements(doc, "rect", "marker")).hasSize(4);
        Element first = Markup.svgElements(doc, "circle", "marker").get(1);
        assertThat(first.getAttribute("cx")).isEqualTo("138.00");
        assertThat(first.getAttribute("cy")).isEqualTo("224.67");
        assertThat(Markup.svgElements(doc, "g", "legend").get(0).getTextContent()).isEqualTo("InvestmentReturn");
        assertThat(Markup.svgElements(doc, "desc", null).get(0).getTextContent()).isEqualTo(
                "Line chart: T. Amount (EUR) by period. Investment: Q1 100; Q2 200; Q3 150. Return: Q1 50; Q2 250; Q3 300.");
    }

    @Test
    void svg_singlePeriodIsCentred() {
        // One series: no legend, axis title at 48, plot 60 to 280 with [0, 5] (step 1); ticks "5"
        // are 7.2 wide: plot from 27.2 to 620, one slot centred at 323.6; 5 is the top, y 60.
        Document doc = Markup.parse(LineChart.svg("one", "One", List.of("2024-Q1"),
                List.of(Series.of("ROI", new BigDecimal("5"))), Format.number(0), "Count"));
        assertThat(Markup.svgElements(doc, "polyline", "series").get(0).getAttribute("points"))
                .isEqualTo("323.60,60.00");
        assertThat(Markup.svgElements(doc, "g", "legend")).isEmpty();
    }

    @Test
    void svg_negativeValuesGoBelowTheZeroLine() {
        // No legend: plot from 60 to 280. Span 1.3 / 5 = 0.26 -> 0.5: [-0.5, 1], zero at
        // 280 - 220 x 0.5 / 1.5 = 206.67.
        Document doc = Markup.parse(LineChart.svg("roi", "ROI", List.of("Q1", "Q2"),
                List.of(Series.of("ROI", new BigDecimal("-0.4"), new BigDecimal("0.9"))), Format.percent(0), "ROI"));
        String zero = Markup.svgElements(doc, "line", "zero").get(0).getAttribute("y1");
        assertThat(zero).isEqualTo("206.67");
        String[] points = Markup.svgElements(doc, "polyline", "series").get(0).getAttribute("points").split("[ ,]");
        assertThat(Double.parseDouble(points[1])).isGreaterThan(Double.parseDouble(zero));
        assertThat(Markup.texts(Markup.svgElements(doc, "text", "tick"))).containsExactly("-50%", "0%", "50%", "100%");
    }

    @Test
    void svg_thinsPeriodLabelsThatWouldCollide() {
        List<String> months = java.util.stream.IntStream.rangeClosed(1, 24)
                .mapToObj(m -> String.format(java.util.Locale.ROOT, "2024-%02d", m)).toList();
        List<BigDecimal> values = months.stream().map(m -> BigDecimal.ONE).toList();
        Document doc = Markup.parse(LineChart.svg("m", "Months", months, List.of(new Series("S", values)),
                Format.number(0), "Count"));
        // Labels 7 x 7.2 + 8 = 58.4 wide, slots (620 - 27.2) / 24 = 24.7: every third label.
        assertThat(Markup.texts(Markup.svgElements(doc, "text", "period")))
                .containsExactly("2024-01", "2024-04", "2024-07", "2024-10", "2024-13", "2024-16", "2024-19", "2024-22");
    }

    @Test
    void svg_rejectsEmptyData() {
        assertThatThrownBy(() -> LineChart.svg("e", "E", List.of(), SERIES, Format.number(0), "C"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("periods must not be empty: there is no data to chart");
        assertThatThrownBy(() -> LineChart.svg("e", "E", List.of("Q1"), SERIES, Format.number(0), "C"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("series \"Investment\" has 3 values, periods 1");
    }
}
