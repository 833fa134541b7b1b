package org.roikit.attribution.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.roikit.attribution.internal.chart.BarChart;
import org.roikit.attribution.internal.chart.DataTable;
import org.roikit.attribution.internal.chart.DataTable.Column;
import org.roikit.attribution.internal.chart.Format;
import org.roikit.attribution.internal.chart.GroupedBarChart;
import org.roikit.attribution.internal.chart.HtmlPage;
import org.roikit.attribution.internal.chart.HtmlPage.Layout;
import org.roikit.attribution.internal.chart.HtmlPage.Section;
import org.roikit.attribution.internal.chart.LineChart;
import org.roikit.attribution.internal.chart.Series;
import org.roikit.attribution.internal.chart.Tiles;
import org.roikit.attribution.internal.chart.Tiles.Tile;
import org.roikit.attribution.internal.chart.Tiles.Trend;
import org.roikit.core.Money;
import org.roikit.core.Ratio;
import org.roikit.core.goal.GoalProgress;

/**
 * Renders a report as {@link ReportFormat#HTML}: one self-contained XHTML page (inline CSS and
 * SVG, no script, nothing fetched) built from the report's data only.
 *
 * <p>Executive sections: scorecard tiles, investment and revenue by period (line chart and
 * table), investment by category (bars), the latest change with its direction in glyph and word,
 * goals and notes. Team sections: revenue and conversions per channel (bars and table), the model
 * comparison (grouped bars, leaving out channels no model credits, and tables), campaigns (table),
 * conversion rate and revenue by every touchpoint attribute (bars and table; the chart of the
 * content attribute, or of an attribute with more than {@value #CHARTED_VALUES} values, shows the
 * {@value #CHARTED_VALUES} values of most revenue and says so in its title, while the table keeps
 * every value), best and worst content (tables) and notes. Every chart carries a text
 * alternative, and every chart's figures are also in a table next to it. Sections whose tables
 * have more than four columns are laid out full width, each table below its chart, so that no
 * column is hidden. A section with nothing to chart says so in words instead.
 */
final class HtmlRenderer implements Renderer {

    private static final String LANG = "en";
    private static final Format PERCENT = Format.percent(2);
    private static final Format NUMBER = Format.number(2);
    private static final Format WHOLE = Format.number(0);

    /** The most values of an attribute drawn in its segment chart. */
    static final int CHARTED_VALUES = 12;

    @Override
    public void write(MarketingReport report, Audience audience, Appendable out) throws IOException {
        List<Section> sections = new ArrayList<>();
        String part;
        switch (audience) {
            case EXECUTIVE -> {
                executive(report.executive(), sections);
                part = "executive summary";
            }
            case TEAM -> {
                team(report.team(), sections);
                part = "team detail";
            }
            default -> {
                executive(report.executive(), sections);
                team(report.team(), sections);
                part = "executive summary and team detail";
            }
        }
        String subtitle = report.from() + " to " + report.to() + ", amounts in "
                + report.currency().getCurrencyCode() + ": " + part;
        out.append(HtmlPage.xhtml(LANG, report.title(), subtitle, sections));
    }

    // ------------------------------------------------------------------ executive

    private static void executive(ExecutiveSummary s, List<Section> sections) {
        Format money = money(s.currency());
        String code = s.currency().getCurrencyCode();
        Scorecard c = s.scorecard();
        List<Tile> tiles = new ArrayList<>();
        tiles.add(ratioTile("ROI", c.roi(), PERCENT, ""));
        tiles.add(ratioTile("Net return per " + code + " spent", c.returnPerUnit(), money, ""));
        tiles.add(c.profit().map(p -> Tile.of("Profit (" + code + ")", money.value(p.amount())))
                .orElse(new Tile("Profit (" + code + ")", "n/a", Trend.NONE, Computation.NO_COSTS)));
        tiles.add(movingTile("Revenue (" + code + ")", money.value(c.revenue().amount()), s, "revenue"));
        tiles.add(c.investment().map(i -> movingTile("Investment (" + code + ")", money.value(i.amount()), s, "investment"))
                .orElse(new Tile("Investment (" + code + ")", "n/a", Trend.NONE, Computation.NO_COSTS)));
        tiles.add(c.roas().isDefined()
                ? movingTile("ROAS", multiple(c.roas().value()), s, "roas")
                : ratioTile("ROAS", c.roas(), NUMBER, ""));
        tiles.add(movingTile("Conversions", Long.toString(c.conversions()), s, "conversions"));
        tiles.add(ratioTile("CAC from social (" + code + ")", s.socialCac(), money, ""));
        tiles.add(ratioTile("CPA from social (" + code + ")", s.socialCpa(), money, ""));
        tiles.add(Tile.of("Attributed revenue (" + code + ")", money.value(s.attributedRevenue().amount())));
        tiles.add(Tile.of("Unattributed (" + code + ")", money.value(s.unattributedRevenue().amount())));
        tiles.add(s.pipelineValue().map(p -> Tile.of("Pipeline value (" + code + ")", money.value(p.amount())))
                .orElse(new Tile("Pipeline value (" + code + ")", "n/a", Trend.NONE,
                        s.pipelineReason().orElse(""))));
        sections.add(new Section("scorecard", "Scorecard", Layout.FULL, List.of(Tiles.html("scorecard-tiles", tiles))));

        String by = TextReport.granularity(s.granularity());
        List<String> blocks = new ArrayList<>();
        if (!s.trend().isEmpty()) {
            List<String> periods = s.trend().stream().map(TextReport::period).toList();
            blocks.add(LineChart.svg("trend-chart", "Investment and revenue by " + by, periods,
                    List.of(new Series("Investment", s.trend().stream().map(f -> f.investment().amount()).toList()),
                            new Series("Revenue", s.trend().stream().map(f -> f.revenue().amount()).toList())),
                    money, "Amount", Character.toUpperCase(by.charAt(0)) + by.substring(1)));
        }
        List<List<String>> rows = new ArrayList<>();
        for (PeriodFigures f : s.trend()) {
            rows.add(List.of(TextReport.period(f), money.value(f.investment().amount()),
                    money.value(f.revenue().amount()), Long.toString(f.conversions()), ratio(f.roi(), PERCENT)));
        }
        blocks.add(DataTable.html("Figures by " + by, List.of(text("period"), num("investment (" + code + ")"),
                num("revenue (" + code + ")"), num("conversions"), num("ROI")), rows));
        sections.add(new Section("trend", "Investment and return by " + by, Layout.FULL, blocks));

        if (s.investmentByCategory().isEmpty()) {
            sections.add(new Section("categories", "Investment by category", Layout.FULL,
                    List.of(HtmlPage.paragraph("No costs in the report window."))));
        } else {
            List<String> categories = s.investmentByCategory().stream().map(x -> x.category().label()).toList();
            List<List<String>> shares = new ArrayList<>();
            for (CategoryShare x : s.investmentByCategory()) {
                shares.add(List.of(x.category().label(), money.value(x.amount().amount()), ratio(x.share(), PERCENT)));
            }
            sections.add(new Section("categories", "Investment by category", Layout.GRID, List.of(
                    BarChart.svg("categories-chart", "Investment by category", categories, new BarChart.Measure(
                            "Investment", money, s.investmentByCategory().stream().map(x -> x.amount().amount())
                                    .toList())),
                    DataTable.html("Investment by category", List.of(text("category"), num("amount (" + code + ")"),
                            num("share")), shares))));
        }

        if (s.movements().isEmpty()) {
            sections.add(new Section("movements", "Change", Layout.FULL, List.of(HtmlPage.paragraph(
                    "The report window has fewer than two complete " + by + "s: there is nothing to compare (see the"
                            + " notes)."))));
        } else {
            Movement first = s.movements().get(0);
            List<List<String>> moves = new ArrayList<>();
            for (Movement m : s.movements()) {
                moves.add(List.of(m.metric(), TextReport.movement(m, m.previous(), s, money::value),
                        TextReport.movement(m, m.current(), s, money::value),
                        ratio(m.change().relative(), PERCENT), direction(m.direction())));
            }
            String heading = "Change from " + first.change().from() + " to " + first.change().to();
            sections.add(new Section("movements", heading, Layout.FULL, List.of(DataTable.html(heading,
                    List.of(text("metric"), num("previous"), num("current"), num("change"), text("direction")),
                    moves))));
        }

        if (s.goals().isEmpty()) {
            sections.add(new Section("goals", "Goals", Layout.FULL, List.of(HtmlPage.paragraph("No goals were set."))));
        } else {
            List<List<String>> goals = new ArrayList<>();
            for (GoalProgress g : s.goals()) {
                String metric = g.goal().metric();
                goals.add(List.of(metric, goalValue(metric, g.actual(), money), goalValue(metric, g.expected(), money),
                        goalValue(metric, g.goal().target(), money), g.goal().deadline().toString(),
                        ratio(g.shareOfTheWay(), PERCENT), TextReport.status(g.status())));
            }
            sections.add(new Section("goals", "Goals", Layout.FULL, List.of(DataTable.html("Goals on " + s.to(),
                    List.of(text("goal"), num("actual"), num("expected today"), num("target"), text("deadline"),
                            num("of the way"), text("status")), goals))));
        }
        notes("executive-notes", s.notes(), sections);
    }

    /**
     * Returns a goal's figure read by its metric: ROI as a percentage, ROAS as a multiple, amounts
     * grouped at the currency's scale, counts as whole numbers.
     */
    static String goalValue(String metric, BigDecimal value, Format money) {
        return switch (metric) {
            case "roi" -> PERCENT.value(value);
            case "roas" -> multiple(value);
            case "investment", "revenue", "profit" -> money.value(value);
            default -> WHOLE.value(value);
        };
    }

    private static Tile ratioTile(String label, Ratio ratio, Format format, String note) {
        if (ratio.isUndefined()) {
            return new Tile(label, "n/a", Trend.NONE, ratio.reason().orElse(""));
        }
        return new Tile(label, format.value(ratio.value()), Trend.NONE, note);
    }

    private static Tile movingTile(String label, String value, ExecutiveSummary s, String metric) {
        for (Movement m : s.movements()) {
            if (m.metric().equals(metric)) {
                Trend trend = switch (m.direction()) {
                    case UP -> Trend.UP;
                    case DOWN -> Trend.DOWN;
                    case FLAT -> Trend.FLAT;
                    case UNKNOWN -> Trend.NONE;
                };
                Ratio relative = m.change().relative();
                String change = relative.isDefined() ? signed(PERCENT.value(relative.value())) + " " : "";
                return new Tile(label, value, trend, change + "vs " + m.change().from());
            }
        }
        return Tile.of(label, value);
    }

    // ------------------------------------------------------------------ team

    private static void team(TeamDetail d, List<Section> sections) {
        Format money = money(d.currency());
        String code = d.currency().getCurrencyCode();
        String model = d.model().toString();

        List<String> channelBlocks = new ArrayList<>();
        if (d.channels().isEmpty()) {
            channelBlocks.add(HtmlPage.paragraph("No channel was credited or charged."));
        } else {
            List<String> names = d.channels().stream().map(Performance::name).toList();
            channelBlocks.add(BarChart.svg("channels-chart", "Revenue and conversions per channel", names,
                    new BarChart.Measure("Revenue", money, d.channels().stream().map(p -> p.revenue().amount()).toList()),
                    new BarChart.Measure("Conversions", NUMBER, d.channels().stream().map(Performance::conversions)
                            .toList())));
        }
        channelBlocks.add(performances("Channels under " + model, "channel", d.channels(), money, code));
        sections.add(new Section("channels", "Channels under " + model, Layout.FULL, channelBlocks));

        ModelTable table = ModelTable.of(d);
        List<String> comparison = new ArrayList<>();
        // a channel no model credits (such as costs without a channel) would be a row of zero bars
        List<Integer> credited = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (int c = 0; c < table.channels().size(); c++) {
            if (table.revenue().get(c).stream().anyMatch(v -> v.amount().signum() != 0)) {
                credited.add(c);
            } else {
                left.add(table.channels().get(c));
            }
        }
        if (!credited.isEmpty()) {
            List<Series> series = new ArrayList<>();
            for (int m = 0; m < table.models().size(); m++) {
                int k = m;
                series.add(new Series(table.models().get(m), credited.stream()
                        .map(c -> table.revenue().get(c).get(k).amount()).toList()));
            }
            String note = left.isEmpty() ? "" : "Left out, with no revenue under any model: " + String.join(", ", left)
                    + "; the tables list them.";
            comparison.add(GroupedBarChart.svg("comparison-chart", "Revenue per channel under each model",
                    credited.stream().map(table.channels()::get).toList(), series, money, "Revenue", note));
        }
        List<Column> columns = new ArrayList<>();
        columns.add(text("channel"));
        table.models().forEach(m -> columns.add(num(m)));
        List<List<String>> rows = new ArrayList<>();
        for (int c = 0; c < table.channels().size(); c++) {
            List<String> row = new ArrayList<>();
            row.add(table.channels().get(c));
            table.revenue().get(c).forEach(v -> row.add(money.value(v.amount())));
            rows.add(row);
        }
        rows.add(fixed(org.roikit.attribution.AttributionReport.UNATTRIBUTED, table.unattributed(), table, money));
        rows.add(fixed("total", table.total(), table, money));
        comparison.add(DataTable.html("Revenue (" + code + ") per channel under each model", columns, rows));
        if (table.costs()) {
            List<List<String>> roas = new ArrayList<>();
            for (int c = 0; c < table.channels().size(); c++) {
                List<String> row = new ArrayList<>();
                row.add(table.channels().get(c));
                table.roas().get(c).forEach(v -> row.add(v.isDefined() ? multiple(v.value()) : "-"));
                roas.add(row);
            }
            comparison.add(DataTable.html("ROAS per channel under each model", columns, roas));
        }
        sections.add(new Section("comparison", "Model comparison", Layout.FULL, comparison));

        sections.add(new Section("campaigns", "Campaigns under " + model, Layout.FULL,
                List.of(performances("Campaigns under " + model, "campaign", d.campaigns(), money, code))));

        List<String> segments = new ArrayList<>();
        for (int i = 0; i < d.segments().size(); i++) {
            Segment seg = d.segments().get(i);
            if (seg.rows().isEmpty()) {
                continue;
            }
            List<SegmentRow> charted = seg.rows();
            String title = "Conversion rate and revenue by " + seg.attribute();
            if (seg.attribute().equals(d.contentAttribute()) || charted.size() > CHARTED_VALUES) {
                // a bar per value would run the chart far down the page; the table keeps every value
                charted = charted.stream().sorted(Comparator.comparing((SegmentRow r) -> r.revenue().amount())
                        .reversed()).limit(CHARTED_VALUES).toList();
                if (charted.size() < seg.rows().size()) {
                    title += " (" + charted.size() + " of " + seg.rows().size() + " values, by revenue)";
                }
            }
            segments.add(BarChart.svg("segment-" + (i + 1) + "-chart", title,
                    charted.stream().map(SegmentRow::value).toList(),
                    new BarChart.Measure("Conversion rate", PERCENT, charted.stream()
                            .map(r -> r.conversionRate().toOptional().orElse(BigDecimal.ZERO)).toList()),
                    new BarChart.Measure("Revenue", money, charted.stream().map(r -> r.revenue().amount()).toList())));
            List<List<String>> segRows = new ArrayList<>();
            for (SegmentRow r : seg.rows()) {
                segRows.add(List.of(r.value(), Long.toString(r.journeys()), Long.toString(r.convertedJourneys()),
                        ratio(r.conversionRate(), PERCENT), NUMBER.value(r.conversions()), money.value(r.revenue().amount())));
            }
            segments.add(DataTable.html("By " + seg.attribute(), List.of(text(seg.attribute()), num("journeys"),
                    num("converted"), num("conversion rate"), num("conversions"), num("revenue (" + code + ")")),
                    segRows));
        }
        if (segments.isEmpty()) {
            segments.add(HtmlPage.paragraph("No touch carries an attribute to segment by."));
        }
        sections.add(new Section("segments", "Conversion rate by segment", Layout.FULL, segments));

        sections.add(new Section("content", "Best and worst content by " + d.contentAttribute(), Layout.GRID, List.of(
                content("Best content by " + d.contentAttribute(), d.contentAttribute(), d.bestContent(), money, code),
                content("Worst content by " + d.contentAttribute(), d.contentAttribute(), d.worstContent(), money,
                        code))));
        notes("team-notes", d.notes(), sections);
    }

    private static List<String> fixed(String name, Money amount, ModelTable table, Format money) {
        List<String> row = new ArrayList<>();
        row.add(name);
        table.models().forEach(m -> row.add(money.value(amount.amount())));
        return row;
    }

    private static String performances(String caption, String label, List<Performance> rows, Format money,
            String code) {
        List<List<String>> cells = new ArrayList<>();
        for (Performance p : rows) {
            cells.add(List.of(p.name(), NUMBER.value(p.conversions()), money.value(p.revenue().amount()),
                    p.cost().map(c -> money.value(c.amount())).orElse("-"), ratio(p.roi(), PERCENT),
                    p.roas().isDefined() ? multiple(p.roas().value()) : "-", ratio(p.cpa(), money)));
        }
        return DataTable.html(caption, List.of(text(label), num("conversions"), num("revenue (" + code + ")"),
                num("cost (" + code + ")"), num("ROI"), num("ROAS"), num("CPA (" + code + ")")), cells);
    }

    private static String content(String caption, String label, List<ContentPerformance> rows, Format money,
            String code) {
        List<List<String>> cells = new ArrayList<>();
        for (ContentPerformance c : rows) {
            cells.add(List.of(c.content(), Long.toString(c.touches()), NUMBER.value(c.conversions()),
                    money.value(c.revenue().amount())));
        }
        return DataTable.html(caption, List.of(text(label), num("touches"), num("conversions"),
                num("revenue (" + code + ")")), cells);
    }

    // ------------------------------------------------------------------ shared

    private static void notes(String id, List<String> notes, List<Section> sections) {
        if (!notes.isEmpty()) {
            List<String> blocks = new ArrayList<>();
            notes.forEach(n -> blocks.add(HtmlPage.paragraph(n)));
            sections.add(new Section(id, "Notes", Layout.FULL, blocks));
        }
    }

    /** Returns the format of amounts in {@code currency}, at its scale. */
    private static Format money(java.util.Currency currency) {
        return Format.money(currency.getCurrencyCode(), Math.max(0, currency.getDefaultFractionDigits()));
    }

    private static Column text(String heading) {
        return new Column(heading, false);
    }

    private static Column num(String heading) {
        return new Column(heading, true);
    }

    /** Returns the ratio in {@code format}, or {@code -} when undefined. */
    private static String ratio(Ratio ratio, Format format) {
        return ratio.isDefined() ? format.value(ratio.value()) : "-";
    }

    private static String multiple(BigDecimal value) {
        return NUMBER.value(value) + "x";
    }

    private static String signed(String number) {
        return number.startsWith("-") ? number : "+" + number;
    }

    /** Returns the direction as a glyph and a word, so that it does not rest on colour or shape alone. */
    static String direction(Direction direction) {
        return switch (direction) {
            case UP -> "\u25B2 up";
            case DOWN -> "\u25BC down";
            case FLAT -> "\u25C6 flat";
            case UNKNOWN -> "? unknown";
        };
    }
}
