package org.roikit.core.goal;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * How long one period of a goal lasts: the unit of "per period" in growth rates and in the rate
 * still needed.
 *
 * <p>Period boundaries are counted from the goal's start with {@code java.time} arithmetic, always
 * from the start and never step by step, so a goal that starts on 31 January has monthly
 * boundaries on 28 (or 29) February, 31 March, 30 April and so on.
 *
 * <p>Instances are immutable and thread-safe.
 */
public enum Cadence {

    /** Seven days. */
    WEEK(Period.ofWeeks(1), "week"),
    /** One calendar month. */
    MONTH(Period.ofMonths(1), "month"),
    /** Three calendar months. */
    QUARTER(Period.ofMonths(3), "quarter"),
    /** One calendar year. */
    YEAR(Period.ofYears(1), "year");

    private final Period period;
    private final String noun;

    Cadence(Period period, String noun) {
        this.period = period;
        this.noun = noun;
    }

    /**
     * Returns the length of one period, such as {@code P1M} for {@link #MONTH}.
     *
     * @return the period
     */
    public Period period() {
        return period;
    }

    /** Returns the lower-case name of one period for text, such as {@code "month"}. */
    String noun() {
        return noun;
    }

    /**
     * Returns the boundary {@code count} periods after {@code from}.
     *
     * @throws java.time.DateTimeException if it lies beyond {@link LocalDate#MAX}
     */
    LocalDate plus(LocalDate from, long count) {
        if (this == WEEK) {
            return from.plusWeeks(count);
        }
        return from.plusMonths(Math.multiplyExact(period.toTotalMonths(), count));
    }

    /**
     * Returns how many whole periods fit between {@code from} and {@code to}: the largest
     * {@code k} with {@code plus(from, k) <= to}, for {@code from <= to}.
     */
    long wholePeriods(LocalDate from, LocalDate to) {
        long k = this == WEEK
                ? ChronoUnit.WEEKS.between(from, to)
                : ChronoUnit.MONTHS.between(from, to) / period.toTotalMonths();
        // ChronoUnit counts 31 January to 28 February as 0 months while plusMonths(1) lands on it.
        while (!plus(from, k + 1).isAfter(to)) {
            k++;
        }
        while (k > 0 && plus(from, k).isAfter(to)) {
            k--;
        }
        return k;
    }
}
