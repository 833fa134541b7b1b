package org.roikit.core.goal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.roikit.core.Ratio;
import org.roikit.core.internal.Checks;
import org.roikit.core.internal.Decimals;

/**
 * A SMART goal: one metric moves from a baseline to a target between a start date and a deadline,
 * along a linear or a compounding path.
 *
 * <p>{@link #reach(String, BigDecimal, BigDecimal, LocalDate, LocalDate) reach} sets an absolute
 * target ("10,000 Instagram followers by 31 December") with a {@link Path#LINEAR linear} path;
 * {@link #grow(String, BigDecimal, BigDecimal, Cadence, LocalDate, int) grow} sets a rate per
 * period that {@link Path#COMPOUNDING compounds} ("+10% followers every month" for six months is a
 * target of baseline x 1.1^6 = baseline x 1.771561, not +60%). A target above the baseline makes an
 * increase goal, below it a decrease goal (a cost per acquisition from 12 to 9). Values are in the
 * metric's own unit; a rate such as an engagement rate is given as a decimal, {@code 0.02} for 2%.
 *
 * <p><b>Time.</b> Time is counted in periods of the goal's {@link Cadence} (a month unless
 * given): whole periods from the start, plus the days into the current period over that period's
 * length in days. Six months from 1 January end on 1 July; 15 February is 1.5 months in (14 of
 * February's 28 days). Reviews on the start's day of the month thus fall on whole periods. A goal
 * that ends part way through a period, such as 1 January to 31 December (11 + 30/31 months), is
 * measured the same way.
 *
 * <p><b>Path.</b> The value expected after {@code e} of the goal's {@code T} periods is, for a
 * linear path, {@code baseline + (target - baseline) x e / T}; for a compounding path at rate
 * {@code r}, after {@code k} whole periods and a part {@code f} of the next,
 * {@code baseline x (1 + r)^k x (1 + r x f)}: exact compounding at each period boundary and a
 * straight line within a period. Before the start the expected value is the baseline, after the
 * deadline the target. Values are computed with {@link java.math.BigDecimal} and rounded once,
 * half-even, to 34 significant digits ({@link java.math.MathContext#DECIMAL128}); results that fit
 * are exact. No {@code double} is involved.
 *
 * <p>Two goals are equal when they have the same metric, baseline, target, start, deadline, path,
 * cadence and rate per period; baselines and targets are compared by value ({@code 4} equals
 * {@code 4.00}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Goal {

    /** How the expected value moves from the baseline to the target. */
    public enum Path {
        /** An equal amount each period: {@code baseline + (target - baseline) x e / T}. */
        LINEAR,
        /** The same rate each period, compounded: {@code baseline x (1 + r)^e}. */
        COMPOUNDING
    }

    /** The most periods a compounding goal may span. */
    public static final int MAX_PERIODS = 10_000;

    private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

    private final String metric;
    private final BigDecimal baseline;
    private final BigDecimal target;
    private final LocalDate start;
    private final LocalDate deadline;
    private final Path path;
    private final Cadence cadence;
    private final BigDecimal rate;
    private final Span total;

    private Goal(String metric, BigDecimal baseline, BigDecimal target, LocalDate start,
            LocalDate deadline, Path path, Cadence cadence, BigDecimal rate) {
        this.metric = metric;
        this.baseline = baseline;
        this.target = target;
        this.start = start;
        this.deadline = deadline;
        this.path = path;
        this.cadence = cadence;
        this.rate = rate;
        this.total = Span.between(cadence, start, deadline);
    }

    // ---------------------------------------------------------------- factories

    /**
     * Returns a goal to move {@code metric} from {@code baseline} to {@code target} between
     * {@code start} and {@code deadline} on a linear path, counted in months:
     * {@code reach("Instagram followers", 4000, 10000, 2025-12-31, 2026-12-31)}.
     *
     * @param metric the metric's name, such as {@code "Instagram followers"}
     * @param baseline the value at the start
     * @param target the value to reach by the deadline; below the baseline for a decrease goal
     * @param start the day the baseline holds
     * @param deadline the last day to reach the target, after {@code start}
     * @return the goal
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code metric} is blank, {@code target} equals
     *     {@code baseline} or {@code deadline} is not after {@code start}
     * @throws java.time.DateTimeException if the month containing the deadline ends after
     *     {@link LocalDate#MAX}
     */
    public static Goal reach(String metric, BigDecimal baseline, BigDecimal target, LocalDate start,
            LocalDate deadline) {
        return reach(metric, baseline, target, start, deadline, Cadence.MONTH);
    }

    /**
     * Returns a goal to move {@code metric} from {@code baseline} to {@code target} between
     * {@code start} and {@code deadline} on a linear path, counted in periods of {@code cadence}.
     * The cadence sets the unit of {@link GoalProgress#neededPerPeriod()} and the periods by which
     * time is counted.
     *
     * @param metric the metric's name
     * @param baseline the value at the start
     * @param target the value to reach by the deadline; below the baseline for a decrease goal
     * @param start the day the baseline holds
     * @param deadline the last day to reach the target, after {@code start}
     * @param cadence the length of a period
     * @return the goal
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code metric} is blank, {@code target} equals
     *     {@code baseline} or {@code deadline} is not after {@code start}
     * @throws java.time.DateTimeException if the period containing the deadline ends after
     *     {@link LocalDate#MAX}
     */
    public static Goal reach(String metric, BigDecimal baseline, BigDecimal target, LocalDate start,
            LocalDate deadline, Cadence cadence) {
        Checks.nonBlank(metric, "metric");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(cadence, "cadence");
        requireMeasurable(baseline, target);
        if (!deadline.isAfter(start)) {
            throw new IllegalArgumentException(
                    "deadline (" + deadline + ") must be after start (" + start + ")");
        }
        return new Goal(metric, Decimals.normalise(baseline), Decimals.normalise(target), start, deadline,
                Path.LINEAR, cadence, null);
    }

    /**
     * Returns a goal to grow {@code metric} from {@code baseline} by {@code ratePerPeriod} each
     * period for {@code periods} periods, compounded: {@code grow("followers", 1000, 0.10, MONTH,
     * 2026-01-01, 6)} has the target {@code 1000 x 1.1^6 = 1771.561} and the deadline 2026-07-01.
     * A negative rate above -1 makes a decrease goal.
     *
     * <p>The target is {@code baseline x (1 + ratePerPeriod)^periods}, rounded half-even to 34
     * significant digits; the deadline is {@code periods} periods after the start.
     *
     * @param metric the metric's name
     * @param baseline the value at the start, above zero
     * @param ratePerPeriod the growth per period as a decimal, {@code 0.10} for +10%; above -1 and
     *     not zero
     * @param cadence the length of a period
     * @param start the day the baseline holds
     * @param periods how many periods the goal runs, between 1 and {@value #MAX_PERIODS}
     * @return the goal
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code metric} is blank, {@code baseline} is not above
     *     zero, {@code ratePerPeriod} is -1 or less or zero, {@code periods} is out of range, or the
     *     rate is too small to move the target away from the baseline at 34 digits
     * @throws java.time.DateTimeException if the deadline lies after {@link LocalDate#MAX}
     */
    public static Goal grow(String metric, BigDecimal baseline, BigDecimal ratePerPeriod, Cadence cadence,
            LocalDate start, int periods) {
        Checks.nonBlank(metric, "metric");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(ratePerPeriod, "ratePerPeriod");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(start, "start");
        if (baseline.signum() <= 0) {
            throw new IllegalArgumentException(
                    "baseline (" + baseline.toPlainString() + ") must be > 0 for a compounding goal");
        }
        if (ratePerPeriod.compareTo(MINUS_ONE) <= 0) {
            throw new IllegalArgumentException(
                    "ratePerPeriod (" + ratePerPeriod.toPlainString() + ") must be > -1");
        }
        if (ratePerPeriod.signum() == 0) {
            throw new IllegalArgumentException("ratePerPeriod (" + ratePerPeriod.toPlainString()
                    + ") must not be 0: the goal has nothing to measure");
        }
        if (periods < 1 || periods > MAX_PERIODS) {
            throw new IllegalArgumentException(
                    "periods (" + periods + ") must be between 1 and " + MAX_PERIODS);
        }
        BigDecimal base = Decimals.normalise(baseline);
        BigDecimal rate = Decimals.normalise(ratePerPeriod);
        BigDecimal target = compounded(base, rate, periods, BigInteger.ZERO, BigInteger.ONE);
        requireMeasurable(base, target);
        return new Goal(metric, base, target, start, cadence.plus(start, periods), Path.COMPOUNDING,
                cadence, rate);
    }

    private static void requireMeasurable(BigDecimal baseline, BigDecimal target) {
        if (target.compareTo(baseline) == 0) {
            throw new IllegalArgumentException("target (" + target.toPlainString()
                    + ") must differ from baseline (" + baseline.toPlainString()
                    + "): the goal has nothing to measure");
        }
    }

    // ---------------------------------------------------------------- accessors

    /**
     * Returns the metric's name.
     *
     * @return the name, such as {@code "Instagram followers"}
     */
    public String metric() {
        return metric;
    }

    /**
     * Returns the value at the start.
     *
     * @return the baseline, without trailing zeros
     */
    public BigDecimal baseline() {
        return baseline;
    }

    /**
     * Returns the value to reach by the deadline; for a compounding goal
     * {@code baseline x (1 + rate)^periods}.
     *
     * @return the target, without trailing zeros
     */
    public BigDecimal target() {
        return target;
    }

    /**
     * Returns the day the baseline holds and the path begins.
     *
     * @return the start
     */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns the last day to reach the target.
     *
     * @return the deadline, after the start
     */
    public LocalDate deadline() {
        return deadline;
    }

    /**
     * Returns how the expected value moves from the baseline to the target.
     *
     * @return {@link Path#LINEAR} for {@code reach} goals, {@link Path#COMPOUNDING} for
     *     {@code grow} goals
     */
    public Path path() {
        return path;
    }

    /**
     * Returns the length of a period, the unit in which time and rates are counted.
     *
     * @return the cadence
     */
    public Cadence cadence() {
        return cadence;
    }

    /**
     * Returns the compounding rate per period of a {@code grow} goal, such as {@code 10.00%}, or
     * empty for a linear goal.
     *
     * @return the rate per period in percentage form
     */
    public Optional<Ratio> ratePerPeriod() {
        return rate == null ? Optional.empty() : Optional.of(Ratio.ofDecimal(rate));
    }

    /**
     * Returns whether the target lies above the baseline.
     *
     * @return true for an increase goal, false for a decrease goal
     */
    public boolean isIncrease() {
        return target.compareTo(baseline) > 0;
    }

    // ---------------------------------------------------------------- computations

    /**
     * Returns the value expected on the path on {@code date}: the baseline up to the start, the
     * target from the deadline on, and in between the path formula of the class description.
     *
     * @param date the day
     * @return the expected value, rounded half-even to 34 significant digits, without trailing zeros
     * @throws NullPointerException if {@code date} is null
     */
    public BigDecimal expectedAt(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Span elapsed = elapsed(date);
        if (path == Path.COMPOUNDING) {
            return compounded(baseline, rate, elapsed.whole(), elapsed.fractionNumerator(),
                    elapsed.denominator());
        }
        // e / T as one fraction p / q, so the expected value is a single division.
        BigDecimal p = new BigDecimal(elapsed.numerator().multiply(total.denominator()));
        BigDecimal q = new BigDecimal(elapsed.denominator().multiply(total.numerator()));
        return Decimals.divide(baseline.multiply(q).add(target.subtract(baseline).multiply(p)), q);
    }

    /**
     * Returns the progress on {@code date} given the metric's {@code actual} value then.
     *
     * @param date the day of the measurement
     * @param actual the metric's value on that day
     * @return the progress: share of the way, expected value, status, gap and rate still needed
     * @throws NullPointerException if an argument is null
     */
    public GoalProgress progress(LocalDate date, BigDecimal actual) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(actual, "actual");
        return new GoalProgress(this, date, Decimals.normalise(actual));
    }

    /**
     * Returns the rate still needed per period from {@code actual} on {@code date}; see
     * {@link GoalProgress#neededPerPeriod()}.
     */
    Ratio neededPerPeriod(LocalDate date, BigDecimal actual) {
        Span left = total.minus(elapsed(date));
        if (left.signum() == 0) {
            return Ratio.undefined("no time left: deadline " + deadline);
        }
        BigDecimal leftNumerator = new BigDecimal(left.numerator());
        BigDecimal leftDenominator = new BigDecimal(left.denominator());
        if (path == Path.LINEAR) {
            return Ratio.ofDecimal(Decimals.divide(
                    target.subtract(actual).multiply(leftDenominator), leftNumerator))
                    .withForm(Ratio.Form.NUMBER);
        }
        if (actual.signum() <= 0) {
            return Ratio.undefined("actual " + actual.toPlainString() + " is not positive");
        }
        int whole = left.whole();
        if (whole == 0) {
            // Within the last period the rule is linear: actual x (1 + r x f) = target.
            return Ratio.ofDecimal(Decimals.divide(target.subtract(actual).multiply(leftDenominator),
                    actual.multiply(leftNumerator)));
        }
        BigDecimal factor = target.divide(actual, CompoundRate.WORK);
        return Ratio.ofDecimal(CompoundRate.solve(factor, whole, left.fraction(CompoundRate.WORK)));
    }

    /** Returns the periods from the start to {@code date}, held within [0, T]. */
    private Span elapsed(LocalDate date) {
        if (!date.isAfter(start)) {
            return Span.ZERO;
        }
        if (!date.isBefore(deadline)) {
            return total;
        }
        return Span.between(cadence, start, date);
    }

    /** Returns {@code baseline x (1 + rate)^whole x (1 + rate x part / length)}. */
    private static BigDecimal compounded(BigDecimal baseline, BigDecimal rate, int whole, BigInteger part,
            BigInteger length) {
        BigDecimal growth = BigDecimal.ONE.add(rate).pow(whole, CompoundRate.WORK);
        BigDecimal days = new BigDecimal(length);
        BigDecimal within = days.add(rate.multiply(new BigDecimal(part)));
        return Decimals.divide(baseline.multiply(growth).multiply(within, CompoundRate.WORK), days);
    }

    // ---------------------------------------------------------------- object methods

    /**
     * Returns whether {@code obj} is a goal with the same metric, baseline, target, dates, path,
     * cadence and rate.
     *
     * @param obj the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Goal other
                && metric.equals(other.metric)
                && baseline.equals(other.baseline)
                && target.equals(other.target)
                && start.equals(other.start)
                && deadline.equals(other.deadline)
                && path == other.path
                && cadence == other.cadence
                && Objects.equals(rate, other.rate);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(metric, baseline, target, start, deadline, path, cadence, rate);
    }

    /**
     * Returns the goal on one line: {@code engagement rate: 0.02 -> 0.04, 2026-01-01 to 2026-07-01,
     * linear by month} or {@code followers: 1000 -> 1771.561, 2026-01-01 to 2026-07-01, +10% a month}.
     * Numbers are rounded half-up to 7 significant digits for reading.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        String how = path == Path.LINEAR
                ? "linear by " + cadence.noun()
                : Text.signedPercent(rate) + " a " + cadence.noun();
        return metric + ": " + Text.number(baseline) + " -> " + Text.number(target) + ", " + start
                + " to " + deadline + ", " + how;
    }
}
