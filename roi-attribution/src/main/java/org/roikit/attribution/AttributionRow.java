package org.roikit.attribution;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.roikit.attribution.internal.Checks;
import org.roikit.attribution.internal.Numbers;
import org.roikit.core.CurrencyMismatchException;
import org.roikit.core.Money;
import org.roikit.core.Ratio;
import org.roikit.core.Roi;

/**
 * One row of an {@link AttributionReport}: what one channel or campaign earned in one currency,
 * and, when costs are joined, what it cost and returned.
 *
 * <p>Formulas, with {@code R} the revenue, {@code C} the cost and {@code N} the conversions:
 * <ul>
 *   <li>{@code share = R / total revenue of the currency} (attributed and unattributed),
 *       percentage form, undefined with the reason {@code "zero revenue"} when that total is
 *       zero;</li>
 *   <li>{@code roas = R / C}, multiple form, and {@code roi = (R - C) / C}, percentage form, as
 *       by {@link Roi}: undefined with the reason {@code "zero investment"} when {@code C} is
 *       zero;</li>
 *   <li>{@code cpa = C / N}, money per conversion, undefined with the reason
 *       {@code "0 attributed conversions"} when {@code N} is zero.</li>
 * </ul>
 * Without costs ({@link #cost()} empty), {@code roas}, {@code roi} and {@code cpa} are undefined
 * with the reason {@code "no cost"}.
 *
 * <p>Two rows are equal when all components are equal; {@code conversions} is held without
 * trailing zeros.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param name the channel or campaign, or a bucket such as {@link AttributionReport#UNATTRIBUTED}
 * @param currency the currency of the amounts
 * @param conversions the attributed conversions, a decimal at least zero
 * @param revenue the attributed revenue, at least zero
 * @param share the revenue's share of the currency's total revenue
 * @param cost the cost, when costs are joined
 * @param roas the return on ad spend
 * @param roi the return on investment
 * @param cpa the cost per attributed conversion
 */
public record AttributionRow(String name, Currency currency, BigDecimal conversions, Money revenue, Ratio share,
        Optional<Money> cost, Ratio roas, Ratio roi, Ratio cpa) {

    /**
     * Checks the components and normalises {@code conversions}.
     *
     * @param name the channel, campaign or bucket; not blank
     * @param currency the currency of the amounts
     * @param conversions the attributed conversions, at least zero
     * @param revenue the attributed revenue, at least zero, in {@code currency}
     * @param share the revenue's share
     * @param cost the cost, when costs are joined; at least zero, in {@code currency}
     * @param roas the return on ad spend
     * @param roi the return on investment
     * @param cpa the cost per attributed conversion
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code name} is blank or an amount or
     *     {@code conversions} is negative
     * @throws CurrencyMismatchException if an amount is not in {@code currency}
     */
    public AttributionRow {
        Checks.nonBlank(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(conversions, "conversions");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(roas, "roas");
        Objects.requireNonNull(roi, "roi");
        Objects.requireNonNull(cpa, "cpa");
        if (conversions.signum() < 0) {
            throw new IllegalArgumentException("conversions (" + conversions.toPlainString() + ") must be >= 0");
        }
        conversions = Numbers.normalise(conversions);
        requireAmount(revenue, currency, "revenue");
        cost.ifPresent(c -> requireAmount(c, currency, "cost"));
    }

    /**
     * Returns a row computed from its figures: the share of {@code totalRevenue}, and, when a cost
     * is given, ROAS, ROI and CPA by the formulas above.
     */
    static AttributionRow of(String name, BigDecimal conversions, Money revenue, Money totalRevenue,
            Optional<Money> cost) {
        Ratio share = Ratio.of(revenue, totalRevenue, "revenue");
        if (cost.isEmpty()) {
            Ratio none = Ratio.undefined("no cost");
            return new AttributionRow(name, revenue.currency(), conversions, revenue, share, cost, none, none, none);
        }
        Roi roi = Roi.of(revenue, cost.get());
        return new AttributionRow(name, revenue.currency(), conversions, revenue, share, cost, roi.roas(),
                roi.ratio(), Ratio.perUnit(cost.get(), conversions, "attributed conversions"));
    }

    /**
     * Returns the row for reading, such as
     * {@code linkedin EUR 140.00 (1.4 conversions, 40.00%)} or, with costs,
     * {@code linkedin EUR 140.00 (1.4 conversions, 40.00%; cost EUR 100.00, ROAS 1.40x, ROI 40.00%, CPA EUR 71.4286)}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        String figures = name + " " + revenue + " (" + conversions.toPlainString() + " conversions, " + share;
        return cost.map(c -> figures + "; cost " + c + ", ROAS " + roas + ", ROI " + roi + ", CPA " + cpa + ")")
                .orElse(figures + ")");
    }

    private static void requireAmount(Money amount, Currency currency, String name) {
        if (!amount.currency().equals(currency)) {
            throw new CurrencyMismatchException(currency, amount.currency());
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException(name + " (" + amount + ") must be >= 0");
        }
    }
}
