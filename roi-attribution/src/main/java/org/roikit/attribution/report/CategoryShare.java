package org.roikit.attribution.report;

import java.util.Objects;
import org.roikit.core.CostCategory;
import org.roikit.core.Money;
import org.roikit.core.Ratio;

/**
 * What one cost category took of the investment of a report window.
 *
 * <p>{@code share = amount / investment} in percentage form, exact where the quotient terminates,
 * undefined with the reason {@code "zero investment"} when the whole investment is zero. Two
 * values are equal when all components are equal.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param category the cost category
 * @param amount the costs of that category in the window, at least zero
 * @param share the category's share of the investment
 */
public record CategoryShare(CostCategory category, Money amount, Ratio share) {

    /**
     * Checks the components.
     *
     * @param category the cost category
     * @param amount the costs of that category, at least zero
     * @param share the category's share
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public CategoryShare {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(share, "share");
        Values.nonNegative(amount, amount.currency(), "amount");
    }
}
