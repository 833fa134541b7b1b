package org.roikit.attribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.roikit.core.Conversion;
import org.roikit.core.Money;

/**
 * One customer's touchpoints and conversions.
 *
 * <p>Touchpoints and conversions are each held in time order. The sort is stable: entries with
 * equal instants keep the order in which they were given, which is what decides, for example,
 * which of two simultaneous touches is "last". Every touchpoint must carry the journey's id.
 *
 * <p>Two journeys are equal when they have the same id, touchpoints and conversions in the same
 * order.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Journey {

    private static final Comparator<Touchpoint> BY_INSTANT = Comparator.comparing(Touchpoint::instant);
    private static final Comparator<Conversion> CONVERSION_BY_INSTANT = Comparator.comparing(Conversion::instant);

    private final String id;
    private final List<Touchpoint> touchpoints;
    private final List<Conversion> conversions;

    private Journey(String id, List<Touchpoint> touchpoints, List<Conversion> conversions) {
        this.id = id;
        this.touchpoints = touchpoints;
        this.conversions = conversions;
    }

    /**
     * Returns the journey with the given touchpoints and conversions, each put in time order
     * (stable for equal instants).
     *
     * @param id the journey id, not blank
     * @param touchpoints the touchpoints, each with journey id {@code id}; may be empty
     * @param conversions the conversions; may be empty
     * @return the journey
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if {@code id} is blank or a touchpoint has another journey id
     */
    public static Journey of(String id, Collection<Touchpoint> touchpoints, Collection<Conversion> conversions) {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id (\"" + id + "\") must not be blank");
        }
        Objects.requireNonNull(touchpoints, "touchpoints");
        Objects.requireNonNull(conversions, "conversions");
        List<Touchpoint> touches = new ArrayList<>(touchpoints.size());
        int i = 0;
        for (Touchpoint t : touchpoints) {
            Objects.requireNonNull(t, "touchpoints[" + i + "]");
            if (!t.journeyId().equals(id)) {
                throw new IllegalArgumentException("touchpoints[" + i + "].journeyId (\"" + t.journeyId()
                        + "\") must equal the journey id (\"" + id + "\")");
            }
            touches.add(t);
            i++;
        }
        List<Conversion> convs = new ArrayList<>(conversions.size());
        i = 0;
        for (Conversion c : conversions) {
            convs.add(Objects.requireNonNull(c, "conversions[" + i + "]"));
            i++;
        }
        touches.sort(BY_INSTANT);
        convs.sort(CONVERSION_BY_INSTANT);
        return new Journey(id, List.copyOf(touches), List.copyOf(convs));
    }

    /**
     * Returns a builder for the journey with the given id.
     *
     * @param id the journey id, not blank
     * @return a new builder
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public static Builder builder(String id) {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id (\"" + id + "\") must not be blank");
        }
        return new Builder(id);
    }

    /**
     * Returns the journey id.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the touchpoints in time order, equal instants in the order given.
     *
     * @return an unmodifiable list
     */
    public List<Touchpoint> touchpoints() {
        return touchpoints;
    }

    /**
     * Returns the conversions in time order, equal instants in the order given.
     *
     * @return an unmodifiable list
     */
    public List<Conversion> conversions() {
        return conversions;
    }

    /**
     * Returns whether the journey has at least one conversion.
     *
     * @return true if converted
     */
    public boolean isConverted() {
        return !conversions.isEmpty();
    }

    /**
     * Returns whether {@code obj} is a journey with the same id, touchpoints and conversions.
     *
     * @param obj the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Journey other
                && id.equals(other.id)
                && touchpoints.equals(other.touchpoints)
                && conversions.equals(other.conversions);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(id, touchpoints, conversions);
    }

    /**
     * Returns the journey as its path and conversions, such as
     * {@code Journey[j-1: linkedin > email > direct => 1 conversion, EUR 120.00]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Journey[").append(id).append(':');
        if (touchpoints.isEmpty()) {
            sb.append(" no touches");
        }
        for (int i = 0; i < touchpoints.size(); i++) {
            sb.append(i == 0 ? " " : " > ").append(touchpoints.get(i).channel());
        }
        sb.append(" => ").append(conversions.size()).append(conversions.size() == 1 ? " conversion" : " conversions");
        for (Conversion c : conversions) {
            sb.append(", ").append(c.value());
        }
        return sb.append(']').toString();
    }

    /**
     * Collects the touchpoints and conversions of one journey in any order.
     *
     * <p>A builder is not thread-safe; the journey it builds is.
     */
    public static final class Builder {

        private final String id;
        private final List<Touchpoint> touchpoints = new ArrayList<>();
        private final List<Conversion> conversions = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Adds a touch on {@code channel} at {@code instant}.
         *
         * @param instant when the touch happened
         * @param channel the channel, not blank
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code channel} is blank
         */
        public Builder touch(Instant instant, String channel) {
            touchpoints.add(Touchpoint.of(id, instant, channel));
            return this;
        }

        /**
         * Adds a touch on {@code channel} for {@code campaign} at {@code instant}.
         *
         * @param instant when the touch happened
         * @param channel the channel, not blank
         * @param campaign the campaign, not blank
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code channel} or {@code campaign} is blank
         */
        public Builder touch(Instant instant, String channel, String campaign) {
            touchpoints.add(Touchpoint.of(id, instant, channel, campaign));
            return this;
        }

        /**
         * Adds a touchpoint, which must carry this journey's id.
         *
         * @param touchpoint the touchpoint
         * @return this builder
         * @throws NullPointerException if {@code touchpoint} is null
         * @throws IllegalArgumentException if its journey id differs
         */
        public Builder touch(Touchpoint touchpoint) {
            Objects.requireNonNull(touchpoint, "touchpoint");
            if (!touchpoint.journeyId().equals(id)) {
                throw new IllegalArgumentException("touchpoint.journeyId (\"" + touchpoint.journeyId()
                        + "\") must equal the journey id (\"" + id + "\")");
            }
            touchpoints.add(touchpoint);
            return this;
        }

        /**
         * Adds a conversion.
         *
         * @param conversion the conversion
         * @return this builder
         * @throws NullPointerException if {@code conversion} is null
         */
        public Builder conversion(Conversion conversion) {
            conversions.add(Objects.requireNonNull(conversion, "conversion"));
            return this;
        }

        /**
         * Adds a sale worth {@code value} at {@code instant}, with the id {@code journeyId + "#" + n}
         * where n counts this journey's conversions from 1.
         *
         * @param instant when the conversion happened
         * @param value the value, at least zero
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code value} is negative
         */
        public Builder conversion(Instant instant, Money value) {
            conversions.add(Conversion.of(id + "#" + (conversions.size() + 1), instant, value, Conversion.SALE));
            return this;
        }

        /**
         * Returns the journey.
         *
         * @return the journey, with touchpoints and conversions in time order
         */
        public Journey build() {
            return Journey.of(id, touchpoints, conversions);
        }
    }
}
