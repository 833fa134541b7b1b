package org.roikit.attribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.roikit.attribution.internal.Numbers;
import org.roikit.attribution.internal.TextTable;
import org.roikit.core.Investment;
import org.roikit.core.Money;
import org.roikit.core.Ratio;

/**
 * What one model credited to each channel and campaign, per currency, with the unattributed
 * bucket, totals and, once {@linkplain #withCosts(Investment) joined with costs}, cost, ROAS,
 * ROI and CPA.
 *
 * <p><b>Exact money.</b> In each currency, the revenue of the rows of one dimension plus the
 * unattributed revenue is exactly the converted value, to the minor unit. Each row's revenue is
 * rounded from the row's real-valued credit (the sum, over every conversion, of the model's weight
 * times the conversion value) by largest remainder over the rows, ties to the name that sorts
 * first, so it is within one minor unit of that credit. It can therefore differ from the sum of
 * the per-touch amounts of {@link Attribution#credits(Journey)}, which are rounded per conversion:
 * three linear conversions of EUR 0.01 over {@code a > b} credit {@code a} with EUR 0.01 each per
 * touch (ties to the earlier touch), EUR 0.03 in all, while the report rounds {@code a}'s real
 * credit of EUR 0.015 and {@code b}'s equal one to EUR 0.02 and EUR 0.01. Attributed conversions
 * are rounded the same way to millionths, so they too sum exactly to the attributed count.
 * Currencies are never mixed: every figure belongs to one currency.
 *
 * <p><b>Rows.</b> A channel (or campaign) has a row in a currency when it had at least one
 * eligible touch for a conversion in that currency, even if the model gave it no weight (so
 * first-touch and last-touch reports show the channels they pass over with zero). Touches without
 * a campaign count under {@link #NO_CAMPAIGN}. Rows are sorted by currency code, then revenue
 * descending, then name. The unattributed bucket is not a row of {@link #byChannel()}; it is in
 * {@link #totals()} ({@link AttributionTotals#unattributed()}).
 *
 * <p><b>Period and costs.</b> {@link #from()} and {@link #to()} are the settings' report period
 * or, without one, the UTC days of the first and last conversion reported (empty when there were
 * none); without a report period they are for information only and restrict nothing. With a
 * report period in the settings, {@link #withCosts(Investment)} keeps the costs of that period as
 * {@link Investment#within(LocalDate, LocalDate)} does (dated costs in the period, undated costs
 * always); without one, every cost counts, whatever its date, so that a monthly cost dated before
 * the first conversion is not dropped. It joins the costs to the rows by exact channel (or
 * campaign) name and currency. A cost whose channel matches no row still gets a row,
 * with zero conversions and revenue; costs without a channel (tools, people's time) go to the row
 * {@link #UNASSIGNED}, so every cost of a currency is in exactly one row and the rows' costs sum
 * to {@link AttributionTotals#cost()}.
 *
 * <p>Two reports are equal when they have the same model, settings, period, figures and joined
 * costs.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AttributionReport {

    /** The name of the bucket of conversions without an eligible touch: {@code "(unattributed)"}. */
    public static final String UNATTRIBUTED = "(unattributed)";

    /** The campaign under which touches without a campaign are counted: {@code "(none)"}. */
    public static final String NO_CAMPAIGN = "(none)";

    /**
     * The row of costs without a channel (or without a campaign): {@code "(unassigned)"}, as
     * {@link Investment#UNASSIGNED}.
     */
    public static final String UNASSIGNED = Investment.UNASSIGNED;

    private static final Comparator<AttributionRow> BY_REVENUE_THEN_NAME =
            Comparator.comparing(AttributionRow::revenue).reversed().thenComparing(AttributionRow::name);

    /** A key's rounded figures in one currency. */
    record Entry(String name, BigDecimal conversions, Money revenue) {
        Entry {
            conversions = Numbers.normalise(conversions);
        }
    }

    /** The figures of one currency, before costs. */
    record Part(Currency currency, long conversions, Money revenue, long unattributed, Money unattributedRevenue,
            long excluded, Money excludedRevenue, List<Entry> channels, List<Entry> campaigns) {

        Part {
            channels = List.copyOf(channels);
            campaigns = List.copyOf(campaigns);
        }

        static Part empty(Currency currency) {
            Money zero = Money.zero(currency);
            return new Part(currency, 0, zero, 0, zero, 0, zero, List.of(), List.of());
        }
    }

    private final AttributionModel model;
    private final AttributionSettings settings;
    private final Optional<LocalDate> from;
    private final Optional<LocalDate> to;
    private final List<Part> parts;
    private final Optional<Investment> costs;

    private final List<Currency> currencies;
    private final List<AttributionRow> byChannel;
    private final List<AttributionRow> byCampaign;
    private final Map<Currency, AttributionTotals> totals;

    AttributionReport(AttributionModel model, AttributionSettings settings, Optional<LocalDate> from,
            Optional<LocalDate> to, List<Part> parts, Optional<Investment> costs) {
        this.model = model;
        this.settings = settings;
        this.from = from;
        this.to = to;
        this.parts = List.copyOf(parts);
        this.costs = costs;
        Map<Currency, Part> byCurrency = new LinkedHashMap<>();
        for (Part p : parts) {
            byCurrency.put(p.currency(), p);
        }
        Set<Currency> all = new TreeSet<>(Comparator.comparing(Currency::getCurrencyCode));
        all.addAll(byCurrency.keySet());
        costs.ifPresent(i -> all.addAll(i.currencies()));
        Map<Currency, Investment> costsByCurrency = costs.map(Investment::byCurrency).orElse(Map.of());
        List<AttributionRow> channelRows = new ArrayList<>();
        List<AttributionRow> campaignRows = new ArrayList<>();
        Map<Currency, AttributionTotals> totalsByCurrency = new LinkedHashMap<>();
        for (Currency currency : all) {
            Part p = byCurrency.getOrDefault(currency, Part.empty(currency));
            Optional<Investment> spent = costs.map(i -> costsByCurrency.getOrDefault(currency, Investment.empty()));
            channelRows.addAll(rows(p, p.channels(), spent.map(Investment::byChannel)));
            campaignRows.addAll(rows(p, p.campaigns(), spent.map(Investment::byCampaign)));
            totalsByCurrency.put(currency, AttributionTotals.of(currency, p.conversions(), p.revenue(),
                    p.unattributed(), p.unattributedRevenue(), p.excluded(), p.excludedRevenue(),
                    spent.map(i -> i.total(currency))));
        }
        this.currencies = List.copyOf(all);
        this.byChannel = List.copyOf(channelRows);
        this.byCampaign = List.copyOf(campaignRows);
        this.totals = Collections.unmodifiableMap(totalsByCurrency);
    }

    private static List<AttributionRow> rows(Part p, List<Entry> entries, Optional<Map<String, Money>> costByKey) {
        Money zero = Money.zero(p.currency());
        List<AttributionRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Entry e : entries) {
            seen.add(e.name());
            rows.add(AttributionRow.of(e.name(), e.conversions(), e.revenue(), p.revenue(),
                    costByKey.map(m -> m.getOrDefault(e.name(), zero))));
        }
        costByKey.ifPresent(m -> m.forEach((name, cost) -> {
            if (!seen.contains(name)) {
                rows.add(AttributionRow.of(name, BigDecimal.ZERO, zero, p.revenue(), Optional.of(cost)));
            }
        }));
        rows.sort(BY_REVENUE_THEN_NAME);
        return rows;
    }

    // ---------------------------------------------------------------- accessors

    /**
     * Returns the model that credited the conversions.
     *
     * @return the model
     */
    public AttributionModel model() {
        return model;
    }

    /**
     * Returns the settings the conversions were attributed with.
     *
     * @return the settings
     */
    public AttributionSettings settings() {
        return settings;
    }

    /**
     * Returns the first day of the report period: the settings' {@code from}, or else the UTC day
     * of the first conversion reported.
     *
     * @return the first day, empty without a period and without conversions
     */
    public Optional<LocalDate> from() {
        return from;
    }

    /**
     * Returns the last day of the report period: the settings' {@code to}, or else the UTC day of
     * the last conversion reported.
     *
     * @return the last day, empty without a period and without conversions
     */
    public Optional<LocalDate> to() {
        return to;
    }

    /**
     * Returns the currencies of the report, of conversions (reported or excluded) and of joined
     * costs, ordered by code.
     *
     * @return an unmodifiable list
     */
    public List<Currency> currencies() {
        return currencies;
    }

    /**
     * Returns one row per channel and currency, ordered by currency code, then revenue
     * descending, then name; with costs, also the cost-only channels and {@link #UNASSIGNED}.
     *
     * @return an unmodifiable list, without the unattributed bucket
     */
    public List<AttributionRow> byChannel() {
        return byChannel;
    }

    /**
     * Returns one row per campaign and currency, ordered as {@link #byChannel()}; touches without
     * a campaign count under {@link #NO_CAMPAIGN}.
     *
     * @return an unmodifiable list, without the unattributed bucket
     */
    public List<AttributionRow> byCampaign() {
        return byCampaign;
    }

    /**
     * Returns the rows of {@code dimension}: {@link #byChannel()} or {@link #byCampaign()}.
     *
     * @param dimension what the rows are keyed by
     * @return an unmodifiable list
     * @throws NullPointerException if {@code dimension} is null
     */
    public List<AttributionRow> rows(Dimension dimension) {
        return Objects.requireNonNull(dimension, "dimension") == Dimension.CHANNEL ? byChannel : byCampaign;
    }

    /**
     * Returns the totals of each currency, ordered by code.
     *
     * @return an unmodifiable list, one entry per {@link #currencies()} element
     */
    public List<AttributionTotals> totals() {
        return List.copyOf(totals.values());
    }

    /**
     * Returns the totals of {@code currency}: zero everywhere for a currency the report does not
     * hold.
     *
     * @param currency the currency
     * @return the totals
     * @throws NullPointerException if {@code currency} is null
     * @throws IllegalArgumentException if the currency has no minor unit
     */
    public AttributionTotals totals(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        AttributionTotals t = totals.get(currency);
        if (t != null) {
            return t;
        }
        Money zero = Money.zero(currency);
        return AttributionTotals.of(currency, 0, zero, 0, zero, 0, zero,
                costs.map(c -> zero));
    }

    /**
     * Returns the costs joined to this report: those of the settings' report period, or every
     * cost given when the settings have no period.
     *
     * @return the costs, empty if none were joined
     */
    public Optional<Investment> costs() {
        return costs;
    }

    /**
     * Returns whether costs are joined, so that rows have a cost, ROAS, ROI and CPA.
     *
     * @return true with costs
     */
    public boolean hasCosts() {
        return costs.isPresent();
    }

    /**
     * Returns this report joined with the costs of {@code investment} that count for it (those of
     * the settings' report period, or all of them without a period), replacing any costs joined
     * before. See the class documentation for how costs are matched.
     *
     * @param investment the costs, in any currencies
     * @return the report with costs
     * @throws NullPointerException if {@code investment} is null
     */
    public AttributionReport withCosts(Investment investment) {
        Objects.requireNonNull(investment, "investment");
        return new AttributionReport(model, settings, from, to, parts, Optional.of(matched(investment, settings)));
    }

    /**
     * Returns the costs that count for a report made with {@code settings}: with a report period,
     * the costs of that period; without one, every cost, since a report without a period covers all
     * the data it was given and dropping a cost would overstate the return.
     */
    static Investment matched(Investment investment, AttributionSettings settings) {
        if (settings.from().isPresent()) {
            return investment.within(settings.from().get(), settings.to().get());
        }
        return investment;
    }

    List<Part> parts() {
        return parts;
    }

    // ---------------------------------------------------------------- object methods

    /**
     * Returns whether {@code obj} is a report with the same model, settings, period, figures and
     * joined costs.
     *
     * @param obj the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof AttributionReport other
                && model.equals(other.model)
                && settings.equals(other.settings)
                && from.equals(other.from)
                && to.equals(other.to)
                && parts.equals(other.parts)
                && costs.equals(other.costs);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(model, settings, from, to, parts, costs);
    }

    /**
     * Returns the report by channel as a text table: {@link #toTable(Dimension)} with
     * {@link Dimension#CHANNEL}.
     *
     * @return the table
     */
    @Override
    public String toString() {
        return toTable(Dimension.CHANNEL);
    }

    /**
     * Returns the report as a text table, lines separated by {@code \n}: a heading with the model,
     * settings and period, then per currency its totals and one line per row, the unattributed
     * bucket and the total, such as
     * <pre>
     * linear by channel; lookback P90D, serve every conversion, repeats kept; 2026-03-01..2026-03-02
     * EUR 200.00 from 2 conversions (1 unattributed, EUR 100.00)
     *   channel         conversions  revenue    share
     *   email              0.500000    50.00   25.00%
     *   linkedin           0.500000    50.00   25.00%
     *   (unattributed)     1.000000   100.00   50.00%
     *   total              2.000000   200.00  100.00%
     * </pre>
     * Amounts are plain, in the currency of their block; conversions have six decimals, shares
     * and ratios are rounded for reading, and undefined ratios read {@code -}. With costs the
     * columns {@code cost}, {@code ROAS}, {@code ROI} and {@code CPA} follow.
     *
     * @param dimension what the rows are keyed by
     * @return the table
     * @throws NullPointerException if {@code dimension} is null
     */
    public String toTable(Dimension dimension) {
        Objects.requireNonNull(dimension, "dimension");
        StringJoiner lines = new StringJoiner("\n");
        lines.add(model + " by " + dimension.label() + "; " + settings.rules() + "; " + period());
        if (currencies.isEmpty()) {
            lines.add("(no conversions)");
        }
        for (Currency currency : currencies) {
            AttributionTotals t = totals.get(currency);
            lines.add(t.toString());
            TextTable table = costs.isPresent()
                    ? new TextTable(dimension.label(), "conversions", "revenue", "share", "cost", "ROAS", "ROI", "CPA")
                    : new TextTable(dimension.label(), "conversions", "revenue", "share");
            for (AttributionRow row : rows(dimension)) {
                if (row.currency().equals(currency)) {
                    table.row(cells(row.name(), row.conversions(), row.revenue(), row.share(), row.cost(),
                            row.roas(), row.roi(), row.cpa()));
                }
            }
            AttributionRow bucket = t.unattributed();
            table.row(cells(bucket.name(), bucket.conversions(), bucket.revenue(), bucket.share(), bucket.cost(),
                    bucket.roas(), bucket.roi(), bucket.cpa()));
            table.row(cells("total", BigDecimal.valueOf(t.conversions()), t.revenue(),
                    Ratio.of(t.revenue(), t.revenue(), "revenue"), t.cost(), t.roas(), t.roi(), t.cpa()));
            table.appendTo(lines, "  ");
        }
        return lines.toString();
    }

    /**
     * Returns the period for headers: the report period when the settings have one; otherwise the
     * days of the conversions, named as such, and, with costs joined, that costs of every date count.
     */
    String period() {
        if (settings.from().isPresent()) {
            return from.get() + ".." + to.get();
        }
        String costDates = costs.isPresent() ? ", costs of any date" : "";
        return from.map(f -> "conversions " + f + ".." + to.get()).orElse("no conversions") + costDates;
    }

    private String[] cells(String name, BigDecimal conversions, Money revenue, Ratio share, Optional<Money> cost,
            Ratio roas, Ratio roi, Ratio cpa) {
        String[] figures = {name, Numbers.sixDecimals(conversions), revenue.amount().toPlainString(), read(share)};
        if (costs.isEmpty()) {
            return figures;
        }
        int scale = revenue.amount().scale();
        return new String[] {figures[0], figures[1], figures[2], figures[3],
                cost.map(c -> c.amount().toPlainString()).orElse("-"), read(roas), read(roi),
                cpa.isDefined() ? cpa.value().setScale(scale, RoundingMode.HALF_UP).toPlainString() : "-"};
    }

    static String read(Ratio ratio) {
        return ratio.isDefined() ? ratio.toString() : "-";
    }
}
