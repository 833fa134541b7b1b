/**
 * SMART goals: a metric, a baseline, a target, a start and a deadline, and progress towards them.
 *
 * <p>{@link org.roikit.core.goal.Goal#reach Goal.reach} sets an absolute target on a linear path,
 * {@link org.roikit.core.goal.Goal#grow Goal.grow} a compounding rate per
 * {@link org.roikit.core.goal.Cadence period}. {@link org.roikit.core.goal.Goal#progress
 * Goal.progress} gives a {@link org.roikit.core.goal.GoalProgress} for a day and an actual value:
 * share of the way, the value expected on the path, a {@link org.roikit.core.goal.GoalStatus}, the
 * gap to the path and the rate still needed per period.
 *
 * <pre>{@code
 * Goal engagement = Goal.reach("engagement rate", new BigDecimal("0.02"), new BigDecimal("0.04"),
 *         LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1));
 * engagement.progress(LocalDate.of(2026, 4, 1), new BigDecimal("0.028"));
 * // engagement rate 2026-04-01: 0.028 (40.00% of the way), expected 0.03, BEHIND; needs +0.004 a month
 * }</pre>
 *
 * <p>All types are immutable and thread-safe.
 */
package org.roikit.core.goal;
