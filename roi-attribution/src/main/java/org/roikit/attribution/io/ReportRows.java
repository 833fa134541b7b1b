package org.roikit.attribution.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.roikit.attribution.AttributionReport;
import org.roikit.attribution.AttributionRow;
import org.roikit.attribution.AttributionTotals;
import org.roikit.attribution.Dimension;

/**
 * The rows the renderers write, in their order: every row of each report and its unattributed
 * bucket per currency, sorted by model (reports sharing a model keep their given order), then
 * currency code (amounts in different currencies are never compared), then revenue descending,
 * then name. The model is written by its name ({@code time-decay}), or by its full text form
 * ({@code time-decay(P1D)}) when two reports would otherwise share a name.
 */
final class ReportRows {

    /** One rendered row: the model's name and the row. */
    record Row(String model, int modelIndex, AttributionRow row) {
    }

    private static final Comparator<Row> ORDER = Comparator.comparing(Row::model)
            .thenComparingInt(Row::modelIndex)
            .thenComparing((Row r) -> r.row().currency().getCurrencyCode())
            .thenComparing((Row r) -> r.row().revenue().amount(), Comparator.reverseOrder())
            .thenComparing(r -> r.row().name());

    private ReportRows() {
    }

    static List<Row> of(List<AttributionReport> reports, Dimension dimension) {
        List<Row> rows = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean clash = false;
        for (AttributionReport report : reports) {
            clash |= !names.add(report.model().name());
        }
        for (int k = 0; k < reports.size(); k++) {
            AttributionReport report = reports.get(k);
            String model = clash ? report.model().toString() : report.model().name();
            for (AttributionRow row : report.rows(dimension)) {
                rows.add(new Row(model, k, row));
            }
            for (AttributionTotals totals : report.totals()) {
                rows.add(new Row(model, k, totals.unattributed()));
            }
        }
        rows.sort(ORDER);
        return rows;
    }
}
