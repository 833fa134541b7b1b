package org.roikit.attribution.internal.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A linear map from a data range to pixels, widened to "nice" ends and ticks.
 *
 * <p>The tick step is the smallest of 1, 2, 2.5 and 5 times a power of ten that splits the data
 * range into at most the asked number of intervals (plus the rounding out of the ends); the ends are
 * the data range rounded outwards to whole steps. Ticks are exact decimals, so labels never show
 * {@code 0.30000000000000004}. Degenerate ranges: all-zero data maps onto [0, 1]; a single
 * non-zero value (minimum equal to maximum) is widened to include zero.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Scale {

    private static final double[] NICE = {1, 2, 2.5, 5, 10};

    private final BigDecimal lower;
    private final BigDecimal upper;
    private final BigDecimal step;
    private final double lowerValue;
    private final double upperValue;
    private final double from;
    private final double to;

    private Scale(BigDecimal lower, BigDecimal upper, BigDecimal step, double from, double to) {
        this.lower = lower;
        this.upper = upper;
        this.step = step;
        this.lowerValue = lower.doubleValue();
        this.upperValue = upper.doubleValue();
        this.from = from;
        this.to = to;
    }

    /**
     * Returns the scale that maps data from {@code min} to {@code max}, widened to nice ends (and to
     * zero if {@code includeZero}), onto pixels from {@code from} (at the lower end) to {@code to}
     * (at the upper end); {@code to} may be less than {@code from}, as for a y axis.
     *
     * @throws IllegalArgumentException if a value is not finite, {@code min > max},
     *     {@code from == to}, {@code intervals} is outside [1, 20], or the range is too wide for a
     *     double
     */
    public static Scale of(double min, double max, boolean includeZero, double from, double to, int intervals) {
        finite(min, "min");
        finite(max, "max");
        finite(from, "from");
        finite(to, "to");
        if (min > max) {
            throw new IllegalArgumentException("min (" + min + ") must be <= max (" + max + ")");
        }
        if (from == to) {
            throw new IllegalArgumentException("from (" + from + ") must differ from to");
        }
        if (intervals < 1 || intervals > 20) {
            throw new IllegalArgumentException("intervals (" + intervals + ") must be between 1 and 20");
        }
        double lo = min;
        double hi = max;
        if (includeZero || lo == hi) {
            lo = Math.min(lo, 0);
            hi = Math.max(hi, 0);
        }
        if (lo == hi) {
            hi = 1;
        }
        double raw = (hi - lo) / intervals;
        if (!Double.isFinite(raw)) {
            throw new IllegalArgumentException("range [" + min + ", " + max + "] is too wide");
        }
        BigDecimal step = niceStep(raw);
        BigDecimal lower = BigDecimal.valueOf(lo).divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal upper = BigDecimal.valueOf(hi).divide(step, 0, RoundingMode.CEILING).multiply(step);
        if (!Double.isFinite(lower.doubleValue()) || !Double.isFinite(upper.doubleValue())) {
            throw new IllegalArgumentException("range [" + min + ", " + max + "] is too wide");
        }
        return new Scale(lower.stripTrailingZeros(), upper.stripTrailingZeros(), step, from, to);
    }

    private static BigDecimal niceStep(double raw) {
        int exponent = (int) Math.floor(Math.log10(raw));
        double mantissa = BigDecimal.valueOf(raw).scaleByPowerOfTen(-exponent).doubleValue();
        for (double nice : NICE) {
            // A tolerance, because raw is a quotient of doubles and 2 can arrive as 2.0000000000000004.
            if (nice >= mantissa - 1e-9) {
                return BigDecimal.valueOf(nice).scaleByPowerOfTen(exponent).stripTrailingZeros();
            }
        }
        throw new AssertionError("mantissa " + mantissa + " of " + raw + " is not below 10");
    }

    /** Returns the lower end of the data range, a whole number of steps. */
    public BigDecimal lower() {
        return lower;
    }

    /** Returns the upper end of the data range, a whole number of steps. */
    public BigDecimal upper() {
        return upper;
    }

    /** Returns the distance between ticks. */
    public BigDecimal step() {
        return step;
    }

    /** Returns the ticks from the lower to the upper end, both included, in increasing order. */
    public List<BigDecimal> ticks() {
        int count = upper.subtract(lower).divide(step, MathContext.DECIMAL64).intValueExact();
        List<BigDecimal> ticks = new ArrayList<>(count + 1);
        for (int i = 0; i <= count; i++) {
            ticks.add(lower.add(step.multiply(BigDecimal.valueOf(i))).stripTrailingZeros());
        }
        return List.copyOf(ticks);
    }

    /** Returns the pixel position of {@code value}; values outside the range extrapolate linearly. */
    public double position(double value) {
        return from + (value - lowerValue) / (upperValue - lowerValue) * (to - from);
    }

    /** Returns the pixel position of {@code value}. */
    public double position(BigDecimal value) {
        return position(value.doubleValue());
    }

    /** Returns the pixel position of zero, where bars start; inside the range when zero was included. */
    public double zero() {
        return position(0.0);
    }

    /** Returns a short form such as {@code Scale[-50, 100] step 25 -> [0.00, 400.00]}. */
    @Override
    public String toString() {
        return "Scale[" + lower.toPlainString() + ", " + upper.toPlainString() + "] step " + step.toPlainString()
                + " -> [" + Xml.px(from) + ", " + Xml.px(to) + "]";
    }

    private static void finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " (" + value + ") must be finite");
        }
    }
}
