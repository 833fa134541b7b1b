package org.roikit.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.roikit.attribution.AttributionReport;
import org.roikit.attribution.AttributionRow;
import org.roikit.attribution.AttributionTotals;

/**
 * Checks that DuckDB and roikit computed the same thing, so that the race is fair: per channel
 * (and the unattributed bucket), revenues within one cent and attributed conversions within
 * 0.000001, plus rounding noise; a channel missing on one side counts as zero there (roikit lists
 * channels whose eligible touches earned nothing; the queries do not).
 *
 * <p>roikit's figures are exact, rounded once per channel by largest remainder (within one minor
 * unit of the real-valued credit); DuckDB's are doubles, within a rounding error of it.
 */
public final class SameResult {

    private static final double CENT = 0.01;
    private static final double MICRO = 0.000001;
    private static final double NOISE = 1e-6;
    private static final double[] NOTHING = {0, 0};

    private SameResult() {
    }

    /**
     * Returns roikit's per-channel figures in the shape of {@link DuckDbAttribution#run}: channel
     * (and {@code (unattributed)} when it has conversions) to {conversions, revenue}, for the EUR
     * part of {@code report}.
     *
     * @param report the report
     * @return the rows, sorted by channel
     */
    public static Map<String, double[]> rows(AttributionReport report) {
        Map<String, double[]> rows = new TreeMap<>();
        for (AttributionRow row : report.byChannel()) {
            rows.put(row.name(), new double[] {row.conversions().doubleValue(), euros(row)});
        }
        AttributionTotals totals = report.totals(JourneyBatch.EUR);
        if (totals.unattributedConversions() > 0) {
            rows.put(AttributionReport.UNATTRIBUTED, new double[] {totals.unattributedConversions(),
                totals.unattributedRevenue().amount().doubleValue()});
        }
        return rows;
    }

    /**
     * Returns the differences beyond the tolerance between roikit's report and DuckDB's rows, one
     * line each; empty when they agree.
     *
     * @param report roikit's report
     * @param duckdb DuckDB's rows
     * @return the differences
     */
    public static List<String> differences(AttributionReport report, Map<String, double[]> duckdb) {
        Map<String, double[]> roikit = rows(report);
        Set<String> channels = new TreeSet<>(roikit.keySet());
        channels.addAll(duckdb.keySet());
        List<String> out = new ArrayList<>();
        for (String channel : channels) {
            // roikit also lists channels that had eligible touches but earned nothing (a zero row).
            double[] r = roikit.getOrDefault(channel, NOTHING);
            double[] d = duckdb.getOrDefault(channel, NOTHING);
            if (Math.abs(r[1] - d[1]) > CENT + NOISE) {
                out.add(channel + ": revenue " + r[1] + " (roikit) vs " + d[1] + " (duckdb)");
            }
            if (Math.abs(r[0] - d[0]) > MICRO + NOISE) {
                out.add(channel + ": conversions " + r[0] + " (roikit) vs " + d[0] + " (duckdb)");
            }
        }
        return out;
    }

    /**
     * Throws unless roikit's report and DuckDB's rows agree, naming every difference.
     *
     * @param model the model, for the message
     * @param report roikit's report
     * @param duckdb DuckDB's rows
     * @throws IllegalStateException if they differ beyond the tolerance
     */
    public static void require(String model, AttributionReport report, Map<String, double[]> duckdb) {
        List<String> differences = differences(report, duckdb);
        if (!differences.isEmpty()) {
            throw new IllegalStateException(model + ": DuckDB and roikit disagree: " + differences);
        }
    }

    private static double euros(AttributionRow row) {
        BigDecimal amount = row.revenue().amount();
        return amount.doubleValue();
    }
}
