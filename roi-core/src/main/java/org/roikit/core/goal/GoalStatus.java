package org.roikit.core.goal;

/**
 * Where a goal stands on a day, given the metric's actual value. "Beyond" means above for an
 * increase goal and below for a decrease goal.
 *
 * <p>The first that applies wins: {@link #NOT_STARTED}, {@link #ACHIEVED}, {@link #MISSED},
 * {@link #ON_TRACK}, {@link #BEHIND}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public enum GoalStatus {
    /** The day is before the start. */
    NOT_STARTED,
    /** The actual value is at or beyond the target, on any day from the start on. */
    ACHIEVED,
    /** The day is after the deadline and the target is not achieved. */
    MISSED,
    /** The actual value is at or beyond the value expected on the path that day. */
    ON_TRACK,
    /** The actual value falls short of the value expected on the path that day. */
    BEHIND
}
