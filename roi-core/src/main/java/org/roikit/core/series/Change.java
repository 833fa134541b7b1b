package org.roikit.core.series;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.roikit.core.Ratio;

/**
 * The change of a {@link MetricSeries} from one period to another, from
 * {@link MetricSeries#change(CalendarPeriod, CalendarPeriod)}.
 *
 * <p>With {@code a} the value of {@link #from()} and {@code b} the value of {@link #to()}:
 * <ul>
 *   <li>{@link #relative()} is {@code (b - a) / a} in percentage form: 2% to 4% is
 *       {@code +100.00%}. Undefined when either period has no data or an undefined rate, and when
 *       {@code a} is zero.</li>
 *   <li>{@link #percentagePoints()} is {@code (b - a) x 100} for rates, as a plain number: 2% to
 *       4% has the value {@code 2}. Undefined when either side is missing or undefined, and for
 *       counts and money, which are not rates.</li>
 *   <li>{@link #difference()} is {@code b - a} in the metric's unit: a count, an amount in the
 *       series' currency, or a rate as a decimal fraction ({@code 0.02} for 2% to 4%). Empty when
 *       either side is missing or undefined.</li>
 * </ul>
 *
 * <p>Two changes are equal when all of these and both periods are equal. Instances are immutable
 * and thread-safe.
 */
public final class Change {

    private final CalendarPeriod from;
    private final CalendarPeriod to;
    private final Ratio relative;
    private final BigDecimal difference;
    private final Ratio percentagePoints;

    Change(CalendarPeriod from, CalendarPeriod to, Ratio relative, BigDecimal difference,
            Ratio percentagePoints) {
        this.from = from;
        this.to = to;
        this.relative = relative;
        this.difference = difference;
        this.percentagePoints = percentagePoints;
    }

    /**
     * Returns the base period.
     *
     * @return the period changed from
     */
    public CalendarPeriod from() {
        return from;
    }

    /**
     * Returns the period compared with the base.
     *
     * @return the period changed to
     */
    public CalendarPeriod to() {
        return to;
    }

    /**
     * Returns the relative change {@code (b - a) / a} in percentage form, or undefined with the
     * reason, such as {@code "no data for 2026-02"} or {@code "clicks was 0 in 2026-01"}.
     *
     * @return the relative change
     */
    public Ratio relative() {
        return relative;
    }

    /**
     * Returns the change of a rate in percentage points, {@code (b - a) x 100}, as a
     * {@link Ratio.Form#NUMBER} ratio whose value is the number of points: {@code 2} from 2% to
     * 4%. Undefined with a reason when either side is missing or undefined, or when the series is
     * not a rate ({@code "clicks is not a rate"}).
     *
     * @return the change in percentage points
     */
    public Ratio percentagePoints() {
        return percentagePoints;
    }

    /**
     * Returns {@code b - a} in the metric's unit (for rates, as a decimal fraction), or empty when
     * either side is missing or undefined; {@link #relative()} then gives the reason.
     *
     * @return the difference
     */
    public Optional<BigDecimal> difference() {
        return Optional.ofNullable(difference);
    }

    /**
     * Returns whether {@code obj} is a change with the same periods, relative change, difference
     * and percentage points.
     *
     * @param obj the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Change other
                && from.equals(other.from)
                && to.equals(other.to)
                && relative.equals(other.relative)
                && Objects.equals(difference, other.difference)
                && percentagePoints.equals(other.percentagePoints);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(from, to, relative, difference, percentagePoints);
    }

    /**
     * Returns the change for reading: {@code 2026-01 -> 2026-02: +100.00%, +2.00 pp} for a rate,
     * {@code 2026-01 -> 2026-02: +50.00% (+150)} otherwise, or
     * {@code 2026-01 -> 2026-02: undefined (no data for 2026-02)}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        String head = from + " -> " + to + ": ";
        if (difference == null) {
            return head + relative;
        }
        String text = head + signed(relative, "");
        if (percentagePoints.isDefined()) {
            return text + ", " + signed(percentagePoints, " pp");
        }
        return text + " (" + (difference.signum() > 0 ? "+" : "") + difference.toPlainString() + ")";
    }

    /** Returns a defined ratio with a leading {@code +} when positive, or {@code undefined}. */
    static String signed(Ratio ratio, String suffix) {
        if (ratio.isUndefined()) {
            return "undefined";
        }
        return (ratio.value().signum() > 0 ? "+" : "") + ratio + suffix;
    }
}
