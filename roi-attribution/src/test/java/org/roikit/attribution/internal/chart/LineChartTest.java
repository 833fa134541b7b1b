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
                SERIES, Format.money("EUR", 0), "Amount", "Quarter"));

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
        // The period axis title is centred under the plot (41.6 + 620) / 2 = 330.8, below the labels.
        Element periodTitle = Markup.svgElements(doc, "text", "axis-title period-title").get(0);
        assertThat(periodTitle.getTextContent()).isEqualTo("Quarter");
        assertThat(periodTitle.getAttribute("x")).isEqualTo("330.80");
        assertThat(periodTitle.getAttribute("y")).isEqualTo("338.00");
        assertThat(Markup.svgElements(doc, "line", "zero").get(0).getAttribute("y1")).isEqualTo("298.00");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 640.00 348.00");
    }

    @Test
    void svg_seriesDifferInMarkerShape() {
        Document doc = Markup.parse(LineChart.svg("trend", "T", List.of("Q1", "Q2", "Q3"), SERIES,
                Format.money("EUR", 0), "Amount", "Quarter"));
        // Three points per series plus one marker per legend entry.
        assertThat(Markup.svgElements(doc, "circle", "marker")).hasSize(4);
        assertThat(Markup.svgElements(doc, "rect", "marker")).hasSize(4);
        Element first = Markup.svgElements(doc, "circle", "marker").get(1);
        assertThat(first.getAttribute("cx")).isEqualTo("138.00");
        assertThat(first.getAttribute("cy")).isEqualTo("224.67");
        assertThat(Markup.svgElements(doc, "g", "legend").get(0).getTextContent()).isEqualTo("InvestmentReturn");
        assertThat(Markup.svgElements(doc, "desc", null).get(0).getTextContent()).isEqualTo(
                "Line chart: T. Amount (EUR) by quarter. Investment: Q1 100; Q2 200; Q3 150. Return: Q1 50; Q2 250; Q3 300.");
    }

    @Test
    void svg_singlePeriodIsCentred() {
        // One series: no legend, axis title at 48, plot 60 to 280 with [0, 5] (step 1); ticks "5"
        // are 7.2 wide: plot from 27.2 to 620, one slot centred at 323.6; 5 is the top, y 60.
        Document doc = Markup.parse(LineChart.svg("one", "One", List.of("2024-Q1"),
                List.of(Series.of("ROI", new BigDecimal("5"))), Format.number(0), "Count", "Period"));
        assertThat(Markup.svgElements(doc, "polyline", "series").get(0).getAttribute("points"))
                .isEqualTo("323.60,60.00");
        assertThat(Markup.svgElements(doc, "g", "legend")).isEmpty();
    }

    @Test
    void svg_negativeValuesGoBelowTheZeroLine() {
        // No legend: plot from 60 to 280. Span 1.3 / 5 = 0.26 -> 0.5: [-0.5, 1], zero at
        // 280 - 220 x 0.5 / 1.5 = 206.67.
        Document doc = Markup.parse(LineChart.svg("roi", "ROI", List.of("Q1", "Q2"),
                List.of(Series.of("ROI", new BigDecimal("-0.4"), new BigDecimal("0.9"))), Format.percent(0), "ROI", "Quarter"));
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
                Format.number(0), "Count", "Period"));
        // Labels 7 x 7.2 + 8 = 58.4 wide, slots (620 - 27.2) / 24 = 24.7: every third label,
        // counted back from the last, which is always labelled.
        assertThat(Markup.texts(Markup.svgElements(doc, "text", "period")))
                .containsExactly("2024-03", "2024-06", "2024-09", "2024-12", "2024-15", "2024-18", "2024-21", "2024-24");
        // 25 periods: every third from the last starts at the first.
        List<String> more = java.util.stream.IntStream.rangeClosed(1, 25)
                .mapToObj(m -> String.format(java.util.Locale.ROOT, "2024-%02d", m)).toList();
        Document longer = Markup.parse(LineChart.svg("m", "Months", more,
                List.of(new Series("S", more.stream().map(m -> BigDecimal.ONE).toList())), Format.number(0), "Count",
                "Month"));
        List<String> labels = Markup.texts(Markup.svgElements(longer, "text", "period"));
        assertThat(labels).startsWith("2024-01").endsWith("2024-25").hasSize(9);
    }

    @Test
    void svg_eachMarkerHasATitleReadingThePoint() {
        Document doc = Markup.parse(LineChart.svg("trend", "T", List.of("2026-01", "2026-02"),
                List.of(Series.of("Investment", new BigDecimal("100"), new BigDecimal("23160")),
                        Series.of("Revenue", new BigDecimal("50"), new BigDecimal("58320"))),
                Format.money("EUR", 2), "Amount", "Month"));

        List<Element> points = Markup.svgElements(doc, "g", "point");
        assertThat(points).hasSize(4);
        assertThat(points).allSatisfy(p -> assertThat(p.getElementsByTagNameNS(Xml.SVG_NS, "circle").getLength()
                + p.getElementsByTagNameNS(Xml.SVG_NS, "rect").getLength()).isEqualTo(1));
        String g = "\u202F";
        assertThat(Markup.texts(Markup.svgElements(doc, "title", null))).contains(
                "2026-01, Investment: 100.00", "2026-02, Investment: 23" + g + "160.00",
                "2026-01, Revenue: 50.00", "2026-02, Revenue: 58" + g + "320.00");
    }

    @Test
    void svg_rejectsEmptyData() {
        assertThatThrownBy(() -> LineChart.svg("e", "E", List.of(), SERIES, Format.number(0), "C", "P"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("periods must not be empty: there is no data to chart");
        assertThatThrownBy(() -> LineChart.svg("e", "E", List.of("Q1"), SERIES, Format.number(0), "C", "P"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("series \"Investment\" has 3 values, periods 1");
    }
}
