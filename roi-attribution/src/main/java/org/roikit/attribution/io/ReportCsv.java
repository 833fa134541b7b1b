package org.roikit.attribution.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.roikit.attribution.AttributionReport;
import org.roikit.attribution.AttributionRow;
import org.roikit.attribution.ComparisonReport;
import org.roikit.attribution.Dimension;
import org.roikit.attribution.internal.Numbers;
import org.roikit.core.Ratio;

/**
 * Writes attribution results as CSV: one row per model, channel (or campaign) and currency.
 *
 * <p>The columns, in this order, are {@code model,channel,conversions,revenue,currency}, followed
 * by {@code cost,roas,roi} when costs are joined; by campaign, the second column is
 * {@code campaign}. The model column holds the model's {@link
 * org.roikit.attribution.AttributionModel#name() name} as the command line writes it;
 * conversions have six decimals; revenue and cost are plain amounts at the currency's scale;
 * ROAS and ROI are plain decimals (2.125, not 212.5%), left empty when undefined. The unattributed
 * bucket of each model and currency is the row {@code (unattributed)}, with an empty cost, ROAS
 * and ROI; costs without a channel are the row {@code (unassigned)}. Rows are sorted by model
 * (models sharing a name keep their given order and are written by their full text form, such as
 * {@code time-decay(P1D)}, so the column tells them apart), then currency code (amounts in two
 * currencies are never compared), then revenue descending, then name.
 *
 * <p>Fields are quoted as RFC 4180 asks when they hold a comma, a double quote or a line break,
 * with double quotes doubled; lines end with {@code \n}.
 *
 * <pre>
 * model,channel,conversions,revenue,currency,cost,roas,roi
 * linear,email,1.333333,120.00,EUR,30.00,4,3
 * linear,(unattributed),1.000000,50.00,EUR,,,
 * </pre>
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    /**
     * Returns {@code report} as CSV.
     *
     * @param report the report
     * @param dimension what the rows are keyed by
     * @return the CSV text, header first
     * @throws NullPointerException if an argument is null
     */
    public static String toCsv(AttributionReport report, Dimension dimension) {
        StringBuilder sb = new StringBuilder();
        write(report, dimension, sb);
        return sb.toString();
    }

    /**
     * Returns {@code comparison} as CSV, the rows of every model in one table.
     *
     * @param comparison the comparison
     * @param dimension what the rows are keyed by
     * @return the CSV text, header first
     * @throws NullPointerException if an argument is null
     */
    public static String toCsv(ComparisonReport comparison, Dimension dimension) {
        StringBuilder sb = new StringBuilder();
        write(comparison, dimension, sb);
        return sb.toString();
    }

    /**
     * Writes {@code report} as CSV to {@code out}.
     *
     * @param report the report
     * @param dimension what the rows are keyed by
     * @param out where the CSV goes
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if {@code out} fails
     */
    public static void write(AttributionReport report, Dimension dimension, Appendable out) {
        Objects.requireNonNull(report, "report");
        write(List.of(report), report.hasCosts(), dimension, out);
    }

    /**
     * Writes {@code comparison} as CSV to {@code out}.
     *
     * @param comparison the comparison
     * @param dimension what the rows are keyed by
     * @param out where the CSV goes
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if {@code out} fails
     */
    public static void write(ComparisonReport comparison, Dimension dimension, Appendable out) {
        Objects.requireNonNull(comparison, "comparison");
        write(comparison.reports(), comparison.hasCosts(), dimension, out);
    }

    private static void write(List<AttributionReport> reports, boolean costs, Dimension dimension, Appendable out) {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(out, "out");
        try {
            out.append("model,").append(dimension.label()).append(",conversions,revenue,currency");
            out.append(costs ? ",cost,roas,roi\n" : "\n");
            for (ReportRows.Row r : ReportRows.of(reports, dimension)) {
                AttributionRow row = r.row();
                out.append(field(r.model())).append(',')
                        .append(field(row.name())).append(',')
                        .append(Numbers.sixDecimals(row.conversions())).append(',')
                        .append(row.revenue().amount().toPlainString()).append(',')
                        .append(row.currency().getCurrencyCode());
                if (costs) {
                    out.append(',').append(row.cost().map(c -> c.amount().toPlainString()).orElse(""))
                            .append(',').append(plain(row.roas()))
                            .append(',').append(plain(row.roi()));
                }
                out.append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(Ratio ratio) {
        return ratio.isDefined() ? ratio.value().toPlainString() : "";
    }

    /** Returns {@code value} quoted as RFC 4180 asks, or as it is when it needs no quotes. */
    static String field(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + value.replace("\"", "\"\"") + '"';
            }
        }
        return value;
    }
}
