package org.roikit.attribution.report;

import java.math.BigDecimal;
import java.util.Objects;
import org.roikit.core.Money;
import org.roikit.core.Ratio;

/**
 * The figures of one value of a touchpoint attribute, such as {@code segment = smb}.
 *
 * <p>{@code journeys} counts the journeys with at least one touch carrying the value dated in
 * the report window (touches before it are not counted); {@code convertedJourneys} those of
 * them with at least one conversion in the window; {@code conversionRate = convertedJourneys /
 * journeys} in percentage form, undefined when no touch carrying the value is dated in the window
 * (the row then exists because a touch before the window was credited). {@code conversions} and
 * {@code revenue} are what the model credited to the touches carrying the value: revenue is the
 * exact sum of the per-touch amounts of {@link org.roikit.attribution.Attribution#credits}
 * (each rounded to minor units per conversion by largest remainder), conversions the sum of the
 * touches' weights rounded half-even to millionths. Two values are equal when all components are
 * equal; {@code conversions} is held without trailing zeros.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param value the attribute value, such as {@code smb}
 * @param journeys the journeys touched with this value in the window, at least zero
 * @param convertedJourneys those of them that converted, at most {@code journeys}
 * @param conversionRate {@code convertedJourneys / journeys}
 * @param conversions the conversions attributed to touches with this value
 * @param revenue the revenue attributed to touches with this value
 */
public record SegmentRow(String value, long journeys, long convertedJourneys, Ratio conversionRate,
        BigDecimal conversions, Money revenue) {

    /**
     * Checks the components and normalises {@code conversions}.
     *
     * @param value the attribute value, not blank
     * @param journeys the journeys touched, at least zero
     * @param convertedJourneys the converted ones, from zero to {@code journeys}
     * @param conversionRate the conversion rate
     * @param conversions the attributed conversions, at least zero
     * @param revenue the attributed revenue, at least zero
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code value} is blank, a figure is negative or
     *     {@code convertedJourneys} exceeds {@code journeys}
     */
    public SegmentRow {
        Values.nonBlank(value, "value");
        Objects.requireNonNull(conversionRate, "conversionRate");
        Objects.requireNonNull(conversions, "conversions");
        Objects.requireNonNull(revenue, "revenue");
        Values.nonNegative(journeys, "journeys");
        Values.nonNegative(convertedJourneys, "convertedJourneys");
        if (convertedJourneys > journeys) {
            throw new IllegalArgumentException("convertedJourneys (" + convertedJourneys
                    + ") must be <= journeys (" + journeys + ")");
        }
        conversions = Values.nonNegative(conversions, "conversions");
        Values.nonNegative(revenue, revenue.currency(), "revenue");
    }
}
