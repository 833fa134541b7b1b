package org.roikit.core.series;

import java.util.Objects;

/**
 * The length of the calendar periods a {@link MetricSeries} is kept in.
 *
 * <p>Periods are calendar-aligned: a day, an ISO-8601 week (Monday to Sunday, numbered in its
 * week-based year), a calendar month, or a calendar quarter (January, April, July and October
 * start one).
 */
public enum Granularity {
    /** One calendar day, written {@code 2026-03-14}. */
    DAY,
    /** One ISO-8601 week from Monday to Sunday, written {@code 2026-W11}. */
    ISO_WEEK,
    /** One calendar month, written {@code 2026-03}. */
    MONTH,
    /** One calendar quarter of three months, written {@code 2026-Q1}. */
    QUARTER;

    /**
     * Returns whether every period of this granularity lies inside a single period of
     * {@code coarser}, so that values can be summed into it: days roll up to anything, months to
     * months and quarters, but weeks only to weeks because a week can straddle two months.
     *
     * @param coarser the granularity to roll up to
     * @return true if this granularity nests in {@code coarser}, including when they are the same
     * @throws NullPointerException if {@code coarser} is null
     */
    public boolean canRollUpTo(Granularity coarser) {
        Objects.requireNonNull(coarser, "coarser");
        switch (this) {
            case DAY:
                return true;
            case MONTH:
                return coarser == MONTH || coarser == QUARTER;
            default:
                return coarser == this;
        }
    }
}
