package org.roikit.attribution.report;

/**
 * Which way a metric moved from one period to the next, read from the sign of the difference.
 */
public enum Direction {

    /** The metric grew: the difference is positive. */
    UP,

    /** The metric fell: the difference is negative. */
    DOWN,

    /** The metric stayed the same: the difference is zero. */
    FLAT,

    /**
     * The change cannot be told, because a side is undefined, such as a ROAS over a period without
     * investment.
     */
    UNKNOWN
}
