package org.roikit.attribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import org.roikit.attribution.internal.TextTable;
import org.roikit.core.Investment;
import org.roikit.core.Money;

/**
 * The reports of several models over the same journeys and settings, side by side: what
 * {@link ModelComparison} returns.
 *
 * <p>All reports share the settings and the period, so the same costs join them all, and their
 * totals and unattributed buckets are the same; only the split among channels and campaigns
 * differs.
 *
 * <p>Two comparisons are equal when their reports are equal, in order.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ComparisonReport {

    private final List<AttributionReport> reports;

    ComparisonReport(List<AttributionReport> reports) {
        this.reports = List.copyOf(reports);
    }

    /**
     * Returns the models compared, in order.
     *
     * @return an unmodifiable list
     */
    public List<AttributionModel> models() {
        List<AttributionModel> models = new ArrayList<>(reports.size());
        for (AttributionReport r : reports) {
            models.add(r.model());
        }
        return List.copyOf(models);
    }

    /**
     * Returns one report per model, in the order of {@link #models()}.
     *
     * @return an unmodifiable list
     */
    public List<AttributionReport> reports() {
        return reports;
    }

    /**
     * Returns the report of {@code model}.
     *
     * @param model one of the models compared
     * @return its report
     * @throws NullPointerException if {@code model} is null
     * @throws IllegalArgumentException if {@code model} was not compared
     */
    public AttributionReport report(AttributionModel model) {
        Objects.requireNonNull(model, "model");
        for (AttributionReport r : reports) {
            if (r.model().equals(model)) {
                return r;
            }
        }
        throw new IllegalArgumentException("model (" + model + ") is not one of the models compared " + models());
    }

    /**
     * Returns the settings shared by all reports.
     *
     * @return the settings
     */
    public AttributionSettings settings() {
        return reports.get(0).settings();
    }

    /**
     * Returns the first day of the period shared by all reports, as
     * {@link AttributionReport#from()}.
     *
     * @return the first day, empty without a period and without conversions
     */
    public Optional<LocalDate> from() {
        return reports.get(0).from();
    }

    /**
     * Returns the last day of the period shared by all reports, as {@link AttributionReport#to()}.
     *
     * @return the last day, empty without a period and without conversions
     */
    public Optional<LocalDate> to() {
        return reports.get(0).to();
    }

    /**
     * Returns whether costs are joined to the reports.
     *
     * @return true with costs
     */
    public boolean hasCosts() {
        return reports.get(0).hasCosts();
    }

    /**
     * Returns the comparison with every report joined with the costs of {@code investment}, as
     * {@link AttributionReport#withCosts(Investment)}.
     *
     * @param investment the costs, in any currencies
     * @return the comparison with costs
     * @throws NullPointerException if {@code investment} is null
     */
    public ComparisonReport withCosts(Investment investment) {
        Objects.requireNonNull(investment, "investment");
        List<AttributionReport> joined = new ArrayList<>(reports.size());
        for (AttributionReport r : reports) {
            joined.add(r.withCosts(investment));
        }
        return new ComparisonReport(joined);
    }

    /**
     * Returns whether {@code obj} is a comparison with equal reports in the same order.
     *
     * @param obj the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof ComparisonReport other && reports.equals(other.reports);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return reports.hashCode();
    }

    /**
     * Returns the comparison by channel as a text table: {@link #toTable(Dimension)} with
     * {@link Dimension#CHANNEL}.
     *
     * @return the table
     */
    @Override
    public String toString() {
        return toTable(Dimension.CHANNEL);
    }

    /**
     * Returns the revenue each model credits to each channel (or campaign) side by side, lines
     * separated by {@code \n}: a heading, then per currency one column per model and one line per
     * name in alphabetical order, then the unattributed bucket and the total, such as
     * <pre>
     * Model comparison by channel; lookback P90D, serve every conversion, repeats kept; 2026-03-01..2026-03-01
     * EUR revenue
     *   channel         first-touch  linear
     *   email                  0.00   50.00
     *   linkedin             100.00   50.00
     *   (unattributed)         0.00    0.00
     *   total                100.00  100.00
     * </pre>
     * Columns are headed by the model names, or by the models' full text forms when two models
     * share a name. With costs, a {@code cost} column follows the names and a second block gives
     * each model's ROAS ({@code -} when undefined).
     *
     * @param dimension what the rows are keyed by
     * @return the table
     * @throws NullPointerException if {@code dimension} is null
     */
    public String toTable(Dimension dimension) {
        Objects.requireNonNull(dimension, "dimension");
        AttributionReport first = reports.get(0);
        StringJoiner lines = new StringJoiner("\n");
        lines.add("Model comparison by " + dimension.label() + "; " + first.settings().rules() + "; " + first.period());
        List<String> headers = headers();
        Set<Currency> currencies = new TreeSet<>((a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));
        for (AttributionReport r : reports) {
            currencies.addAll(r.currencies());
        }
        if (currencies.isEmpty()) {
            lines.add("(no conversions)");
        }
        for (Currency currency : currencies) {
            Map<String, AttributionRow[]> byName = new TreeMap<>();
            for (int k = 0; k < reports.size(); k++) {
                for (AttributionRow row : reports.get(k).rows(dimension)) {
                    if (row.currency().equals(currency)) {
                        byName.computeIfAbsent(row.name(), n -> new AttributionRow[reports.size()])[k] = row;
                    }
                }
            }
            AttributionTotals totals = first.totals(currency);
            lines.add(currency.getCurrencyCode() + " revenue");
            appendRevenue(lines, dimension, headers, byName, totals, currency);
            if (hasCosts()) {
                lines.add(currency.getCurrencyCode() + " ROAS");
                appendRoas(lines, dimension, headers, byName, totals);
            }
        }
        return lines.toString();
    }

    private void appendRevenue(StringJoiner lines, Dimension dimension, List<String> headers,
            Map<String, AttributionRow[]> byName, AttributionTotals totals, Currency currency) {
        boolean costs = hasCosts();
        List<String> header = new ArrayList<>();
        header.add(dimension.label());
        if (costs) {
            header.add("cost");
        }
        header.addAll(headers);
        TextTable table = new TextTable(header.toArray(new String[0]));
        Money zero = Money.zero(currency);
        byName.forEach((name, rows) -> {
            List<String> cells = new ArrayList<>();
            cells.add(name);
            if (costs) {
                cells.add(costOf(rows).amount().toPlainString());
            }
            for (AttributionRow row : rows) {
                cells.add((row == null ? zero : row.revenue()).amount().toPlainString());
            }
            table.row(cells.toArray(new String[0]));
        });
        table.row(fixedRow(AttributionReport.UNATTRIBUTED, costs ? "" : null,
                totals.unattributedRevenue().amount().toPlainString()));
        table.row(fixedRow("total", costs ? totals.cost().orElse(zero).amount().toPlainString() : null,
                totals.revenue().amount().toPlainString()));
        table.appendTo(lines, "  ");
    }

    private void appendRoas(StringJoiner lines, Dimension dimension, List<String> headers,
            Map<String, AttributionRow[]> byName, AttributionTotals totals) {
        List<String> header = new ArrayList<>();
        header.add(dimension.label());
        header.addAll(headers);
        TextTable table = new TextTable(header.toArray(new String[0]));
        byName.forEach((name, rows) -> {
            List<String> cells = new ArrayList<>();
            cells.add(name);
            for (AttributionRow row : rows) {
                cells.add(row == null ? "-" : AttributionReport.read(row.roas()));
            }
            table.row(cells.toArray(new String[0]));
        });
        table.row(fixedRow("total", null, AttributionReport.read(totals.roas())));
        table.appendTo(lines, "  ");
    }

    /** Returns a row whose model columns all hold {@code value}, with a cost cell unless it is null. */
    private String[] fixedRow(String name, String cost, String value) {
        List<String> cells = new ArrayList<>();
        cells.add(name);
        if (cost != null) {
            cells.add(cost);
        }
        for (int k = 0; k < reports.size(); k++) {
            cells.add(value);
        }
        return cells.toArray(new String[0]);
    }

    private static Money costOf(AttributionRow[] rows) {
        for (AttributionRow row : rows) {
            if (row != null && row.cost().isPresent()) {
                return row.cost().get();
            }
        }
        throw new IllegalStateException("no row with a cost");
    }

    private List<String> headers() {
        Set<String> names = new HashSet<>();
        boolean clash = false;
        for (AttributionReport r : reports) {
            clash |= !names.add(r.model().name());
        }
        List<String> headers = new ArrayList<>();
        for (AttributionReport r : reports) {
            headers.add(clash ? r.model().toString() : r.model().name());
        }
        return headers;
    }
}
