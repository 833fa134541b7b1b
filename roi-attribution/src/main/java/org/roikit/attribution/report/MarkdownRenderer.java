package org.roikit.attribution.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.roikit.attribution.AttributionReport;
import org.roikit.attribution.internal.Numbers;
import org.roikit.core.goal.GoalProgress;

/**
 * Renders a report as {@link ReportFormat#MARKDOWN}: the sections of the plain text as headings
 * and GitHub pipe tables (text columns left-aligned, figures right-aligned), with the same
 * figures read the same way. Cell and heading text from the data is escaped, so a channel named
 * {@code a|b} or {@code *new*} stays literal; line breaks in data become spaces.
 */
final class MarkdownRenderer implements Renderer {

    @Override
    public void write(MarketingReport report, Audience audience, Appendable out) throws IOException {
        switch (audience) {
            case EXECUTIVE -> out.append(executive(report.executive()));
            case TEAM -> out.append(team(report.team()));
            case ALL -> out.append(executive(report.executive())).append('\n').append(team(report.team()));
        }
    }

    static String executive(ExecutiveSummary s) {
        StringJoiner md = new StringJoiner("\n", "", "\n");
        md.add("# " + escape(s.title()) + ": executive summary");
        md.add("");
        md.add(s.from() + ".." + s.to() + ", amounts in " + s.currency().getCurrencyCode());
        Scorecard c = s.scorecard();
        section(md, "Scorecard");
        new Table("figure", "value")
                .row("investment", c.investment().map(TextReport::amount).orElse("-"))
                .row("revenue", TextReport.amount(c.revenue()))
                .row("profit", c.profit().map(TextReport::amount).orElse("-"))
                .row("ROI", c.roi().toString())
                .row("net return per unit invested", c.returnPerUnit().toString())
                .row("ROAS", c.roas().toString())
                .row("conversions", Long.toString(c.conversions()))
                .row("CAC from social", s.socialCac().toString())
                .row("CPA from social", s.socialCpa().toString())
                .row("attributed revenue", TextReport.amount(s.attributedRevenue()))
                .row("unattributed revenue", TextReport.amount(s.unattributedRevenue()))
                .row("pipeline value", s.pipelineValue().map(TextReport::amount).orElse("-"))
                .appendTo(md);
        if (!s.investmentByCategory().isEmpty()) {
            section(md, "Investment by category");
            Table t = new Table("category", "amount", "share");
            for (CategoryShare share : s.investmentByCategory()) {
                t.row(share.category().label(), TextReport.amount(share.amount()), TextReport.read(share.share()));
            }
            t.appendTo(md);
        }
        section(md, "Trend by " + TextReport.granularity(s.granularity()));
        Table trend = new Table("period", "investment", "revenue", "conversions", "ROI");
        for (PeriodFigures f : s.trend()) {
            trend.row(TextReport.period(f), TextReport.amount(f.investment()), TextReport.amount(f.revenue()),
                    Long.toString(f.conversions()), TextReport.read(f.roi()));
        }
        trend.appendTo(md);
        if (!s.movements().isEmpty()) {
            Movement first = s.movements().get(0);
            section(md, "Change " + first.change().from() + " -> " + first.change().to());
            Table t = new Table("metric", "previous", "current", "change", "direction");
            for (Movement m : s.movements()) {
                t.row(m.metric(), TextReport.movement(m, m.previous(), s, BigDecimal::toPlainString),
                        TextReport.movement(m, m.current(), s, BigDecimal::toPlainString),
                        TextReport.read(m.change().relative()), HtmlRenderer.direction(m.direction()));
            }
            t.appendTo(md);
        }
        if (!s.goals().isEmpty()) {
            section(md, "Goals");
            for (GoalProgress g : s.goals()) {
                md.add("- " + escape(g.toString()));
            }
        }
        notes(md, s.notes());
        return md.toString();
    }

    static String team(TeamDetail d) {
        StringJoiner md = new StringJoiner("\n", "", "\n");
        md.add("# " + escape(d.title()) + ": team detail");
        md.add("");
        md.add(d.from() + ".." + d.to() + ", amounts in " + d.currency().getCurrencyCode());
        section(md, "By channel (" + d.model() + ")");
        performances(md, "channel", d.channels());
        section(md, "By campaign (" + d.model() + ")");
        performances(md, "campaign", d.campaigns());
        section(md, "Model comparison");
        ModelTable table = ModelTable.of(d);
        md.add("Revenue by channel under each model");
        md.add("");
        List<String> header = new ArrayList<>();
        header.add("channel");
        header.addAll(table.models());
        Table revenue = new Table(header.toArray(new String[0]));
        for (int c = 0; c < table.channels().size(); c++) {
            List<String> row = new ArrayList<>();
            row.add(table.channels().get(c));
            table.revenue().get(c).forEach(v -> row.add(TextReport.amount(v)));
            revenue.row(row.toArray(new String[0]));
        }
        revenue.row(fixed(AttributionReport.UNATTRIBUTED, TextReport.amount(table.unattributed()), table));
        revenue.row(fixed("total", TextReport.amount(table.total()), table));
        revenue.appendTo(md);
        if (table.costs()) {
            md.add("");
            md.add("ROAS by channel under each model");
            md.add("");
            Table roas = new Table(header.toArray(new String[0]));
            for (int c = 0; c < table.channels().size(); c++) {
                List<String> row = new ArrayList<>();
                row.add(table.channels().get(c));
                table.roas().get(c).forEach(v -> row.add(TextReport.read(v)));
                roas.row(row.toArray(new String[0]));
            }
            roas.appendTo(md);
        }
        for (Segment segment : d.segments()) {
            section(md, "By " + segment.attribute());
            Table t = new Table(segment.attribute(), "journeys", "converted", "rate", "conversions", "revenue");
            for (SegmentRow r : segment.rows()) {
                t.row(r.value(), Long.toString(r.journeys()), Long.toString(r.convertedJourneys()),
                        TextReport.read(r.conversionRate()), Numbers.sixDecimals(r.conversions()),
                        TextReport.amount(r.revenue()));
            }
            t.appendTo(md);
        }
        content(md, "Best content by " + d.contentAttribute(), d.contentAttribute(), d.bestContent());
        content(md, "Worst content by " + d.contentAttribute(), d.contentAttribute(), d.worstContent());
        notes(md, d.notes());
        return md.toString();
    }

    private static String[] fixed(String name, String value, ModelTable table) {
        String[] row = new String[table.models().size() + 1];
        row[0] = name;
        for (int i = 1; i < row.length; i++) {
            row[i] = value;
        }
        return row;
    }

    private static void performances(StringJoiner md, String label, List<Performance> rows) {
        Table t = new Table(label, "conversions", "revenue", "cost", "ROI", "ROAS", "CPA");
        for (Performance p : rows) {
            t.row(p.name(), Numbers.sixDecimals(p.conversions()), TextReport.amount(p.revenue()),
                    p.cost().map(TextReport::amount).orElse("-"), TextReport.read(p.roi()), TextReport.read(p.roas()),
                    TextReport.read(p.cpa()));
        }
        t.appendTo(md);
    }

    private static void content(StringJoiner md, String heading, String label, List<ContentPerformance> rows) {
        section(md, heading);
        Table t = new Table(label, "touches", "conversions", "revenue");
        for (ContentPerformance c : rows) {
            t.row(c.content(), Long.toString(c.touches()), Numbers.sixDecimals(c.conversions()),
                    TextReport.amount(c.revenue()));
        }
        t.appendTo(md);
    }

    private static void notes(StringJoiner md, List<String> notes) {
        if (!notes.isEmpty()) {
            section(md, "Notes");
            for (String note : notes) {
                md.add("- " + escape(note));
            }
        }
    }

    private static void section(StringJoiner md, String heading) {
        md.add("");
        md.add("## " + escape(heading));
        md.add("");
    }

    /**
     * Returns {@code text} with the ASCII punctuation that Markdown or a table gives meaning to
     * escaped by a backslash (CommonMark lets any ASCII punctuation be escaped), and line breaks
     * as spaces, so that data never turns into markup or breaks a table row.
     */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<|#&~!".indexOf(c) >= 0) {
                b.append('\\').append(c);
            } else if (c == '\n' || c == '\r') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A pipe table: the first column left-aligned, the others right-aligned. */
    private static final class Table {

        private final String[] header;
        private final List<String[]> rows = new ArrayList<>();

        Table(String... header) {
            this.header = header;
        }

        Table row(String... cells) {
            rows.add(cells);
            return this;
        }

        void appendTo(StringJoiner md) {
            md.add(line(header));
            StringBuilder rule = new StringBuilder("|");
            for (int i = 0; i < header.length; i++) {
                rule.append(i == 0 ? " :--- |" : " ---: |");
            }
            md.add(rule.toString());
            for (String[] row : rows) {
                md.add(line(row));
            }
        }

        private static String line(String[] cells) {
            StringBuilder b = new StringBuilder("|");
            for (String cell : cells) {
                b.append(' ').append(escape(cell)).append(" |");
            }
            return b.toString();
        }
    }
}
