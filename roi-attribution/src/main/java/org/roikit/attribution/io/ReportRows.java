package org.roikit.attribution.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.roikit.attribution.AttributionReport;
import org.roikit.attribution.AttributionRow;
import org.roikit.attribution.AttributionTotals;
import org.roikit.attribution.Dimension;

/**
 * The rows the renderers write, in their order: every row of each report and its unattributed
 * bucket per currency, sorted by model name (reports sharing a name keep their given order), then
 * revenue descending, then name, then currency code.
 */
final class ReportRows {

    /** One rendered row: the model's name and the row. */
    record Row(String model, int modelIndex, AttributionRow row) {
    }

    private static final Comparator<Row> ORDER = Comparator.comparing(Row::model)
            .thenComparingInt(Row::modelIndex)
            .thenComparing((Row r) -> r.row().revenue().amount(), Comparator.reverseOrder())
            .thenComparing(r -> r.row().name())
            .thenComparing(r -> r.row().currency().getCurrencyCode());

    private ReportRows() {
    }

    static List<Row> of(List<AttributionReport> reports, Dimension dimension) {
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < reports.size(); k++) {
            AttributionReport report = reports.get(k);
            String model = report.model().name();
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
