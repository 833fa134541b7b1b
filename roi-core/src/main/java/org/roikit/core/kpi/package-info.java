/**
 * Key performance indicators computed from additive base measures.
 *
 * <p>{@link org.roikit.core.kpi.Measures} holds the counts and money of one scope (a post, a day,
 * a channel); {@link org.roikit.core.kpi.Kpis} computes every rate from them, each as a
 * {@link org.roikit.core.Ratio} whose Javadoc gives the formula and the zero-denominator result;
 * {@link org.roikit.core.kpi.CustomerEconomics} adds lifetime value, LTV:CAC, CAC payback and
 * service-cost savings.
 *
 * <p><b>Aggregates are ratios of sums, never averages of ratios.</b> To report several posts,
 * days or channels, combine their measures first ({@link org.roikit.core.kpi.Measures#plus},
 * {@link org.roikit.core.kpi.Measures#followedBy}, {@link org.roikit.core.kpi.Measures#total})
 * and compute the KPI once. A post with 10 clicks from 100 impressions (10%) and one with 10 clicks
 * from 900 (1.11%) have a combined CTR of 20 / 1000 = 2%, not the 5.56% average of their CTRs,
 * which would give the small post the same weight as the large one.
 *
 * <p>Reach is the exception among the measures: it counts unique accounts, so summing it over
 * posts or days overstates the unique reach; see {@link org.roikit.core.kpi.Measures}.
 *
 * <p>Engagement is always an explicit set of {@link org.roikit.core.kpi.Interaction}s; the default
 * is likes, comments, shares and saves.
 */
package org.roikit.core.kpi;
