package org.roikit.attribution.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.roikit.attribution.internal.JsonText;
import org.roikit.attribution.internal.Numbers;
import org.roikit.core.Money;
import org.roikit.core.Ratio;
import org.roikit.core.goal.GoalProgress;

/**
 * Renders a report as {@link ReportFormat#JSON}: one object, its shape described on
 * {@link ReportFormat#JSON}; written with two-space indents, amounts and ratios as one-line
 * objects.
 */
final class JsonRenderer implements Renderer {

    @Override
    public void write(MarketingReport report, Audience audience, Appendable out) throws IOException {
        Writer w = new Writer();
        w.open('{');
        w.name("title").string(report.title());
        w.name("from").string(report.from().toString());
        w.name("to").string(report.to().toString());
        w.name("currency").string(report.currency().getCurrencyCode());
        if (audience != Audience.TEAM) {
            w.name("executive");
            executive(report.executive(), w);
        }
        if (audience != Audience.EXECUTIVE) {
            w.name("team");
            team(report.team(), w);
        }
        w.close('}');
        out.append(w.text()).append('\n');
    }

    private static void executive(ExecutiveSummary s, Writer w) {
        w.open('{');
        Scorecard c = s.scorecard();
        w.name("scorecard").open('{');
        w.name("investment");
        money(w, c.investment());
        w.name("revenue");
        money(w, c.revenue());
        w.name("profit");
        money(w, c.profit());
        w.name("roi");
        ratio(w, c.roi());
        w.name("returnPerUnit");
        ratio(w, c.returnPerUnit());
        w.name("roas");
        ratio(w, c.roas());
        w.name("conversions").raw(Long.toString(c.conversions()));
        w.close('}');
        w.name("socialCac");
        ratio(w, s.socialCac());
        w.name("socialCpa");
        ratio(w, s.socialCpa());
        w.name("attributedRevenue");
        money(w, s.attributedRevenue());
        w.name("unattributedRevenue");
        money(w, s.unattributedRevenue());
        w.name("pipelineValue");
        if (s.pipelineValue().isPresent()) {
            money(w, s.pipelineValue().get());
        } else {
            w.raw("{\"amount\": null, \"reason\": " + JsonText.string(s.pipelineReason().orElse("")) + "}");
        }
        w.name("investmentByCategory").open('[');
        for (CategoryShare x : s.investmentByCategory()) {
            w.open('{');
            w.name("category").string(x.category().label());
            w.name("amount");
            money(w, x.amount());
            w.name("share");
            ratio(w, x.share());
            w.close('}');
        }
        w.close(']');
        w.name("granularity").string(TextReport.granularity(s.granularity()));
        w.name("trend").open('[');
        for (PeriodFigures f : s.trend()) {
            w.open('{');
            w.name("period").string(f.period().toString());
            w.name("from").string(f.from().toString());
            w.name("to").string(f.to().toString());
            w.name("complete").raw(Boolean.toString(f.complete()));
            w.name("investment");
            money(w, f.investment());
            w.name("revenue");
            money(w, f.revenue());
            w.name("conversions").raw(Long.toString(f.conversions()));
            w.name("roi");
            ratio(w, f.roi());
            w.close('}');
        }
        w.close(']');
        w.name("movements").open('[');
        for (Movement m : s.movements()) {
            w.open('{');
            w.name("metric").string(m.metric());
            w.name("from").string(m.change().from().toString());
            w.name("to").string(m.change().to().toString());
            boolean money = CsvRenderer.isMoney(m);
            w.name("previous");
            decimal(w, CsvRenderer.atScale(m.previous(), money, s));
            w.name("current");
            decimal(w, CsvRenderer.atScale(m.current(), money, s));
            w.name("difference");
            decimal(w, CsvRenderer.atScale(m.change().difference(), money, s));
            w.name("change");
            ratio(w, m.change().relative());
            w.name("direction").string(m.direction().name().toLowerCase(Locale.ROOT));
            w.close('}');
        }
        w.close(']');
        w.name("goals").open('[');
        for (GoalProgress g : s.goals()) {
            w.open('{');
            w.name("metric").string(g.goal().metric());
            w.name("date").string(g.date().toString());
            w.name("actual").string(g.actual().toPlainString());
            w.name("expected").string(g.expected().toPlainString());
            w.name("target").string(g.goal().target().toPlainString());
            w.name("deadline").string(g.goal().deadline().toString());
            w.name("shareOfTheWay");
            ratio(w, g.shareOfTheWay());
            w.name("status").string(TextReport.status(g.status()));
            w.name("text").string(g.toString());
            w.close('}');
        }
        w.close(']');
        notes(w, s.notes());
        w.close('}');
    }

    private static void team(TeamDetail d, Writer w) {
        w.open('{');
        w.name("model").string(d.model().toString());
        w.name("channels");
        performances(w, d.channels());
        w.name("campaigns");
        performances(w, d.campaigns());
        ModelTable table = ModelTable.of(d);
        w.name("comparison").open('{');
        w.name("models").open('[');
        table.models().forEach(m -> w.string(m));
        w.close(']');
        w.name("channels").open('[');
        for (int c = 0; c < table.channels().size(); c++) {
            w.open('{');
            w.name("channel").string(table.channels().get(c));
            w.name("revenue").open('[');
            for (Money m : table.revenue().get(c)) {
                money(w, m);
            }
            w.close(']');
            if (table.costs()) {
                w.name("roas").open('[');
                for (Ratio r : table.roas().get(c)) {
                    ratio(w, r);
                }
                w.close(']');
            }
            w.close('}');
        }
        w.close(']');
        w.name("unattributedRevenue");
        money(w, table.unattributed());
        w.name("totalRevenue");
        money(w, table.total());
        w.close('}');
        w.name("segments").open('[');
        for (Segment segment : d.segments()) {
            w.open('{');
            w.name("attribute").string(segment.attribute());
            w.name("rows").open('[');
            for (SegmentRow r : segment.rows()) {
                w.open('{');
                w.name("value").string(r.value());
                w.name("journeys").raw(Long.toString(r.journeys()));
                w.name("convertedJourneys").raw(Long.toString(r.convertedJourneys()));
                w.name("conversionRate");
                ratio(w, r.conversionRate());
                w.name("conversions").string(Numbers.sixDecimals(r.conversions()));
                w.name("revenue");
                money(w, r.revenue());
                w.close('}');
            }
            w.close(']');
            w.close('}');
        }
        w.close(']');
        w.name("contentAttribute").string(d.contentAttribute());
        w.name("bestContent");
        content(w, d.bestContent());
        w.name("worstContent");
        content(w, d.worstContent());
        notes(w, d.notes());
        w.close('}');
    }

    private static void performances(Writer w, List<Performance> rows) {
        w.open('[');
        for (Performance p : rows) {
            w.open('{');
            w.name("name").string(p.name());
            w.name("conversions").string(Numbers.sixDecimals(p.conversions()));
            w.name("revenue");
            money(w, p.revenue());
            w.name("cost");
            if (p.cost().isPresent()) {
                money(w, p.cost().get());
            } else {
                w.raw("null");
            }
            w.name("roi");
            ratio(w, p.roi());
            w.name("roas");
            ratio(w, p.roas());
            w.name("cpa");
            ratio(w, p.cpa());
            w.close('}');
        }
        w.close(']');
    }

    private static void content(Writer w, List<ContentPerformance> rows) {
        w.open('[');
        for (ContentPerformance c : rows) {
            w.open('{');
            w.name("content").string(c.content());
            w.name("touches").raw(Long.toString(c.touches()));
            w.name("conversions").string(Numbers.sixDecimals(c.conversions()));
            w.name("revenue");
            money(w, c.revenue());
            w.close('}');
        }
        w.close(']');
    }

    private static void notes(Writer w, List<String> notes) {
        w.name("notes").open('[');
        notes.forEach(n -> w.string(n));
        w.close(']');
    }

    private static void money(Writer w, Money m) {
        w.raw("{\"amount\": " + JsonText.string(m.amount().toPlainString()) + ", \"currency\": "
                + JsonText.string(m.currency().getCurrencyCode()) + "}");
    }

    /** Writes {@code m} as {@link #money(Writer, Money)}, or as {@code {"amount": null, "reason": "no costs"}}. */
    private static void money(Writer w, Optional<Money> m) {
        if (m.isPresent()) {
            money(w, m.get());
        } else {
            w.raw("{\"amount\": null, \"reason\": " + JsonText.string(Computation.NO_COSTS) + "}");
        }
    }

    private static void ratio(Writer w, Ratio r) {
        if (r.isDefined()) {
            w.raw("{\"value\": " + JsonText.string(r.value().toPlainString()) + ", \"text\": " + JsonText.string(r.toString()) + "}");
        } else {
            w.raw("{\"value\": null, \"reason\": " + JsonText.string(r.reason().orElse("")) + "}");
        }
    }

    private static void decimal(Writer w, Optional<BigDecimal> value) {
        w.raw(value.map(v -> JsonText.string(v.toPlainString())).orElse("null"));
    }

    /**
     * Writes indented JSON: each member or element on its own line; containers with no members
     * close on the line they open ({@code []}).
     */
    private static final class Writer {

        private final StringBuilder out = new StringBuilder(4096);
        /** Per open container: whether it has a member yet. */
        private final Deque<boolean[]> open = new ArrayDeque<>();
        private boolean afterName;

        /** Starts a member: the comma, line break and indent, and the quoted name. */
        Writer name(String name) {
            item();
            out.append(JsonText.string(name)).append(": ");
            afterName = true;
            return this;
        }

        /** Starts an array element, unless a name was just written. */
        Writer item() {
            if (afterName) {
                afterName = false;
                return this;
            }
            if (!open.isEmpty()) {
                boolean[] any = open.peek();
                out.append(any[0] ? ",\n" : "\n");
                any[0] = true;
                indent(open.size());
            }
            return this;
        }

        Writer open(char bracket) {
            item();
            out.append(bracket);
            open.push(new boolean[1]);
            return this;
        }

        Writer close(char bracket) {
            boolean any = open.pop()[0];
            if (any) {
                out.append('\n');
                indent(open.size());
            }
            out.append(bracket);
            return this;
        }

        Writer string(String value) {
            return raw(JsonText.string(value));
        }

        Writer raw(String value) {
            item();
            out.append(value);
            return this;
        }

        private void indent(int depth) {
            for (int i = 0; i < depth; i++) {
                out.append("  ");
            }
        }

        String text() {
            return out.toString();
        }
    }
}
