package org.roikit.core.series;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.roikit.core.Ratio;
import org.roikit.core.internal.Decimals;

/**
 * Whether a leading metric (clicks, engagement) moves a lagging one (leads, revenue): Pearson
 * correlation at a lag, the lag with the strongest correlation, and elasticity.
 *
 * <p><b>Alignment.</b> Both series must have the same granularity; roll them up first. At lag
 * {@code k} the leading value of period p is paired with the lagging value of period p + k, for
 * every p where both periods lie within their series' range (first to last period with data).
 * These are the <em>aligned pairs</em>. A pair where either side has no data or an undefined rate
 * is skipped and counted, never treated as zero. Money counts as its amount and a rate as its
 * value, so series of different kinds can be compared.
 *
 * <p>Results are exact decimal arithmetic with at most a few roundings to 34 significant digits,
 * and are undefined with a reason rather than NaN.
 */
public final class LeadLag {

    /** The fewest pairs for a correlation: two points always lie on a line. */
    private static final int MIN_PAIRS = 3;

    /**
     * Rounds the square root up, so that it is never below the exact root and |r| never exceeds
     * 1 through rounding.
     */
    private static final MathContext ROOT = new MathContext(Decimals.QUOTIENT.getPrecision(), RoundingMode.UP);

    private LeadLag() {
    }

    /**
     * Returns Pearson's correlation coefficient between {@code leading} and {@code lagging}
     * shifted by {@code lag} periods.
     *
     * <p>Over the n aligned pairs (x, y) with data on both sides:
     * {@code r = (n Sxy - Sx Sy) / sqrt((n Sxx - Sx^2) (n Syy - Sy^2))}, where {@code Sx} is the
     * sum of x, {@code Sxy} the sum of x times y, and so on. The sums are exact; the square root
     * is rounded up to 34 digits and the quotient rounded half-even to 34 digits, so a perfect
     * linear relation gives exactly 1 (or -1). r is undefined when there are fewer than 3 pairs or
     * when either side does not vary (zero variance).
     *
     * @param leading the series expected to move first, such as clicks
     * @param lagging the series expected to follow, such as leads
     * @param lag how many periods the lagging series follows; 0 pairs equal periods, and a negative
     *     lag pairs the leading series with earlier lagging periods
     * @return the correlation
     * @throws NullPointerException if a series is null
     * @throws IllegalArgumentException if the series have different granularities
     */
    public static Correlation pearson(MetricSeries<?> leading, MetricSeries<?> lagging, int lag) {
        requireSameGranularity(leading, lagging);
        BigDecimal sx = BigDecimal.ZERO;
        BigDecimal sy = BigDecimal.ZERO;
        BigDecimal sxx = BigDecimal.ZERO;
        BigDecimal syy = BigDecimal.ZERO;
        BigDecimal sxy = BigDecimal.ZERO;
        int pairs = 0;
        int skipped = 0;
        Window window = Window.of(leading, lagging, lag);
        for (long i = window.first; i <= window.last; i++) {
            CalendarPeriod p = leading.first().orElseThrow().plus(i);
            BigDecimal x = number(leading, p);
            BigDecimal y = number(lagging, p.plus(lag));
            if (x == null || y == null) {
                skipped++;
                continue;
            }
            pairs++;
            sx = sx.add(x);
            sy = sy.add(y);
            sxx = sxx.add(x.multiply(x));
            syy = syy.add(y.multiply(y));
            sxy = sxy.add(x.multiply(y));
        }
        Ratio r;
        BigDecimal n = BigDecimal.valueOf(pairs);
        BigDecimal varX = n.multiply(sxx).subtract(sx.multiply(sx));
        BigDecimal varY = n.multiply(syy).subtract(sy.multiply(sy));
        if (pairs < MIN_PAIRS) {
            r = Ratio.undefined(count(pairs, "aligned pair") + " with data, at least " + MIN_PAIRS + " needed");
        } else if (varX.signum() == 0) {
            r = Ratio.undefined(leading.name() + " does not vary over the " + pairs + " aligned pairs");
        } else if (varY.signum() == 0) {
            r = Ratio.undefined(lagging.name() + " does not vary over the " + pairs + " aligned pairs");
        } else {
            BigDecimal covariance = n.multiply(sxy).subtract(sx.multiply(sy));
            BigDecimal root = varX.multiply(varY).sqrt(ROOT);
            r = Ratio.ofDecimal(Decimals.divide(covariance, root));
        }
        return new Correlation(leading.name(), lagging.name(), leading.granularity(), lag,
                r.withForm(Ratio.Form.NUMBER), pairs, skipped);
    }

    /**
     * Returns {@link #pearson(MetricSeries, MetricSeries, int)} for every lag from {@code minLag}
     * to {@code maxLag}, in lag order.
     *
     * @param leading the series expected to move first
     * @param lagging the series expected to follow
     * @param minLag the smallest lag
     * @param maxLag the largest lag, at least {@code minLag}
     * @return one correlation per lag
     * @throws NullPointerException if a series is null
     * @throws IllegalArgumentException if the series have different granularities or
     *     {@code maxLag} is less than {@code minLag}
     */
    public static List<Correlation> correlations(MetricSeries<?> leading, MetricSeries<?> lagging,
            int minLag, int maxLag) {
        requireSameGranularity(leading, lagging);
        if (maxLag < minLag) {
            throw new IllegalArgumentException("maxLag (" + maxLag + ") must be >= minLag (" + minLag + ")");
        }
        List<Correlation> result = new ArrayList<>();
        for (long lag = minLag; lag <= maxLag; lag++) {
            result.add(pearson(leading, lagging, (int) lag));
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Returns the correlation, among lags {@code minLag} to {@code maxLag}, with the largest
     * absolute r; on a tie the smaller lag wins, so the shortest delay that explains the data is
     * preferred. Empty when r is undefined at every lag; {@link #correlations} gives the reasons.
     *
     * @param leading the series expected to move first
     * @param lagging the series expected to follow
     * @param minLag the smallest lag
     * @param maxLag the largest lag, at least {@code minLag}
     * @return the strongest correlation, or empty if none is defined
     * @throws NullPointerException if a series is null
     * @throws IllegalArgumentException if the series have different granularities or
     *     {@code maxLag} is less than {@code minLag}
     */
    public static Optional<Correlation> strongestLag(MetricSeries<?> leading, MetricSeries<?> lagging,
            int minLag, int maxLag) {
        Correlation best = null;
        for (Correlation c : correlations(leading, lagging, minLag, maxLag)) {
            if (c.isDefined() && (best == null
                    || c.coefficient().value().abs().compareTo(best.coefficient().value().abs()) > 0)) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Returns the endpoint elasticity of {@code lagging} with respect to {@code leading} at
     * {@code lag}: the relative change of the lagging series divided by the relative change of the
     * leading series, between the first and the last aligned pair.
     *
     * <p>With x0, x1 the leading values of the first and last aligned periods p0 and p1, and y0,
     * y1 the lagging values of p0 + lag and p1 + lag:
     * {@code e = ((y1 - y0) / y0) / ((x1 - x0) / x0)}. Clicks rising 10% (1000 to 1100) while leads
     * rise 5% (100 to 105) is an elasticity of 0.5. It is computed from exact numerators and
     * denominators and rounded once, to 34 digits.
     *
     * <p>Undefined, with the reason, when there are fewer than 2 aligned periods, when an endpoint
     * has no data or an undefined rate (the window is not moved to dodge it), when x0 or y0 is
     * zero, or when the leading series did not change (x1 = x0).
     *
     * @param leading the series expected to move first
     * @param lagging the series expected to follow
     * @param lag how many periods the lagging series follows
     * @return the elasticity as a {@link Ratio.Form#NUMBER} ratio, or undefined with the reason
     * @throws NullPointerException if a series is null
     * @throws IllegalArgumentException if the series have different granularities
     */
    public static Ratio elasticity(MetricSeries<?> leading, MetricSeries<?> lagging, int lag) {
        requireSameGranularity(leading, lagging);
        Window window = Window.of(leading, lagging, lag);
        long aligned = Math.max(0, window.last - window.first + 1);
        if (aligned < 2) {
            return undefinedNumber(count(aligned, "aligned period") + ", at least 2 needed");
        }
        CalendarPeriod p0 = leading.first().orElseThrow().plus(window.first);
        CalendarPeriod p1 = leading.first().orElseThrow().plus(window.last);
        CalendarPeriod q0 = p0.plus(lag);
        CalendarPeriod q1 = p1.plus(lag);
        String missing = firstNonNull(why(leading, p0), why(leading, p1), why(lagging, q0), why(lagging, q1));
        if (missing != null) {
            return undefinedNumber(missing);
        }
        // x = a / b and y = c / d, with b = d = 1 for counts and money.
        BigDecimal a0 = leading.cell(p0).numerator();
        BigDecimal b0 = denominator(leading, p0);
        BigDecimal a1 = leading.cell(p1).numerator();
        BigDecimal b1 = denominator(leading, p1);
        BigDecimal c0 = lagging.cell(q0).numerator();
        BigDecimal d0 = denominator(lagging, q0);
        BigDecimal c1 = lagging.cell(q1).numerator();
        BigDecimal d1 = denominator(lagging, q1);
        BigDecimal leadingCross = a1.multiply(b0).subtract(a0.multiply(b1));
        if (a0.signum() == 0) {
            return undefinedNumber(leading.name() + " was 0 in " + p0);
        }
        if (leadingCross.signum() == 0) {
            return undefinedNumber(leading.name() + " did not change between " + p0 + " and " + p1);
        }
        if (c0.signum() == 0) {
            return undefinedNumber(lagging.name() + " was 0 in " + q0);
        }
        // (y1 - y0) / y0 = (c1 d0 - c0 d1) / (c0 d1) and (x1 - x0) / x0 = (a1 b0 - a0 b1) / (a0 b1).
        BigDecimal laggingCross = c1.multiply(d0).subtract(c0.multiply(d1));
        BigDecimal e = Decimals.divide(laggingCross.multiply(a0).multiply(b1),
                leadingCross.multiply(c0).multiply(d1));
        return Ratio.ofDecimal(e).withForm(Ratio.Form.NUMBER);
    }

    // ---------------------------------------------------------------- helpers

    private static void requireSameGranularity(MetricSeries<?> leading, MetricSeries<?> lagging) {
        Objects.requireNonNull(leading, "leading");
        Objects.requireNonNull(lagging, "lagging");
        if (leading.granularity() != lagging.granularity()) {
            throw new IllegalArgumentException("lagging granularity (" + lagging.granularity()
                    + " for " + lagging.name() + ") must equal leading granularity ("
                    + leading.granularity() + " for " + leading.name() + "); roll one up first");
        }
    }

    /** Returns the value of {@code period} as a number, or null if it is missing or undefined. */
    private static BigDecimal number(MetricSeries<?> series, CalendarPeriod period) {
        MetricSeries.Cell cell = series.cell(period);
        if (cell == null || series.undefinedReason(cell, period) != null) {
            return null;
        }
        return series.isRate() ? Decimals.divide(cell.numerator(), cell.denominator()) : cell.numerator();
    }

    private static BigDecimal denominator(MetricSeries<?> series, CalendarPeriod period) {
        return series.isRate() ? series.cell(period).denominator() : BigDecimal.ONE;
    }

    /** Returns why {@code period} has no usable value, or null if it has one. */
    private static String why(MetricSeries<?> series, CalendarPeriod period) {
        MetricSeries.Cell cell = series.cell(period);
        return cell == null
                ? "no data for " + series.name() + " in " + period
                : series.undefinedReason(cell, period);
    }

    private static String firstNonNull(String... reasons) {
        for (String reason : reasons) {
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static Ratio undefinedNumber(String reason) {
        return Ratio.undefined(reason).withForm(Ratio.Form.NUMBER);
    }

    /**
     * The aligned pairs as offsets from the leading series' first period, {@code first} to
     * {@code last} inclusive (empty when {@code first > last}); counted in periods so that a huge
     * lag cannot overflow a date.
     */
    private static final class Window {

        final long first;
        final long last;

        private Window(long first, long last) {
            this.first = first;
            this.last = last;
        }

        static Window of(MetricSeries<?> leading, MetricSeries<?> lagging, int lag) {
            if (leading.isEmpty() || lagging.isEmpty()) {
                return new Window(0, -1);
            }
            CalendarPeriod leadFirst = leading.first().orElseThrow();
            CalendarPeriod lagFirst = lagging.first().orElseThrow();
            long leadCount = leadFirst.periodsUntil(leading.last().orElseThrow()) + 1;
            long lagCount = lagFirst.periodsUntil(lagging.last().orElseThrow()) + 1;
            // Leading offset i pairs with lagging offset i + lag - offset.
            long offset = leadFirst.periodsUntil(lagFirst);
            return new Window(Math.max(0, offset - lag), Math.min(leadCount - 1, lagCount - 1 + offset - lag));
        }
    }
}
