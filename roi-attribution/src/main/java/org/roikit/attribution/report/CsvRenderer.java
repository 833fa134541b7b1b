package org.roikit.attribution.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.roikit.attribution.AttributionReport;
import org.roikit.attribution.internal.Numbers;
import org.roikit.core.Money;
import org.roikit.core.Ratio;
import org.roikit.core.goal.GoalProgress;

/**
 * Renders a report as {@link ReportFormat#CSV}: one long table, one figure per row, in the
 * columns {@link #HEADER}; the format is described on {@link ReportFormat#CSV}.
 */
final class CsvRenderer implements Renderer {

    /** The header row. */
    static final String HEADER = "section,group,item,metric,value,currency,reason";

    @Override
    public void write(MarketingReport report, Audience audience, Appendable out) throws IOException {
        out.append(HEADER).append('\n');
        String code = report.currency().getCurrencyCode();
        row(out, "report", "", "", "title", report.title(), "");
        row(out, "report", "", "", "from", report.from().toString(), "");
        row(out, "report", "", "", "to", report.to().toString(), "");
        row(out, "report", "", "", "currency", code, "");
        if (audience != Audience.TEAM) {
            executive(report.executive(), out);
        }
        if (audience != Audience.EXECUTIVE) {
            team(report.team(), out);
        }
    }

    private static void executive(ExecutiveSummary s, Appendable out) throws IOException {
        Scorecard c = s.scorecard();
        String code = s.currency().getCurrencyCode();
        if (c.investment().isPresent()) {
            money(out, "scorecard", "", "", "investment", c.investment().get());
        } else {
            undefined(out, "scorecard", "", "", "investment", code, Computation.NO_COSTS);
        }
        money(out, "scorecard", "", "", "revenue", c.revenue());
        if (c.profit().isPresent()) {
            money(out, "scorecard", "", "", "profit", c.profit().get());
        } else {
            undefined(out, "scorecard", "", "", "profit", code, Computation.NO_COSTS);
        }
        ratio(out, "scorecard", "", "", "roi", c.roi());
        ratio(out, "scorecard", "", "", "return_per_unit", c.returnPerUnit());
        ratio(out, "scorecard", "", "", "roas", c.roas());
        row(out, "scorecard", "", "", "conversions", Long.toString(c.conversions()), "");
        ratio(out, "scorecard", "", "", "social_cac", s.socialCac());
        ratio(out, "scorecard", "", "", "social_cpa", s.socialCpa());
        money(out, "scorecard", "", "", "attributed_revenue", s.attributedRevenue());
        money(out, "scorecard", "", "", "unattributed_revenue", s.unattributedRevenue());
        if (s.pipelineValue().isPresent()) {
            money(out, "scorecard", "", "", "pipeline_value", s.pipelineValue().get());
        } else {
            undefined(out, "scorecard", "", "", "pipeline_value", s.currency().getCurrencyCode(),
                    s.pipelineReason().orElse(""));
        }
        for (CategoryShare x : s.investmentByCategory()) {
            money(out, "investment_by_category", "", x.category().label(), "amount", x.amount());
            ratio(out, "investment_by_category", "", x.category().label(), "share", x.share());
        }
        String by = TextReport.granularity(s.granularity());
        for (PeriodFigures f : s.trend()) {
            String p = f.period().toString();
            if (!f.complete()) {
                row(out, "trend", by, p, "partial_days", f.from() + ".." + f.to(), "");
            }
            money(out, "trend", by, p, "investment", f.investment());
            money(out, "trend", by, p, "revenue", f.revenue());
            row(out, "trend", by, p, "conversions", Long.toString(f.conversions()), "");
            ratio(out, "trend", by, p, "roi", f.roi());
        }
        for (Movement m : s.movements()) {
            String group = m.change().from() + ".." + m.change().to();
            boolean money = isMoney(m);
            String unit = money ? s.currency().getCurrencyCode() : "";
            decimal(out, "movements", group, m.metric(), "previous", atScale(m.previous(), money, s), unit);
            decimal(out, "movements", group, m.metric(), "current", atScale(m.current(), money, s), unit);
            decimal(out, "movements", group, m.metric(), "difference", atScale(m.change().difference(), money, s),
                    unit);
            ratio(out, "movements", group, m.metric(), "change", m.change().relative());
            row(out, "movements", group, m.metric(), "direction", m.direction().name().toLowerCase(java.util.Locale.ROOT), "");
        }
        for (int i = 0; i < s.goals().size(); i++) {
            GoalProgress g = s.goals().get(i);
            String group = Integer.toString(i + 1);
            String metric = g.goal().metric();
            row(out, "goals", group, metric, "actual", g.actual().toPlainString(), "");
            row(out, "goals", group, metric, "expected", g.expected().toPlainString(), "");
            row(out, "goals", group, metric, "target", g.goal().target().toPlainString(), "");
            row(out, "goals", group, metric, "deadline", g.goal().deadline().toString(), "");
            ratio(out, "goals", group, metric, "share_of_the_way", g.shareOfTheWay());
            row(out, "goals", group, metric, "status", TextReport.status(g.status()), "");
        }
        notes(out, "executive_notes", s.notes());
    }

    private static void team(TeamDetail d, Appendable out) throws IOException {
        String model = modelKey(d.model());
        performances(out, "channels", model, d.channels());
        performances(out, "campaigns", model, d.campaigns());
        ModelTable table = ModelTable.of(d);
        for (int m = 0; m < table.models().size(); m++) {
            String name = modelKey(d.comparison().reports().get(m).model());
            for (int c = 0; c < table.channels().size(); c++) {
                money(out, "model_comparison", name, table.channels().get(c), "revenue", table.revenue().get(c).get(m));
                if (table.costs()) {
                    ratio(out, "model_comparison", name, table.channels().get(c), "roas", table.roas().get(c).get(m));
                }
            }
            money(out, "model_comparison", name, AttributionReport.UNATTRIBUTED, "revenue", table.unattributed());
            money(out, "model_comparison", name, "total", "revenue", table.total());
        }
        for (Segment segment : d.segments()) {
            for (SegmentRow r : segment.rows()) {
                String a = segment.attribute();
                row(out, "segments", a, r.value(), "journeys", Long.toString(r.journeys()), "");
                row(out, "segments", a, r.value(), "converted_journeys", Long.toString(r.convertedJourneys()), "");
                ratio(out, "segments", a, r.value(), "conversion_rate", r.conversionRate());
                row(out, "segments", a, r.value(), "conversions", Numbers.sixDecimals(r.conversions()), "");
                money(out, "segments", a, r.value(), "revenue", r.revenue());
            }
        }
        content(out, "best_content", d.contentAttribute(), d.bestContent());
        content(out, "worst_content", d.contentAttribute(), d.worstContent());
        notes(out, "team_notes", d.notes());
    }

    private static void performances(Appendable out, String section, String model, List<Performance> rows)
            throws IOException {
        for (Performance p : rows) {
            row(out, section, model, p.name(), "conversions", Numbers.sixDecimals(p.conversions()), "");
            money(out, section, model, p.name(), "revenue", p.revenue());
            if (p.cost().isPresent()) {
                money(out, section, model, p.name(), "cost", p.cost().get());
            } else {
                undefined(out, section, model, p.name(), "cost", p.revenue().currency().getCurrencyCode(), "no costs");
            }
            ratio(out, section, model, p.name(), "roi", p.roi());
            ratio(out, section, model, p.name(), "roas", p.roas());
            ratio(out, section, model, p.name(), "cpa", p.cpa());
        }
    }

    private static void content(Appendable out, String section, String attribute, List<ContentPerformance> rows)
            throws IOException {
        for (ContentPerformance c : rows) {
            row(out, section, attribute, c.content(), "touches", Long.toString(c.touches()), "");
            row(out, section, attribute, c.content(), "conversions", Numbers.sixDecimals(c.conversions()), "");
            money(out, section, attribute, c.content(), "revenue", c.revenue());
        }
    }

    private static void notes(Appendable out, String section, List<String> notes) throws IOException {
        for (int i = 0; i < notes.size(); i++) {
            out.append(section).append(",,").append(Integer.toString(i + 1)).append(",note,")
                    .append(field(notes.get(i))).append(",,\n");
        }
    }

    private static void money(Appendable out, String section, String group, String item, String metric, Money m)
            throws IOException {
        row(out, section, group, item, metric, m.amount().toPlainString(), m.currency().getCurrencyCode());
    }

    private static void ratio(Appendable out, String section, String group, String item, String metric, Ratio r)
            throws IOException {
        String unit = r.currency().map(java.util.Currency::getCurrencyCode).orElse("");
        if (r.isDefined()) {
            row(out, section, group, item, metric, r.value().toPlainString(), unit);
        } else {
            undefined(out, section, group, item, metric, unit, r.reason().orElse(""));
        }
    }

    private static void decimal(Appendable out, String section, String group, String item, String metric,
            Optional<BigDecimal> value, String unit) throws IOException {
        if (value.isPresent()) {
            row(out, section, group, item, metric, value.get().toPlainString(), unit);
        } else {
            undefined(out, section, group, item, metric, unit, "undefined");
        }
    }

    private static void undefined(Appendable out, String section, String group, String item, String metric,
            String unit, String reason) throws IOException {
        out.append(section).append(',').append(field(group)).append(',').append(field(item)).append(',')
                .append(metric).append(",,").append(unit).append(',').append(field(reason)).append('\n');
    }

    private static void row(Appendable out, String section, String group, String item, String metric, String value,
            String unit) throws IOException {
        out.append(section).append(',').append(field(group)).append(',').append(field(item)).append(',')
                .append(metric).append(',').append(field(value)).append(',').append(unit).append(",\n");
    }

    /** Returns whether the movement's metric is an amount of money. */
    static boolean isMoney(Movement m) {
        return m.metric().equals("investment") || m.metric().equals("revenue");
    }

    /** Returns {@code value} at the currency's scale when it is an amount, else as it is. */
    static Optional<BigDecimal> atScale(Optional<BigDecimal> value, boolean money, ExecutiveSummary s) {
        return money ? value.map(v -> v.setScale(Math.max(0, s.currency().getDefaultFractionDigits()))) : value;
    }

    /**
     * Returns the {@code group} key of a model in every section: its full text form, such as
     * {@code position-based(0.4, 0.2, 0.4)}, which tells apart models of one name and reads back
     * with {@link org.roikit.attribution.AttributionModel#parse}.
     */
    static String modelKey(org.roikit.attribution.AttributionModel model) {
        return model.toString();
    }

    /**
     * Returns {@code value} guarded against spreadsheet formulas and quoted as RFC 4180 asks, or as
     * it is when it needs neither: text starting with {@code =}, {@code +}, {@code -}, {@code @},
     * a tab or a carriage return gets a leading single quote, unless it is a plain number such as
     * {@code -1.12}.
     */
    static String field(String value) {
        value = guarded(value);
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** Returns {@code value} with a leading {@code '} when a spreadsheet would read it as a formula. */
    static String guarded(String value) {
        if (value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 || isNumber(value)) {
            return value;
        }
        return "'" + value;
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return value.chars().allMatch(c -> c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
