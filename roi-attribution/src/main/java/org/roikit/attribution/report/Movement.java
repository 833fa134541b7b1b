package org.roikit.attribution.report;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.roikit.core.series.Change;

/**
 * How one metric moved between the last two complete periods of a report's trend.
 *
 * <p>The metrics are {@code investment} and {@code revenue} (amounts in the report's currency),
 * {@code conversions} (a count) and {@code roas} (revenue over investment, a multiple: the ROI
 * moves by the same number of percentage points, since {@code roi = roas - 1}). The change comes
 * from a core {@link org.roikit.core.series.MetricSeries} of the trend: relative change
 * {@code (current - previous) / previous} and the difference. The direction is the sign of the
 * difference, {@link Direction#UNKNOWN} when it is undefined. Two values are equal when all
 * components are equal; decimals are held without trailing zeros.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param metric the metric's name: {@code investment}, {@code revenue}, {@code conversions} or {@code roas}
 * @param previous the value in the earlier period, empty when undefined
 * @param current the value in the later period, empty when undefined
 * @param change the change between the two periods
 * @param direction which way the metric moved
 */
public record Movement(String metric, Optional<BigDecimal> previous, Optional<BigDecimal> current, Change change,
        Direction direction) {

    private static final java.util.List<String> METRICS = java.util.List.of("investment", "revenue", "conversions",
            "roas");

    /**
     * Checks the components and normalises the values.
     *
     * @param metric the metric's name: {@code investment}, {@code revenue}, {@code conversions} or
     *     {@code roas}
     * @param previous the earlier value, if defined
     * @param current the later value, if defined
     * @param change the change
     * @param direction the direction
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code metric} is not one of those four
     */
    public Movement {
        Objects.requireNonNull(metric, "metric");
        if (!METRICS.contains(metric)) {
            throw new IllegalArgumentException("metric (\"" + metric + "\") must be one of "
                    + String.join(", ", METRICS));
        }
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(direction, "direction");
        previous = previous.map(Values::normalise);
        current = current.map(Values::normalise);
    }
}
