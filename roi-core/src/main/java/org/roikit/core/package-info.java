/**
 * The roikit vocabulary: exact {@link org.roikit.core.Money}, the {@link org.roikit.core.Ratio}
 * behind every rate, ROI and KPI, {@link org.roikit.core.Cost costs} and
 * {@link org.roikit.core.Investment investment}, {@link org.roikit.core.Conversion conversions},
 * {@link org.roikit.core.Funnel funnels} and {@link org.roikit.core.Roi ROI}.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Verbs as in {@code java.time}: {@code of}, {@code ofMinor}, {@code zero} and {@code parse}
 *       create; {@code to*} converts; {@code with*} copies; {@code plus}, {@code minus},
 *       {@code multipliedBy} and {@code dividedBy} compute; {@code is*} asks. Accessors have no
 *       {@code get} prefix.</li>
 *   <li>Money is never rounded silently: lossless operations take no rounding argument, lossy
 *       ones take a {@link java.math.RoundingMode}. Currencies are never mixed.</li>
 *   <li>A ratio with a zero denominator is undefined and says why; no NaN, no infinity, no silent
 *       zero.</li>
 *   <li>Bad input throws at once: {@link java.lang.NullPointerException} naming the argument,
 *       {@link java.lang.IllegalArgumentException} naming the rule and the value.</li>
 *   <li>No method returns null; optional parts are {@link java.util.Optional}.</li>
 *   <li>All types are immutable and thread-safe.</li>
 * </ul>
 */
package org.roikit.core;
