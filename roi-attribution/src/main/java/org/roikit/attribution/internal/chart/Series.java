package org.roikit.attribution.internal.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A named row of values, one per category or period of a chart, in the chart's order.
 *
 * @param name the series name, shown in the legend and the text alternative
 * @param values the values; none null
 *
 * <p>Instances are immutable and thread-safe.
 */
public record Series(String name, List<BigDecimal> values) {

    /**
     * Validates and copies the values.
     *
     * @throws NullPointerException if the name, the list or a value is null
     */
    public Series {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }

    /**
     * Returns a series of the given values.
     *
     * @throws NullPointerException if the name or a value is null
     */
    public static Series of(String name, BigDecimal... values) {
        return new Series(name, List.of(values));
    }
}
