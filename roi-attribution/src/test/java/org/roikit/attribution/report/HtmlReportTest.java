package org.roikit.attribution.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.roikit.attribution.AttributionModel;
import org.roikit.attribution.Journey;
import org.roikit.attribution.internal.chart.Markup;
import org.roikit.core.Cost;
import org.roikit.core.CostCategory;
import org.roikit.core.Investment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The HTML page of the hand-made report of {@link MarketingReportTest}: well-formed, self-contained,
 * accessible, and drawn to the report's figures.
 */
class HtmlReportTest {

    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String SVG = "http://www.w3.org/2000/svg";

    private static final MarketingReport REPORT = MarketingReportTest.builder().build();

    /** Returns the document, failing on any warning or error of the namespace-aware JDK parser. */
    static Document parse(String xml) {
        return Markup.parse(xml);
    }

    /**
     * Checks the page is self-contained. The rule: after removing every {@code xmlns="..."}
     * attribute whose value is exactly the XHTML or the SVG namespace name (identifiers that a
     * browser never fetches), the text contains neither {@code http://} nor {@code https://} in any
     * letter case, and no {@code <script}, {@code <link}, {@code <img}, {@code <iframe},
     * {@code <object}, {@code src=}, {@code href=} or {@code @import}, and every {@code url(} is
     * {@code url(#}, a reference to an element of the page itself (the bar patterns): nothing that
     * runs or is fetched.
     */
    static void assertSelfContained(String html) {
        String rest = html.replace("xmlns=\"" + XHTML + "\"", "").replace("xmlns=\"" + SVG + "\"", "")
                .toLowerCase(Locale.ROOT);
        for (String banned : List.of("http://", "https://", "<script", "<link", "<img", "<iframe", "<object", "src=",
                "href=", "@import")) {
            assertThat(rest).as("no %s", banned).doesNotContain(banned);
        }
        assertThat(rest.replace("url(#", "")).as("only url(#...)").doesNotContain("url(");
    }

    static List<Element> elements(Document doc, String ns, String name, String cls) {
        NodeList nodes = doc.getElementsByTagNameNS(ns, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (cls == null || e.getAttribute("class").equals(cls)) {
                found.add(e);
            }
        }
        return found;
    }

    static Element byId(Document doc, String id) {
        for (String ns : List.of(XHTML, SVG)) {
            NodeList all = doc.getElementsByTagNameNS(ns, "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (e.getAttribute("id").equals(id)) {
                    return e;
                }
            }
        }
        throw new AssertionError("no element with id " + id);
    }

    static List<Element> within(Element root, String ns, String name, String cls) {
        NodeList nodes = root.getElementsByTagNameNS(ns, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (cls == null || e.getAttribute("class").equals(cls)) {
                found.add(e);
            }
        }
        return found;
    }

    static double[] widths(List<Element> bars) {
        return bars.stream().mapToDouble(e -> Double.parseDouble(e.getAttribute("width"))).toArray();
    }

    @Test
    void everyAudience_isWellFormedSelfContainedXhtml() {
        for (Audience audience : Audience.values()) {
            String html = ReportFormat.HTML.render(REPORT, audience);
            Document doc = parse(html);

            assertThat(html).startsWith("<!DOCTYPE html>\n<html xmlns=\"" + XHTML + "\" lang=\"en\"");
            assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(XHTML);
            assertSelfContained(html);
            assertThat(elements(doc, XHTML, "h1", null).get(0).getTextContent()).isEqualTo("Q1 review");
        }
    }

    @Test
    void everyChart_hasATitleAndATextAlternative() {
        Document doc = parse(ReportFormat.HTML.render(REPORT, Audience.ALL));
        List<Element> svgs = elements(doc, SVG, "svg", null);

        // 12 tiles, trend, categories, channels, comparison, 3 segments
        assertThat(svgs).hasSize(19);
        for (Element svg : svgs) {
            String id = svg.getAttribute("id");
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            assertThat(svg.getAttribute("aria-labelledby")).isEqualTo(id + "-title " + id + "-desc");
            assertThat(byId(doc, id + "-title").getTextContent()).isNotBlank();
            assertThat(byId(doc, id + "-desc").getTextContent()).isNotBlank();
        }
        assertThat(byId(doc, "channels-chart-desc").getTextContent()).isEqualTo("Bar chart: Revenue and conversions"
                + " per channel. Revenue (EUR) by category: email 50.00; linkedin 50.00; google 30.00. Conversions by"
                + " category: email 0.50; linkedin 0.50; google 1.00.");
    }

    @Test
    void executive_tilesShowTheScorecard() {
        Document doc = parse(ReportFormat.HTML.render(REPORT, Audience.EXECUTIVE));
        List<String> labels = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        for (Element tile : within(byId(doc, "scorecard-tiles"), SVG, "svg", null)) {
            labels.add(within(tile, SVG, "text", "label").get(0).getTextContent());
            figures.add(within(tile, SVG, "text", "figure").get(0).getTextContent());
        }

        assertThat(labels).containsExactly("ROI", "Net return per EUR spent", "Profit (EUR)", "Revenue (EUR)",
                "Investment (EUR)", "ROAS", "Conversions", "CAC from social (EUR)", "CPA from social (EUR)",
                "Attributed revenue (EUR)", "Unattributed (EUR)", "Pipeline value (EUR)");
        // ROI 60 / 120; 0.5 per euro; 180 - 120; ...; CAC 60 / 0.5 social sales; 130 attributed; 30 lead
        assertThat(figures).containsExactly("50.00%", "0.50", "60.00", "180.00", "120.00", "1.50x", "3", "120.00",
                "120.00", "130.00", "50.00", "30.00");
        // revenue 100 -> 80 in February: down 20%, in glyph and word
        assertThat(within(byId(doc, "scorecard-tiles-4"), SVG, "text", "change").get(0).getTextContent())
                .isEqualTo("\u25BC down -20.00% vs 2026-01");
    }

    @Test
    void executive_trendLines_followTheMonths() {
        Document doc = parse(ReportFormat.HTML.render(REPORT, Audience.EXECUTIVE));
        Element chart = byId(doc, "trend-chart");
        List<Element> lines = within(chart, SVG, "polyline", "series");
        double zero = Double.parseDouble(within(chart, SVG, "line", "zero").get(0).getAttribute("y1"));

        assertThat(lines).hasSize(2);
        double[][] investment = points(lines.get(0).getAttribute("points"));
        double[][] revenue = points(lines.get(1).getAttribute("points"));
        // investment 60 in both months: one height; revenue 100 then 80: heights in ratio 100 : 80,
        // and revenue 100 stands 100 / 60 as high as investment 60
        assertThat(investment[0][1]).isEqualTo(investment[1][1]);
        assertThat((zero - revenue[1][1]) / (zero - revenue[0][1])).isCloseTo(80.0 / 100.0, org.assertj.core.api.Assertions.within(0.0002));
        assertThat((zero - revenue[0][1]) / (zero - investment[0][1])).isCloseTo(100.0 / 60.0, org.assertj.core.api.Assertions.within(0.0002));
        assertThat(within(chart, SVG, "text", "period").stream().map(Element::getTextContent).toList())
                .containsExactly("2026-01", "2026-02");
    }

    private static double[][] points(String text) {
        String[] pairs = text.split(" ");
        double[][] p = new double[pairs.length][];
        for (int i = 0; i < pairs.length; i++) {
            String[] xy = pairs[i].split(",");
            p[i] = new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
        }
        return p;
    }

    /**
     * Bar lengths are written with two decimals, so a ratio of two lengths matches the ratio of
     * the figures to within what that rounding allows: each length is off by at most 0.005.
     */
    private static void assertProportional(double[] widths, double... figures) {
        int largest = 0;
        for (int i = 1; i < figures.length; i++) {
            largest = figures[i] > figures[largest] ? i : largest;
        }
        for (int i = 0; i < figures.length; i++) {
            double expected = widths[largest] * figures[i] / figures[largest];
            assertThat(widths[i]).as("bar %d", i).isCloseTo(expected, org.assertj.core.api.Assertions.within(0.0101));
        }
    }

    @Test
    void executive_categoryBars_areProportionalToTheAmounts() {
        Document doc = parse(ReportFormat.HTML.render(REPORT, Audience.EXECUTIVE));
        List<Element> bars = within(byId(doc, "categories-chart"), SVG, "rect", "bar");

        // ad spend 100.00, tools 20.00
        assertProportional(widths(bars), 100, 20);
        assertThat(within(byId(doc, "categories-chart"), SVG, "text", "value").stream().map(Element::getTextContent)
                .toList()).containsExactly("100.00", "20.00");
    }

    @Test
    void executive_movementsSayTheDirectionInWords() {
        Document doc = parse(ReportFormat.HTML.render(REPORT, Audience.EXECUTIVE));
        List<String> cells = within(byId(doc, "movements"), XHTML, "td", null).stream().map(Element::getTextContent)
                .toList();

        assertThat(cells).containsExactly("60.00", "60.00", "0.00%", "\u25C6 flat", "100.00", "80.00", "-20.00%",
                "\u25BC down", "1", "2", "100.00%", "\u25B2 up", "1.67x", "1.33x", "-20.00%", "\u25BC down");
        assertThat(byId(doc, "goals").getTextContent()).contains("No goals were set.");
    }

    @Test
    void executive_goalsReadByMetric() {
        LocalDate start = LocalDate.parse("2026-01-01");
        LocalDate deadline = LocalDate.parse("2026-12-31");
        MarketingReport report = MarketingReportTest.builder().goals(List.of(
                org.roikit.core.goal.Goal.reach("revenue", new java.math.BigDecimal("0"),
                        new java.math.BigDecimal("12345.6"), start, deadline),
                org.roikit.core.goal.Goal.reach("roi", new java.math.BigDecimal("0"), new java.math.BigDecimal("0.25"),
                        start, deadline),
                org.roikit.core.goal.Goal.reach("roas", new java.math.BigDecimal("1"), new java.math.BigDecimal("3"),
                        start, deadline),
                org.roikit.core.goal.Goal.reach("conversions", new java.math.BigDecimal("0"),
                        new java.math.BigDecimal("1000"), start, deadline))).build();
        Document doc = parse(ReportFormat.HTML.render(report, Audience.EXECUTIVE));
        List<String> cells = within(byId(doc, "goals"), XHTML, "td", null).stream().map(Element::getTextContent)
                .toList();

        // data cells (the goal is the row header): actual, expected today, target, deadline, of the way, status
        String g = "\u202F";
        assertThat(cells).hasSize(24);
        assertThat(List.of(cells.get(0), cells.get(2))).containsExactly("180.00", "12" + g + "345.60");
        assertThat(cells.get(1)).matches("[0-9" + g + "]+\\.[0-9]{2}");
        assertThat(List.of(cells.get(6), cells.get(8))).containsExactly("50.00%", "25.00%");
        assertThat(cells.get(7)).matches("[0-9]+\\.[0-9]{2}%");
        assertThat(List.of(cells.get(12), cells.get(14))).containsExactly("1.50x", "3.00x");
        assertThat(cells.get(13)).matches("[0-9]+\\.[0-9]{2}x");
        assertThat(List.of(cells.get(18), cells.get(20))).containsExactly("3", "1" + g + "000");
        assertThat(cells.get(19)).matches("[0-9]+");
    }

    @Test
    void executive_movementsReadByMetric_moneyGroupedAtCurrencyScale() {
        Document doc = parse(org.roikit.attribution.cli.DemoDashboard.html());
        List<String> cells = within(byId(doc, "movements"), XHTML, "td", null).stream().map(Element::getTextContent)
                .toList();

        // the demo's February and March: investment 23160 and 23709, revenue 58320 and 40820 (EUR),
        // 163 and 128 conversions, ROAS 58320 / 23160 = 2.518.. and 40820 / 23709 = 1.721..
        String g = "\u202F";
        assertThat(cells).containsExactly("23" + g + "160.00", "23" + g + "709.00", "2.37%", "\u25B2 up",
                "58" + g + "320.00", "40" + g + "820.00", "-30.01%", "\u25BC down", "163", "128", "-21.47%",
                "\u25BC down", "2.52x", "1.72x", "-31.63%", "\u25BC down");
    }

    @Test
    void team_channelBars_areProportionalToRevenueAndConversions() {
        Document doc = parse(ReportFormat.HTML.render(REPORT, Audience.TEAM));
        List<Element> bars = within(byId(doc, "channels-chart"), SVG, "rect", "bar");

        assertThat(bars).hasSize(6);
        double[] w = widths(bars);
        // revenue: email 50.00, linkedin 50.00, google 30.00
        assertProportional(new double[] {w[0], w[1], w[2]}, 50, 50, 30);
        // conversions: email 0.5, linkedin 0.5, google 1
        assertProportional(new double[] {w[3], w[4], w[5]}, 0.5, 0.5, 1);
    }

    @Test
    void team_comparisonBars_areProportionalToEachModelsRevenue() {
        Document doc = parse(ReportFormat.HTML.render(REPORT, Audience.TEAM));
        double[] w = widths(within(byId(doc, "comparison-chart"), SVG, "rect", "bar"));

        // channels email, google, linkedin; models last-touch, first-touch, linear, time-decay,
        // position-based, last-non-direct. Time decay: 100 x 2^(-2/7) / (2^(-7/7) + 2^(-2/7)) on email.
        double decay = 100 * Math.pow(2, -2.0 / 7) / (Math.pow(2, -1) + Math.pow(2, -2.0 / 7));
        double[] revenue = {100, 0, 50, 62.13, 50, 100, 30, 30, 30, 30, 30, 30, 0, 100, 50, 37.87, 50, 0};
        assertThat(decay).isCloseTo(62.13, org.assertj.core.api.Assertions.within(0.005));
        assertThat(w).hasSize(18);
        assertProportional(w, revenue);
    }

    @Test
    void team_segmentBars_showConversionRates() {
        Document doc = parse(ReportFormat.HTML.render(REPORT, Audience.TEAM));
        double[] w = widths(within(byId(doc, "segment-2-chart"), SVG, "rect", "bar"));

        // segment: smb 1 of 1 journeys converted, enterprise 1 of 2; revenue 100.00 and 30.00
        assertProportional(new double[] {w[0], w[1]}, 1, 0.5);
        assertProportional(new double[] {w[2], w[3]}, 100, 30);
        assertThat(byId(doc, "content").getTextContent()).contains("video", "newsletter");
    }

    @Test
    void everyTableOfMoreThanFourColumns_hasTheWholeWidthOfThePage() {
        Document doc = parse(ReportFormat.HTML.render(REPORT, Audience.ALL));
        List<String> wide = new ArrayList<>();
        for (Element table : elements(doc, XHTML, "table", "data")) {
            Element cell = (Element) table.getParentNode();
            Element layout = (Element) cell.getParentNode();
            int columns = within(table, XHTML, "th", null).stream().filter(th -> th.getAttribute("scope").equals("col"))
                    .toList().size();
            assertThat(cell.getAttribute("class")).startsWith("cell table-wrap");
            if (columns > 4) {
                String caption = within(table, XHTML, "caption", null).get(0).getTextContent();
                assertThat(layout.getAttribute("class") + " " + cell.getAttribute("class")).as(caption)
                        .containsAnyOf("full ", " wide");
                wide.add(caption);
            }
        }
        assertThat(wide).contains("Figures by month", "Channels under linear", "Campaigns under linear",
                "Revenue (EUR) per channel under each model", "By segment");
    }

    @Test
    void team_segmentChartOfManyValues_drawsTheTwelveOfMostRevenue_tableKeepsAll() {
        // 14 journeys, one touch each, content c01..c14, journey k converting k x 10.00 EUR
        List<Journey> journeys = new ArrayList<>();
        for (int k = 1; k <= 14; k++) {
            String id = String.format(Locale.ROOT, "j%02d", k);
            String content = String.format(Locale.ROOT, "c%02d", k);
            journeys.add(Journey.of(id, List.of(MarketingReportTest.touch(id, "01-05", "email", "spring", "tone", content)),
                    List.of(MarketingReportTest.conversion("x" + id, "01-06", k + "0.00", "sale"))));
        }
        MarketingReport report = MarketingReport.builder().journeys(journeys).model(AttributionModel.linear())
                .contentAttribute("tone").build();
        Document doc = parse(ReportFormat.HTML.render(report, Audience.TEAM));
        Element chart = chartTitled(doc, "Conversion rate and revenue by tone (12 of 14 values, by revenue)");

        List<String> labels = within(chart, SVG, "title", null).stream().map(Element::getTextContent)
                .filter(t -> t.contains(", Revenue (EUR): ")).toList();
        assertThat(labels).hasSize(12).startsWith("c14, Revenue (EUR): 140.00").endsWith("c03, Revenue (EUR): 30.00");
        assertThat(chart.getElementsByTagNameNS(SVG, "desc").item(0).getTextContent())
                .startsWith("Bar chart: Conversion rate and revenue by tone (12 of 14 values, by revenue).");
        Element table = captioned(doc, "By tone");
        assertThat(within(table, XHTML, "th", null).stream().filter(th -> th.getAttribute("scope").equals("row"))
                .map(Element::getTextContent).toList()).hasSize(14).contains("c01", "c02", "c14");
    }

    @Test
    void team_segmentChartOfTheContentAttribute_runsByRevenue() {
        Document doc = parse(ReportFormat.HTML.render(REPORT, Audience.TEAM));
        Element chart = chartTitled(doc, "Conversion rate and revenue by content_type");

        // linear: video 50.00 (j1) + 30.00 (j2) = 80.00 before newsletter 50.00
        assertThat(within(chart, SVG, "title", null).stream().map(Element::getTextContent)
                .filter(t -> t.contains(", Revenue (EUR): ")).toList())
                .containsExactly("video, Revenue (EUR): 80.00", "newsletter, Revenue (EUR): 50.00");
    }

    @Test
    void team_comparisonChart_leavesOutChannelsNoModelCredits_tablesKeepThem() {
        // a cost without a channel: the (unassigned) row, credited nothing by any model
        Investment costs = Investment.of(
                Cost.of(CostCategory.AD_SPEND, MarketingReportTest.eur("60.00")).withChannel("linkedin")
                        .withDate(LocalDate.parse("2026-01-01")),
                Cost.of(CostCategory.TOOLS, MarketingReportTest.eur("20.00")).withDate(LocalDate.parse("2026-01-01")));
        MarketingReport report = MarketingReportTest.builder().costs(costs).build();
        Document doc = parse(ReportFormat.HTML.render(report, Audience.TEAM));
        Element chart = byId(doc, "comparison-chart");

        // channels email, google, linkedin under six models; (unassigned) has no bar
        assertThat(within(chart, SVG, "rect", "bar")).hasSize(18);
        assertThat(within(chart, SVG, "title", null).stream().map(Element::getTextContent)
                .filter(t -> t.startsWith("(unassigned)"))).isEmpty();
        assertThat(byId(doc, "comparison-chart-desc").getTextContent()).endsWith(
                " Left out, with no revenue under any model: (unassigned); the tables list them.");
        for (String caption : List.of("Revenue (EUR) per channel under each model", "ROAS per channel under each model")) {
            assertThat(within(captioned(doc, caption), XHTML, "th", null).stream()
                    .map(Element::getTextContent)).as(caption).contains("(unassigned)");
        }
    }

    private static Element chartTitled(Document doc, String title) {
        for (Element svg : elements(doc, SVG, "svg", "chart")) {
            if (svg.getElementsByTagNameNS(SVG, "title").item(0).getTextContent().equals(title)) {
                return svg;
            }
        }
        throw new AssertionError("no chart titled " + title);
    }

    private static Element captioned(Document doc, String caption) {
        for (Element table : elements(doc, XHTML, "table", "data")) {
            if (within(table, XHTML, "caption", null).get(0).getTextContent().equals(caption)) {
                return table;
            }
        }
        throw new AssertionError("no table captioned " + caption);
    }

    @Test
    void hostileText_isEscaped() {
        MarketingReport hostile = MarketingReportTest.builder().title("<script>alert('x')</script> & \"co\"").build();
        String html = ReportFormat.HTML.render(hostile, Audience.ALL);
        Document doc = parse(html);

        assertSelfContained(html);
        assertThat(elements(doc, XHTML, "h1", null).get(0).getTextContent())
                .isEqualTo("<script>alert('x')</script> & \"co\"");
    }

    @Test
    void withoutCostsOrSecondPeriod_sectionsSaySoInWords() {
        MarketingReport small = MarketingReportTest.builder().period(org.roikit.core.series.Granularity.QUARTER)
                .build();
        MarketingReport noCosts = MarketingReport.builder().journeys(MarketingReportTest.journeys()).build();

        Document quarter = parse(ReportFormat.HTML.render(small, Audience.EXECUTIVE));
        assertThat(byId(quarter, "movements").getTextContent())
                .contains("The report window has fewer than two complete quarters: there is nothing to compare (see the notes).");
        Document free = parse(ReportFormat.HTML.render(noCosts, Audience.ALL));
        assertThat(byId(free, "categories").getTextContent()).contains("No costs in the report window.");
        assertThat(within(byId(free, "scorecard-tiles-1"), SVG, "text", "figure").get(0).getTextContent()).isEqualTo("n/a");
        assertThat(within(byId(free, "scorecard-tiles-1"), SVG, "text", "change").get(0).getTextContent())
                .isEqualTo("no costs");
        // profit (tile 3) and investment (tile 5) are not reported without costs
        for (String tile : List.of("scorecard-tiles-3", "scorecard-tiles-5")) {
            assertThat(within(byId(free, tile), SVG, "text", "figure").get(0).getTextContent()).isEqualTo("n/a");
            assertThat(within(byId(free, tile), SVG, "text", "change").get(0).getTextContent()).isEqualTo("no costs");
        }
    }
}
