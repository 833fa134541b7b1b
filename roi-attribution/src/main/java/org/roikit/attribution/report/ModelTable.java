package org.roikit.attribution.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.roikit.attribution.AttributionReport;
import org.roikit.attribution.AttributionRow;
import org.roikit.core.Money;
import org.roikit.core.Ratio;

/**
 * The model comparison of a {@link TeamDetail} as a matrix, the same figures as
 * {@link org.roikit.attribution.ComparisonReport#toTable}: channels in alphabetical order, one
 * column per model (headed by its name, or its full text form when two models share a name), the
 * revenue each model credits to each channel (zero where a model credits none), each channel's
 * ROAS under each model when the report has costs, and the unattributed and total revenue, which
 * every model shares.
 *
 * @param models the column headings, in the comparison's order
 * @param channels the channels, alphabetical
 * @param revenue {@code revenue.get(c).get(m)}: channel {@code c} under model {@code m}
 * @param roas the same shape, ROAS; undefined with the reason {@code "no costs"} without costs
 * @param unattributed the revenue of conversions without an eligible touch
 * @param total the revenue of every conversion
 * @param costs whether the report has costs
 */
record ModelTable(List<String> models, List<String> channels, List<List<Money>> revenue, List<List<Ratio>> roas,
        Money unattributed, Money total, boolean costs) {

    static ModelTable of(TeamDetail d) {
        List<AttributionReport> reports = d.comparison().reports();
        Set<String> seen = new HashSet<>();
        boolean clash = false;
        for (AttributionReport r : reports) {
            clash |= !seen.add(r.model().name());
        }
        List<String> models = new ArrayList<>();
        for (AttributionReport r : reports) {
            models.add(clash ? r.model().toString() : r.model().name());
        }
        Map<String, AttributionRow[]> byName = new TreeMap<>();
        for (int k = 0; k < reports.size(); k++) {
            for (AttributionRow row : reports.get(k).byChannel()) {
                // one report currency: every row is in it (the comparison's rows come from the same data)
                byName.computeIfAbsent(row.name(), n -> new AttributionRow[reports.size()])[k] = row;
            }
        }
        Money zero = Money.zero(d.currency());
        boolean costs = d.comparison().hasCosts();
        List<List<Money>> revenue = new ArrayList<>();
        List<List<Ratio>> roas = new ArrayList<>();
        for (AttributionRow[] rows : byName.values()) {
            List<Money> r = new ArrayList<>();
            List<Ratio> q = new ArrayList<>();
            for (AttributionRow row : rows) {
                r.add(row == null ? zero : row.revenue());
                q.add(row == null ? Ratio.undefined("no row") : Computation.reworded(row.roas()));
            }
            revenue.add(List.copyOf(r));
            roas.add(List.copyOf(q));
        }
        AttributionReport first = reports.get(0);
        boolean any = first.currencies().contains(d.currency());
        Money unattributed = any ? first.totals(d.currency()).unattributedRevenue() : zero;
        Money total = any ? first.totals(d.currency()).revenue() : zero;
        return new ModelTable(List.copyOf(models), List.copyOf(byName.keySet()), List.copyOf(revenue),
                List.copyOf(roas), unattributed, total, costs);
    }
}
