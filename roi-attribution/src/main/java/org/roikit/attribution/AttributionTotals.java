package org.roikit.attribution;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.roikit.core.CurrencyMismatchException;
import org.roikit.core.Money;
import org.roikit.core.Ratio;
import org.roikit.core.Roi;

/**
 * The totals of an {@link AttributionReport} in one currency: every conversion reported, the
 * unattributed bucket, the conversions left out because they fall outside the report period, and,
 * when costs are joined, the whole cost and what it returned.
 *
 * <p>The attributed revenue of the rows plus {@link #unattributedRevenue()} is exactly
 * {@link #revenue()}, and likewise for the conversions. With costs, {@code roas} and {@code roi}
 * compare the whole revenue (attributed and unattributed) with the whole cost of the currency
 * (costs without a channel included), as {@link org.roikit.core.Roi} does, undefined with the
 * reason {@code "zero investment"} for zero cost; {@code cpa} is the cost per reported conversion,
 * undefined with the reason {@code "0 conversions"} when there are none. Without costs all three
 * are undefined with the reason {@code "no cost"}.
 *
 * <p>Two values are equal when all components are equal.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param currency the currency
 * @param conversions the conversions reported (in the period), at least zero
 * @param revenue their value
 * @param unattributedConversions those without an eligible touch, at most {@code conversions}
 * @param unattributedRevenue their value, at most {@code revenue}
 * @param excludedConversions the conversions outside the report period, not in any row
 * @param excludedRevenue their value
 * @param cost the whole cost in this currency, when costs are joined
 * @param roas the whole revenue over the whole cost
 * @param roi the return on the whole cost
 * @param cpa the whole cost per conversion
 */
public record AttributionTotals(Currency currency, long conversions, Money revenue, long unattributedConversions,
        Money unattributedRevenue, long excludedConversions, Money excludedRevenue, Optional<Money> cost,
        Ratio roas, Ratio roi, Ratio cpa) {

    /**
     * Checks the components.
     *
     * @param currency the currency
     * @param conversions the conversions reported, at least zero
     * @param revenue their value, at least zero
     * @param unattributedConversions those without an eligible touch, from zero to {@code conversions}
     * @param unattributedRevenue their value, from zero to {@code revenue}
     * @param excludedConversions the conversions outside the period, at least zero
     * @param excludedRevenue their value, at least zero
     * @param cost the whole cost, when costs are joined; at least zero
     * @param roas the whole revenue over the whole cost
     * @param roi the return on the whole cost
     * @param cpa the whole cost per conversion
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a count or amount is negative or an unattributed figure
     *     exceeds its total
     * @throws CurrencyMismatchException if an amount is not in {@code currency}
     */
    public AttributionTotals {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(unattributedRevenue, "unattributedRevenue");
        Objects.requireNonNull(excludedRevenue, "excludedRevenue");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(roas, "roas");
        Objects.requireNonNull(roi, "roi");
        Objects.requireNonNull(cpa, "cpa");
        nonNegative(conversions, "conversions");
        nonNegative(unattributedConversions, "unattributedConversions");
        nonNegative(excludedConversions, "excludedConversions");
        nonNegative(revenue, currency, "revenue");
        nonNegative(unattributedRevenue, currency, "unattributedRevenue");
        nonNegative(excludedRevenue, currency, "excludedRevenue");
        if (unattributedConversions > conversions) {
            throw new IllegalArgumentException("unattributedConversions (" + unattributedConversions
                    + ") must be <= conversions (" + conversions + ")");
        }
        if (unattributedRevenue.isGreaterThan(revenue)) {
            throw new IllegalArgumentException("unattributedRevenue (" + unattributedRevenue
                    + ") must be <= revenue (" + revenue + ")");
        }
        cost.ifPresent(c -> nonNegative(c, currency, "cost"));
    }

    /** Returns the totals computed from their figures, with ROAS, ROI and CPA as documented. */
    static AttributionTotals of(Currency currency, long conversions, Money revenue, long unattributed,
            Money unattributedRevenue, long excluded, Money excludedRevenue, Optional<Money> cost) {
        if (cost.isEmpty()) {
            Ratio none = Ratio.undefined("no cost");
            return new AttributionTotals(currency, conversions, revenue, unattributed, unattributedRevenue,
                    excluded, excludedRevenue, cost, none, none, none);
        }
        Roi roi = Roi.of(revenue, cost.get());
        return new AttributionTotals(currency, conversions, revenue, unattributed, unattributedRevenue,
                excluded, excludedRevenue, cost, roi.roas(), roi.ratio(),
                Ratio.perUnit(cost.get(), conversions, "conversions"));
    }

    /**
     * Returns the conversions with at least one eligible touch.
     *
     * @return {@code conversions - unattributedConversions}
     */
    public long attributedConversions() {
        return conversions - unattributedConversions;
    }

    /**
     * Returns the revenue credited to channels (or campaigns).
     *
     * @return {@code revenue - unattributedRevenue}
     */
    public Money attributedRevenue() {
        return revenue.minus(unattributedRevenue);
    }

    /**
     * Returns the unattributed bucket as a row named {@link AttributionReport#UNATTRIBUTED}: its
     * conversions and revenue, and its share of the revenue. No cost belongs to it, so its cost is
     * empty and its ROAS, ROI and CPA are undefined with the reason {@code "no cost"}.
     *
     * @return the row
     */
    public AttributionRow unattributed() {
        return AttributionRow.of(AttributionReport.UNATTRIBUTED, BigDecimal.valueOf(unattributedConversions),
                unattributedRevenue, revenue, Optional.empty());
    }

    /**
     * Returns the totals for reading, such as
     * {@code EUR 350.00 from 3 conversions (1 unattributed, EUR 70.00)}, followed with costs by
     * {@code ; cost EUR 200.00, ROAS 1.75x, ROI 75.00%} and, when some conversions fall outside
     * the period, by {@code ; 2 excluded, EUR 80.00}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(revenue).append(" from ").append(conversions)
                .append(conversions == 1 ? " conversion (" : " conversions (").append(unattributedConversions)
                .append(" unattributed, ").append(unattributedRevenue).append(')');
        cost.ifPresent(c -> sb.append("; cost ").append(c).append(", ROAS ").append(roas).append(", ROI ").append(roi));
        if (excludedConversions > 0) {
            sb.append("; ").append(excludedConversions).append(" excluded, ").append(excludedRevenue);
        }
        return sb.toString();
    }

    private static void nonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " (" + value + ") must be >= 0");
        }
    }

    private static void nonNegative(Money value, Currency currency, String name) {
        if (!value.currency().equals(currency)) {
            throw new CurrencyMismatchException(currency, value.currency());
        }
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " (" + value + ") must be >= 0");
        }
    }
}
