package org.roikit.attribution;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.roikit.attribution.internal.Durations;

/**
 * How the engine chooses the eligible touches of each conversion and which conversions it
 * reports.
 *
 * <ul>
 *   <li><b>Lookback</b>: a touch is eligible for a conversion of its journey when
 *       {@code conversion.instant - lookback <= touch.instant <= conversion.instant}; both bounds
 *       are inclusive, so a touch exactly one lookback before the conversion still counts, and so
 *       does a touch at the conversion instant. Default 90 days. Touches after the conversion
 *       never count.</li>
 *   <li><b>Policy</b>: whether a touch serves every conversion in its window (the default) or
 *       only the next one; see {@link ConversionPolicy}.</li>
 *   <li><b>Collapsed repeats</b>: when on, consecutive eligible touches on the same channel
 *       count as one, the earliest of them (its instant and campaign), before the model weighs
 *       them: {@code email > email > direct} becomes {@code email > direct}. Off by default.</li>
 *   <li><b>Period</b>: when set, only conversions whose instant falls on a day from {@code from}
 *       to {@code to}, both inclusive, in UTC, are attributed and reported; the others are left
 *       out of every row and counted apart as excluded (see
 *       {@link AttributionTotals#excludedConversions()}). Touches before the period still serve
 *       conversions in it. Costs are matched with
 *       {@link org.roikit.core.Investment#within(LocalDate, LocalDate)}: dated costs of the
 *       period count, undated costs always. Without a period, every conversion is reported and
 *       every cost counts, whatever its date.</li>
 * </ul>
 *
 * <p>Two settings are equal when all their components are equal.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param lookback how far before a conversion a touch may be; positive
 * @param policy whether a touch serves every conversion or only the next
 * @param collapseRepeats whether consecutive touches on one channel count as one
 * @param from the first day of the report period (UTC), present exactly when {@code to} is
 * @param to the last day of the report period (UTC), not before {@code from}
 */
public record AttributionSettings(Duration lookback, ConversionPolicy policy, boolean collapseRepeats,
        Optional<LocalDate> from, Optional<LocalDate> to) {

    /** The default lookback window: 90 days. */
    public static final Duration DEFAULT_LOOKBACK = Duration.ofDays(90);

    private static final AttributionSettings DEFAULTS = new AttributionSettings(DEFAULT_LOOKBACK,
            ConversionPolicy.SERVE_EVERY_CONVERSION, false, Optional.empty(), Optional.empty());

    /**
     * Checks the components.
     *
     * @param lookback how far before a conversion a touch may be; positive
     * @param policy whether a touch serves every conversion or only the next
     * @param collapseRepeats whether consecutive touches on one channel count as one
     * @param from the first day of the report period, present exactly when {@code to} is
     * @param to the last day of the report period, not before {@code from}
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code lookback} is not positive, only one of
     *     {@code from} and {@code to} is present, or {@code to} is before {@code from}
     */
    public AttributionSettings {
        Objects.requireNonNull(lookback, "lookback");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (lookback.isZero() || lookback.isNegative()) {
            throw new IllegalArgumentException("lookback (" + lookback + ") must be positive");
        }
        if (from.isPresent() != to.isPresent()) {
            throw new IllegalArgumentException("from (" + from.map(LocalDate::toString).orElse("none")
                    + ") and to (" + to.map(LocalDate::toString).orElse("none")
                    + ") must be both present or both absent");
        }
        if (from.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("to (" + to.get() + ") must not be before from (" + from.get() + ")");
        }
    }

    /**
     * Returns the default settings: a 90-day lookback, touches serve every conversion, repeats
     * kept, no report period.
     *
     * @return the defaults
     */
    public static AttributionSettings defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with the given lookback window.
     *
     * @param newLookback how far before a conversion a touch may be; positive
     * @return the copy
     * @throws NullPointerException if {@code newLookback} is null
     * @throws IllegalArgumentException if {@code newLookback} is not positive
     */
    public AttributionSettings withLookback(Duration newLookback) {
        return new AttributionSettings(newLookback, policy, collapseRepeats, from, to);
    }

    /**
     * Returns a copy with the given conversion policy.
     *
     * @param newPolicy whether a touch serves every conversion or only the next
     * @return the copy
     * @throws NullPointerException if {@code newPolicy} is null
     */
    public AttributionSettings withPolicy(ConversionPolicy newPolicy) {
        return new AttributionSettings(lookback, newPolicy, collapseRepeats, from, to);
    }

    /**
     * Returns a copy that collapses consecutive touches on one channel, or keeps them.
     *
     * @param collapse true to collapse repeats
     * @return the copy
     */
    public AttributionSettings withCollapsedRepeats(boolean collapse) {
        return new AttributionSettings(lookback, policy, collapse, from, to);
    }

    /**
     * Returns a copy that reports only conversions on the UTC days from {@code newFrom} to
     * {@code newTo}, both inclusive, and counts only the costs dated on those days and the undated
     * ones.
     *
     * @param newFrom the first day
     * @param newTo the last day, not before {@code newFrom}
     * @return the copy
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code newTo} is before {@code newFrom}
     */
    public AttributionSettings withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new AttributionSettings(lookback, policy, collapseRepeats,
                Optional.of(Objects.requireNonNull(newFrom, "newFrom")),
                Optional.of(Objects.requireNonNull(newTo, "newTo")));
    }

    /**
     * Returns a copy without a report period: every conversion is reported and every cost counts.
     *
     * @return the copy
     */
    public AttributionSettings withoutPeriod() {
        return new AttributionSettings(lookback, policy, collapseRepeats, Optional.empty(), Optional.empty());
    }

    /**
     * Returns whether the conversion at {@code epochSecond} falls in the report period; always
     * true without one.
     */
    boolean inPeriod(long epochSecond) {
        if (from.isEmpty()) {
            return true;
        }
        long day = Math.floorDiv(epochSecond, 86_400L);
        return day >= from.get().toEpochDay() && day <= to.get().toEpochDay();
    }

    /**
     * Returns the settings for reading, such as
     * {@code lookback P90D, serve every conversion, repeats kept, 2026-01-01..2026-03-31}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return rules() + from.map(f -> ", " + f + ".." + to.get()).orElse(", all dates");
    }

    /** Returns the text form without the period: {@code lookback P90D, serve every conversion, repeats kept}. */
    String rules() {
        return "lookback " + Durations.format(lookback)
                + (policy == ConversionPolicy.SERVE_EVERY_CONVERSION ? ", serve every conversion" : ", reset after conversion")
                + (collapseRepeats ? ", repeats collapsed" : ", repeats kept");
    }
}
