package org.roikit.core.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.roikit.core.Ratio;
import org.roikit.core.internal.Decimals;

/**
 * Progress towards a {@link Goal} on one day, from the metric's actual value that day.
 *
 * <ul>
 *   <li>{@link #shareOfTheWay()}: {@code (actual - baseline) / (target - baseline)}, 0 at the
 *       baseline and 1 at the target; above 1 past the target, negative when moving away.</li>
 *   <li>{@link #expected()}: the value on the goal's path that day,
 *       {@link Goal#expectedAt(LocalDate)}.</li>
 *   <li>{@link #gapToPath()}: {@code actual - expected}, positive above the path.</li>
 *   <li>{@link #status()}: see {@link GoalStatus}.</li>
 *   <li>{@link #neededPerPeriod()}: what it takes from here to hit the target by the deadline.</li>
 * </ul>
 *
 * <p>Two progress values are equal when they are for equal goals, the same day and the same actual
 * value (compared by value); everything else follows from those.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GoalProgress {

    private final Goal goal;
    private final LocalDate date;
    private final BigDecimal actual;
    private final BigDecimal expected;
    private final GoalStatus status;
    private final Ratio needed;

    GoalProgress(Goal goal, LocalDate date, BigDecimal actual) {
        this.goal = goal;
        this.date = date;
        this.actual = actual;
        this.expected = goal.expectedAt(date);
        this.status = status(goal, date, actual, expected);
        this.needed = goal.neededPerPeriod(date, actual);
    }

    private static GoalStatus status(Goal goal, LocalDate date, BigDecimal actual, BigDecimal expected) {
        int direction = goal.isIncrease() ? 1 : -1;
        if (date.isBefore(goal.start())) {
            return GoalStatus.NOT_STARTED;
        }
        if (actual.compareTo(goal.target()) * direction >= 0) {
            return GoalStatus.ACHIEVED;
        }
        if (date.isAfter(goal.deadline())) {
            return GoalStatus.MISSED;
        }
        return actual.compareTo(expected) * direction >= 0 ? GoalStatus.ON_TRACK : GoalStatus.BEHIND;
    }

    /**
     * Returns the goal measured.
     *
     * @return the goal
     */
    public Goal goal() {
        return goal;
    }

    /**
     * Returns the day of the measurement.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the metric's actual value on the day.
     *
     * @return the actual value, without trailing zeros
     */
    public BigDecimal actual() {
        return actual;
    }

    /**
     * Returns the share of the way from the baseline to the target,
     * {@code (actual - baseline) / (target - baseline)}: {@code 40.00%} for an engagement rate of
     * 0.028 on the way from 0.02 to 0.04. It is never undefined, since a goal's target differs from
     * its baseline.
     *
     * @return the share in percentage form; may exceed 100% or be negative
     */
    public Ratio shareOfTheWay() {
        return Ratio.of(actual.subtract(goal.baseline()), goal.target().subtract(goal.baseline()),
                "distance to target");
    }

    /**
     * Returns the value expected on the goal's path on the day.
     *
     * @return the expected value, as {@link Goal#expectedAt(LocalDate)}
     */
    public BigDecimal expected() {
        return expected;
    }

    /**
     * Returns {@code actual - expected}: positive above the path, which is ahead for an increase
     * goal and behind for a decrease goal.
     *
     * @return the gap, without trailing zeros
     */
    public BigDecimal gapToPath() {
        return Decimals.normalise(actual.subtract(expected));
    }

    /**
     * Returns where the goal stands on the day.
     *
     * @return the status
     */
    public GoalStatus status() {
        return status;
    }

    /**
     * Returns the rate still needed each period, from the actual value on the day, to hit the
     * target on the deadline.
     *
     * <p>The time left is {@code R = T - e} periods (all {@code T} before the start). For a linear
     * goal the rate is the amount per period, {@code (target - actual) / R}, in
     * {@link Ratio.Form#NUMBER} form, rounded half-even to 34 significant digits. For a compounding
     * goal it is the growth rate {@code r} in percentage form that, by the goal's rule of whole
     * periods {@code k = floor(R)} then a part {@code f = R - k}, solves
     * {@code actual x (1 + r)^k x (1 + r x f) = target}; for whole {@code R} that is
     * {@code (target / actual)^(1/R) - 1}. It is computed by Newton's method in 50-digit
     * {@code BigDecimal} arithmetic and rounded half-even to 34 significant digits; the last digit
     * may be off by one. A negative rate means the target is reached even when the metric falls
     * back by that much.
     *
     * <p>The ratio is undefined, with the reason, when no time is left ({@code "no time left:
     * deadline 2026-07-01"}, on and after the deadline) or, for a compounding goal, when the actual
     * value is zero or negative ({@code "actual 0 is not positive"}).
     *
     * @return the rate still needed per period of the goal's cadence
     */
    public Ratio neededPerPeriod() {
        return needed;
    }

    /**
     * Returns whether {@code obj} is progress of an equal goal on the same day with the same actual
     * value.
     *
     * @param obj the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof GoalProgress other
                && goal.equals(other.goal)
                && date.equals(other.date)
                && actual.equals(other.actual);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(goal, date, actual);
    }

    /**
     * Returns the progress on one line, such as {@code engagement rate 2026-04-01: 0.028 (40.00% of
     * the way), expected 0.03, BEHIND; needs +0.004 a month}. Numbers are rounded half-up to 7
     * significant digits for reading, compounding rates to two decimals of a percent; an undefined
     * rate reads {@code rate needed undefined (no time left: deadline 2026-07-01)}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        String head = goal.metric() + " " + date + ": " + Text.number(actual) + " (" + shareOfTheWay()
                + " of the way), expected " + Text.number(expected) + ", " + status + "; ";
        if (needed.isUndefined()) {
            return head + "rate needed " + needed;
        }
        String rate = goal.path() == Goal.Path.LINEAR
                ? Text.signedNumber(needed.value())
                : Text.signedPercent(needed.value());
        return head + "needs " + rate + " a " + goal.cadence().noun();
    }
}
