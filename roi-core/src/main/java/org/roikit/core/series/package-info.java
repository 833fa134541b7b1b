/**
 * Metric series by calendar period and how leading metrics move lagging ones.
 *
 * <p>A {@link org.roikit.core.series.MetricSeries} holds one metric (a count, an amount of money or
 * a rate) by {@link org.roikit.core.series.CalendarPeriod}: built from daily points, rolled up to
 * ISO weeks, months and quarters (sums, and rates recomputed as a ratio of sums, never averaged),
 * with period-over-period {@link org.roikit.core.series.Change} in percent and, for rates, in
 * percentage points. Periods without data are missing, never zero.
 *
 * <p>{@link org.roikit.core.series.LeadLag} correlates two series at a lag, finds the lag with the
 * strongest correlation and computes elasticity. Too few aligned points give an undefined result
 * with a reason, never a number.
 *
 * <pre>{@code
 * MetricSeries<Ratio> er = MetricSeries.rate("engagement rate", "engagements", "impressions")
 *         .add(LocalDate.of(2026, 1, 5), 20, 1000)
 *         .add(LocalDate.of(2026, 2, 9), 40, 1000)
 *         .build()
 *         .rollUp(Granularity.MONTH);
 * er.change(CalendarPeriod.parse("2026-01"), CalendarPeriod.parse("2026-02"));
 * // 2026-01 -> 2026-02: +100.00%, +2.00 pp
 * }</pre>
 */
package org.roikit.core.series;
