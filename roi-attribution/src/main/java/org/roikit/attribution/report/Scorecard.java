package org.roikit.attribution.report;

import java.util.Objects;
import java.util.Optional;
import org.roikit.core.CurrencyMismatchException;
import org.roikit.core.Money;
import org.roikit.core.Ratio;
import org.roikit.core.Roi;

/**
 * The headline figures of a report: what was invested, what it returned and the ratios between
 * them, in the report's currency.
 *
 * <p>With {@code R = revenue} (every conversion of the report window, attributed or not) and
 * {@code C = investment} (every cost of the window, channel or not), as by {@link Roi}:
 * {@code profit = R - C} exactly; {@code roi = (R - C) / C} in percentage form;
 * {@code returnPerUnit = (R - C) / C} as a plain number (net return per unit invested);
 * {@code roas = R / C} in multiple form. The three ratios are undefined with the reason
 * {@code "zero investment"} when {@code C} is zero, and with the reason {@code "no costs"} when
 * the report was built without costs; then {@code investment} and {@code profit} are empty (not
 * zero), since nothing is known of what was spent.
 *
 * <p>Two scorecards are equal when all components are equal.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param investment the whole cost of the window, at least zero; empty without costs
 * @param revenue the value of every conversion of the window, at least zero
 * @param profit {@code revenue - investment}, negative for a loss; empty without costs
 * @param roi the return on investment, percentage form
 * @param returnPerUnit the net return per unit invested, number form
 * @param roas the return on ad spend, multiple form
 * @param conversions the conversions of the window, at least zero
 */
public record Scorecard(Optional<Money> investment, Money revenue, Optional<Money> profit, Ratio roi, Ratio returnPerUnit, Ratio roas,
        long conversions) {

    /**
     * Checks the components.
     *
     * @param investment the whole cost, at least zero, if known
     * @param revenue the whole revenue, at least zero
     * @param profit the profit, in the currency of {@code revenue}; present exactly when
     *     {@code investment} is
     * @param roi the return on investment
     * @param returnPerUnit the net return per unit invested
     * @param roas the return on ad spend
     * @param conversions the conversions, at least zero
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if an amount or {@code conversions} is negative, or only one
     *     of {@code investment} and {@code profit} is present
     * @throws CurrencyMismatchException if the amounts are in different currencies
     */
    public Scorecard {
        Objects.requireNonNull(investment, "investment");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(profit, "profit");
        Objects.requireNonNull(roi, "roi");
        Objects.requireNonNull(returnPerUnit, "returnPerUnit");
        Objects.requireNonNull(roas, "roas");
        Values.nonNegative(revenue, revenue.currency(), "revenue");
        investment.ifPresent(i -> Values.nonNegative(i, revenue.currency(), "investment"));
        profit.ifPresent(p -> Values.sameCurrency(p, revenue.currency()));
        if (investment.isPresent() != profit.isPresent()) {
            throw new IllegalArgumentException("investment (" + investment + ") and profit (" + profit
                    + ") must both be present or both be empty");
        }
        Values.nonNegative(conversions, "conversions");
    }
}
