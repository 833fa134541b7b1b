package org.roikit.attribution.report;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.roikit.core.CurrencyMismatchException;
import org.roikit.core.Money;
import org.roikit.core.Ratio;

/**
 * How one channel or campaign performed under the report's model.
 *
 * <p>The figures are those of the channel's (or campaign's) row of the engine's
 * {@link org.roikit.attribution.AttributionReport}: attributed conversions rounded to millionths and
 * revenue rounded to minor units by largest remainder over the rows, so the rows plus the
 * unattributed bucket sum exactly to the totals. With {@code R = revenue}, {@code C = cost},
 * {@code N = conversions}: {@code roi = (R - C) / C} (percentage form) and {@code roas = R / C}
 * (multiple form), undefined with the reason {@code "zero investment"} when {@code C} is zero;
 * {@code cpa = C / N}, money per conversion, undefined with the reason
 * {@code "0 attributed conversions"} when {@code N} is zero. Without costs, {@code cost} is empty
 * and the three ratios are undefined with the reason {@code "no costs"}. Two values are equal when
 * all components are equal; {@code conversions} is held without trailing zeros.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param name the channel or campaign
 * @param conversions the attributed conversions, at least zero
 * @param revenue the attributed revenue, at least zero
 * @param cost the cost, when the report has costs
 * @param roi the return on investment
 * @param roas the return on ad spend
 * @param cpa the cost per attributed conversion
 */
public record Performance(String name, BigDecimal conversions, Money revenue, Optional<Money> cost, Ratio roi,
        Ratio roas, Ratio cpa) {

    /**
     * Checks the components and normalises {@code conversions}.
     *
     * @param name the channel or campaign, not blank
     * @param conversions the attributed conversions, at least zero
     * @param revenue the attributed revenue, at least zero
     * @param cost the cost, if any; at least zero, in the currency of {@code revenue}
     * @param roi the return on investment
     * @param roas the return on ad spend
     * @param cpa the cost per attributed conversion
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code name} is blank or a figure is negative
     * @throws CurrencyMismatchException if the cost is not in the currency of the revenue
     */
    public Performance {
        Values.nonBlank(name, "name");
        Objects.requireNonNull(conversions, "conversions");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(roi, "roi");
        Objects.requireNonNull(roas, "roas");
        Objects.requireNonNull(cpa, "cpa");
        conversions = Values.nonNegative(conversions, "conversions");
        Values.nonNegative(revenue, revenue.currency(), "revenue");
        cost.ifPresent(c -> Values.nonNegative(c, revenue.currency(), "cost"));
    }
}
