package org.roikit.attribution.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import org.roikit.attribution.Dimension;
import org.roikit.attribution.internal.Numbers;
import org.roikit.attribution.internal.TextTable;
import org.roikit.core.Money;
import org.roikit.core.Ratio;
import org.roikit.core.goal.GoalProgress;
import org.roikit.core.goal.GoalStatus;
import org.roikit.core.series.Granularity;

/**
 * The plain-text form of the report's parts: headed sections of aligned tables. Amounts are plain
 * decimals in the report's currency (named in the heading), attributed conversions have six
 * decimals, ratios read as {@link Ratio#toString()}, and an undefined ratio reads {@code -} in a
 * table (its reason is in the notes or the scorecard), as do the investment and profit of a report
 * without costs. Movements read by metric: amounts at the currency's scale,
 * conversions as whole numbers, ROAS as a multiple ({@code 1.72x}).
 */
final class TextReport {

    private TextReport() {
    }

    static String executive(ExecutiveSummary s) {
        StringJoiner lines = new StringJoiner("\n");
        lines.add(s.title() + ": executive summary, " + s.from() + ".." + s.to() + ", " + s.currency());
        lines.add("");
        lines.add("Scorecard");
        Scorecard c = s.scorecard();
        new TextTable("figure", "value")
                .row("investment", c.investment().map(TextReport::amount).orElse("-"))
                .row("revenue", amount(c.revenue()))
                .row("profit", c.profit().map(TextReport::amount).orElse("-"))
                .row("ROI", c.roi().toString())
                .row("net return per unit invested", c.returnPerUnit().toString())
                .row("ROAS", c.roas().toString())
                .row("conversions", Long.toString(c.conversions()))
                .row("CAC from social", s.socialCac().toString())
                .row("CPA from social", s.socialCpa().toString())
                .row("attributed revenue", amount(s.attributedRevenue()))
                .row("unattributed revenue", amount(s.unattributedRevenue()))
                .row("pipeline value", s.pipelineValue().map(TextReport::amount).orElse("-"))
                .appendTo(lines, "  ");
        if (!s.investmentByCategory().isEmpty()) {
            lines.add("");
            lines.add("Investment by category");
            TextTable t = new TextTable("category", "amount", "share");
            for (CategoryShare share : s.investmentByCategory()) {
                t.row(share.category().label(), amount(share.amount()), read(share.share()));
            }
            t.appendTo(lines, "  ");
        }
        lines.add("");
        lines.add("Trend by " + granularity(s.granularity()));
        TextTable trend = new TextTable("period", "investment", "revenue", "conversions", "ROI");
        for (PeriodFigures f : s.trend()) {
            trend.row(period(f), amount(f.investment()), amount(f.revenue()),
                    Long.toString(f.conversions()), read(f.roi()));
        }
        trend.appendTo(lines, "  ");
        if (!s.movements().isEmpty()) {
            Movement first = s.movements().get(0);
            lines.add("");
            lines.add("Change " + first.change().from() + " -> " + first.change().to());
            TextTable t = new TextTable("metric", "previous", "current", "change", "direction");
            for (Movement m : s.movements()) {
                t.row(m.metric(), movement(m, m.previous(), s, BigDecimal::toPlainString),
                        movement(m, m.current(), s, BigDecimal::toPlainString), read(m.change().relative()),
                        m.direction().name().toLowerCase(java.util.Locale.ROOT));
            }
            t.appendTo(lines, "  ");
        }
        if (!s.goals().isEmpty()) {
            lines.add("");
            lines.add("Goals");
            for (GoalProgress g : s.goals()) {
                lines.add("  " + g);
            }
        }
        notes(lines, s.notes());
        return lines.toString();
    }

    static String team(TeamDetail d) {
        StringJoiner lines = new StringJoiner("\n");
        lines.add(d.title() + ": team detail, " + d.from() + ".." + d.to() + ", " + d.currency());
        lines.add("");
        lines.add("By channel (" + d.model() + ")");
        performances(lines, "channel", d.channels());
        lines.add("");
        lines.add("By campaign (" + d.model() + ")");
        performances(lines, "campaign", d.campaigns());
        lines.add("");
        lines.add("Model comparison");
        for (String line : d.comparison().toTable(Dimension.CHANNEL).split("\n")) {
            lines.add("  " + line);
        }
        for (Segment segment : d.segments()) {
            lines.add("");
            lines.add("By " + segment.attribute());
            TextTable t = new TextTable(segment.attribute(), "journeys", "converted", "rate", "conversions",
                    "revenue");
            for (SegmentRow r : segment.rows()) {
                t.row(r.value(), Long.toString(r.journeys()), Long.toString(r.convertedJourneys()),
                        read(r.conversionRate()), Numbers.sixDecimals(r.conversions()), amount(r.revenue()));
            }
            t.appendTo(lines, "  ");
        }
        content(lines, "Best content by " + d.contentAttribute(), d.contentAttribute(), d.bestContent());
        content(lines, "Worst content by " + d.contentAttribute(), d.contentAttribute(), d.worstContent());
        notes(lines, d.notes());
        return lines.toString();
    }

    static String report(MarketingReport r) {
        return executive(r.executive()) + "\n\n" + team(r.team());
    }

    private static void performances(StringJoiner lines, String label, List<Performance> rows) {
        TextTable t = new TextTable(label, "conversions", "revenue", "cost", "ROI", "ROAS", "CPA");
        for (Performance p : rows) {
            t.row(p.name(), Numbers.sixDecimals(p.conversions()), amount(p.revenue()),
                    p.cost().map(TextReport::amount).orElse("-"), read(p.roi()), read(p.roas()), read(p.cpa()));
        }
        t.appendTo(lines, "  ");
    }

    private static void content(StringJoiner lines, String heading, String label, List<ContentPerformance> rows) {
        lines.add("");
        lines.add(heading);
        TextTable t = new TextTable(label, "touches", "conversions", "revenue");
        for (ContentPerformance c : rows) {
            t.row(c.content(), Long.toString(c.touches()), Numbers.sixDecimals(c.conversions()),
                    amount(c.revenue()));
        }
        t.appendTo(lines, "  ");
    }

    private static void notes(StringJoiner lines, List<String> notes) {
        if (!notes.isEmpty()) {
            lines.add("");
            lines.add("Notes");
            for (String note : notes) {
                lines.add("  - " + note);
            }
        }
    }

    /** Returns the period length in words: {@code month}, {@code iso week}. */
    static String granularity(Granularity granularity) {
        return granularity.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Returns the goal status in words: {@code on track}. */
    static String status(GoalStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * Returns a trend period as it reads: {@code 2026-02} when the window covers all of it, else
     * marked with the days it covers: {@code 2026-02 (to 02-15)}, {@code 2026-01 (from 01-10)} or
     * {@code 2026-01 (01-10..01-20)}.
     */
    static String period(PeriodFigures f) {
        if (f.complete()) {
            return f.period().toString();
        }
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("MM-dd",
                Locale.ROOT);
        boolean fromStart = f.from().equals(f.period().start());
        boolean toEnd = f.to().equals(f.period().end());
        String days = fromStart ? "to " + day.format(f.to())
                : toEnd ? "from " + day.format(f.from()) : day.format(f.from()) + ".." + day.format(f.to());
        return f.period() + " (" + days + ")";
    }

    static String amount(Money m) {
        return m.amount().toPlainString();
    }

    /**
     * Returns one of a movement's values as its metric reads: an amount at the currency's scale
     * through {@code money} (plain here, grouped in HTML), conversions as a whole number, ROAS as a
     * multiple with two decimals ({@code 1.72x}); {@code -} when undefined.
     */
    static String movement(Movement m, Optional<BigDecimal> value, ExecutiveSummary s,
            Function<BigDecimal, String> money) {
        if (value.isEmpty()) {
            return "-";
        }
        BigDecimal v = value.get();
        return switch (m.metric()) {
            case "investment", "revenue" -> money.apply(v.setScale(Math.max(0, s.currency().getDefaultFractionDigits()),
                    RoundingMode.HALF_UP));
            case "conversions" -> v.setScale(0, RoundingMode.HALF_UP).toPlainString();
            default -> v.setScale(2, RoundingMode.HALF_UP).toPlainString() + "x"; // roas, as Movement allows
        };
    }

    static String read(Ratio ratio) {
        return ratio.isDefined() ? ratio.toString() : "-";
    }
}
