package org.roikit.attribution;

import java.util.Objects;
import org.roikit.core.Conversion;

/**
 * A conversion together with the journey it belongs to, as read from a conversions file before
 * the journeys are put together.
 *
 * <p>Two values are equal when both components are equal.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param journeyId the journey (customer) that converted, not blank
 * @param conversion the conversion
 */
public record JourneyConversion(String journeyId, Conversion conversion) {

    /**
     * Checks the components.
     *
     * @param journeyId the journey id, not blank
     * @param conversion the conversion
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code journeyId} is blank
     */
    public JourneyConversion {
        Objects.requireNonNull(journeyId, "journeyId");
        if (journeyId.isBlank()) {
            throw new IllegalArgumentException("journeyId (\"" + journeyId + "\") must not be blank");
        }
        Objects.requireNonNull(conversion, "conversion");
    }

    /**
     * Returns the conversion of the journey {@code journeyId}.
     *
     * @param journeyId the journey id, not blank
     * @param conversion the conversion
     * @return the pair
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code journeyId} is blank
     */
    public static JourneyConversion of(String journeyId, Conversion conversion) {
        return new JourneyConversion(journeyId, conversion);
    }

    /**
     * Returns the journey id and the conversion, such as
     * {@code j-1: Conversion[o-17 sale EUR 120.00 at 2026-03-01T10:00:00Z]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return journeyId + ": " + conversion;
    }
}
