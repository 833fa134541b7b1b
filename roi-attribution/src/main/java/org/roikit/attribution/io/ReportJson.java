package org.roikit.attribution.io;

import static org.roikit.attribution.internal.JsonText.string;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.roikit.attribution.AttributionReport;
import org.roikit.attribution.AttributionRow;
import org.roikit.attribution.AttributionSettings;
import org.roikit.attribution.AttributionTotals;
import org.roikit.attribution.ComparisonReport;
import org.roikit.attribution.Dimension;
import org.roikit.attribution.internal.Durations;
import org.roikit.attribution.internal.Numbers;
import org.roikit.core.Money;
import org.roikit.core.Ratio;

/**
 * Writes attribution results as JSON (RFC 8259), with no library.
 *
 * <p>A report is an object with the model's {@code model} name and full {@code definition}, the
 * {@code by} dimension, the settings ({@code lookback} as ISO-8601, {@code policy},
 * {@code collapseRepeats}), the period ({@code from}, {@code to}: ISO dates or {@code null}), the
 * {@code rows} in the order of {@link ReportCsv} (the unattributed bucket included), and the
 * {@code totals} per currency:
 * <pre>
 * {
 *   "model": "linear",
 *   "definition": "linear",
 *   "by": "channel",
 *   "lookback": "P90D",
 *   "policy": "serve-every-conversion",
 *   "collapseRepeats": false,
 *   "from": "2026-03-02",
 *   "to": "2026-03-04",
 *   "rows": [
 *     {"channel": "email", "conversions": 1.333333, "revenue": 120.00, "currency": "EUR"},
 *     {"channel": "(unattributed)", "conversions": 1.000000, "revenue": 50.00, "currency": "EUR"}
 *   ],
 *   "totals": [
 *     {"currency": "EUR", "conversions": 3, "revenue": 250.00, "unattributedConversions": 1, "unattributedRevenue": 50.00, "excludedConversions": 0, "excludedRevenue": 0.00}
 *   ]
 * }
 * </pre>
 * Numbers are exact JSON numbers: conversions with six decimals, amounts at the currency's scale,
 * ratios as plain decimals. With costs joined, rows and totals also carry {@code cost},
 * {@code roas}, {@code roi} and {@code cpa}, each {@code null} when undefined (the unattributed
 * bucket has no cost). A comparison is an object with {@code by} and a {@code reports} array of
 * report objects, in the comparison's order. Strings are escaped as RFC 8259 requires; the text
 * ends with {@code \n}.
 */
public final class ReportJson {

    private ReportJson() {
    }

    /**
     * Returns {@code report} as JSON.
     *
     * @param report the report
     * @param dimension what the rows are keyed by
     * @return the JSON text
     * @throws NullPointerException if an argument is null
     */
    public static String toJson(AttributionReport report, Dimension dimension) {
        StringBuilder sb = new StringBuilder();
        write(report, dimension, sb);
        return sb.toString();
    }

    /**
     * Returns {@code comparison} as JSON.
     *
     * @param comparison the comparison
     * @param dimension what the rows are keyed by
     * @return the JSON text
     * @throws NullPointerException if an argument is null
     */
    public static String toJson(ComparisonReport comparison, Dimension dimension) {
        StringBuilder sb = new StringBuilder();
        write(comparison, dimension, sb);
        return sb.toString();
    }

    /**
     * Writes {@code report} as JSON to {@code out}.
     *
     * @param report the report
     * @param dimension what the rows are keyed by
     * @param out where the JSON goes
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if {@code out} fails
     */
    public static void write(AttributionReport report, Dimension dimension, Appendable out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(out, "out");
        try {
            appendReport(out, report, dimension, "");
            out.append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code comparison} as JSON to {@code out}.
     *
     * @param comparison the comparison
     * @param dimension what the rows are keyed by
     * @param out where the JSON goes
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if {@code out} fails
     */
    public static void write(ComparisonReport comparison, Dimension dimension, Appendable out) {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(out, "out");
        try {
            out.append("{\n  \"by\": ").append(string(dimension.label())).append(",\n  \"reports\": [");
            List<AttributionReport> reports = comparison.reports();
            for (int i = 0; i < reports.size(); i++) {
                out.append(i == 0 ? "\n    " : ",\n    ");
                appendReport(out, reports.get(i), dimension, "    ");
            }
            out.append("\n  ]\n}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void appendReport(Appendable out, AttributionReport report, Dimension dimension, String indent)
            throws IOException {
        String in = indent + "  ";
        AttributionSettings settings = report.settings();
        boolean costs = report.hasCosts();
        out.append("{\n");
        out.append(in).append("\"model\": ").append(string(report.model().name())).append(",\n");
        out.append(in).append("\"definition\": ").append(string(report.model().toString())).append(",\n");
        out.append(in).append("\"by\": ").append(string(dimension.label())).append(",\n");
        out.append(in).append("\"lookback\": ").append(string(Durations.format(settings.lookback()))).append(",\n");
        out.append(in).append("\"policy\": ")
                .append(string(settings.policy().name().toLowerCase(Locale.ROOT).replace('_', '-'))).append(",\n");
        out.append(in).append("\"collapseRepeats\": ").append(String.valueOf(settings.collapseRepeats())).append(",\n");
        out.append(in).append("\"from\": ").append(report.from().map(d -> string(d.toString())).orElse("null"))
                .append(",\n");
        out.append(in).append("\"to\": ").append(report.to().map(d -> string(d.toString())).orElse("null"))
                .append(",\n");
        out.append(in).append("\"rows\": [");
        List<ReportRows.Row> rows = ReportRows.of(List.of(report), dimension);
        for (int i = 0; i < rows.size(); i++) {
            AttributionRow row = rows.get(i).row();
            out.append(i == 0 ? "\n" : ",\n").append(in).append("  {")
                    .append(string(dimension.label())).append(": ").append(string(row.name()))
                    .append(", \"conversions\": ").append(Numbers.sixDecimals(row.conversions()))
                    .append(", \"revenue\": ").append(amount(row.revenue()))
                    .append(", \"currency\": ").append(string(row.currency().getCurrencyCode()));
            if (costs) {
                out.append(", \"cost\": ").append(row.cost().map(ReportJson::amount).orElse("null"))
                        .append(", \"roas\": ").append(number(row.roas()))
                        .append(", \"roi\": ").append(number(row.roi()))
                        .append(", \"cpa\": ").append(number(row.cpa()));
            }
            out.append('}');
        }
        out.append(rows.isEmpty() ? "],\n" : "\n" + in + "],\n");
        out.append(in).append("\"totals\": [");
        List<AttributionTotals> totals = report.totals();
        for (int i = 0; i < totals.size(); i++) {
            AttributionTotals t = totals.get(i);
            out.append(i == 0 ? "\n" : ",\n").append(in).append("  {")
                    .append("\"currency\": ").append(string(t.currency().getCurrencyCode()))
                    .append(", \"conversions\": ").append(String.valueOf(t.conversions()))
                    .append(", \"revenue\": ").append(amount(t.revenue()))
                    .append(", \"unattributedConversions\": ").append(String.valueOf(t.unattributedConversions()))
                    .append(", \"unattributedRevenue\": ").append(amount(t.unattributedRevenue()))
                    .append(", \"excludedConversions\": ").append(String.valueOf(t.excludedConversions()))
                    .append(", \"excludedRevenue\": ").append(amount(t.excludedRevenue()));
            if (costs) {
                out.append(", \"cost\": ").append(amount(t.cost().orElseThrow()))
                        .append(", \"roas\": ").append(number(t.roas()))
                        .append(", \"roi\": ").append(number(t.roi()))
                        .append(", \"cpa\": ").append(number(t.cpa()));
            }
            out.append('}');
        }
        out.append(totals.isEmpty() ? "]\n" : "\n" + in + "]\n");
        out.append(indent).append('}');
    }

    private static String amount(Money money) {
        return money.amount().toPlainString();
    }

    private static String number(Ratio ratio) {
        return ratio.toOptional().map(BigDecimal::toPlainString).orElse("null");
    }

}
