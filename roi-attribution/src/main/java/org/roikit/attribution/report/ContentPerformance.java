package org.roikit.attribution.report;

import java.math.BigDecimal;
import java.util.Objects;
import org.roikit.core.Money;

/**
 * How one piece of content performed: the touches that carried it and what the model credited
 * to them.
 *
 * <p>{@code touches} counts the touches carrying the content dated in the report window (in any
 * journey; touches before the window are not counted, though they may be credited);
 * {@code conversions} is the sum of their weights over the conversions of the window, rounded
 * half-even to millionths; {@code revenue} is the exact sum of their per-touch amounts from
 * {@link org.roikit.attribution.Attribution#credits}. Two values are equal when all components
 * are equal; {@code conversions} is held without trailing zeros.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param content the content, such as {@code webinar}, or a campaign name when the report falls
 *     back to campaigns
 * @param touches the touches carrying it in the window, at least zero
 * @param conversions the attributed conversions, at least zero
 * @param revenue the attributed revenue, at least zero
 */
public record ContentPerformance(String content, long touches, BigDecimal conversions, Money revenue) {

    /**
     * Checks the components and normalises {@code conversions}.
     *
     * @param content the content, not blank
     * @param touches the touches, at least zero
     * @param conversions the attributed conversions, at least zero
     * @param revenue the attributed revenue, at least zero
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code content} is blank or a figure is negative
     */
    public ContentPerformance {
        Values.nonBlank(content, "content");
        Objects.requireNonNull(conversions, "conversions");
        Objects.requireNonNull(revenue, "revenue");
        Values.nonNegative(touches, "touches");
        conversions = Values.nonNegative(conversions, "conversions");
        Values.nonNegative(revenue, revenue.currency(), "revenue");
    }
}
