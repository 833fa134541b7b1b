package org.roikit.attribution;

import org.roikit.attribution.internal.Checks;

/**
 * The last-touch model: the whole conversion to the last eligible touch. Of touches at the same
 * instant, the one given last is last.
 *
 * <p>All instances are equal; {@link AttributionModel#lastTouch()} returns a shared one.
 *
 * <p>Instances are immutable and thread-safe.
 */
public record LastTouch() implements AttributionModel {

    static final LastTouch INSTANCE = new LastTouch();

    /**
     * Returns {@code "last-touch"}.
     *
     * @return the name
     */
    @Override
    public String name() {
        return "last-touch";
    }

    /**
     * Writes 1 for the last touch and 0 for the others.
     *
     * @param n the number of eligible touches, at least 1
     * @param ages not read
     * @param direct not read
     * @param weights where the weights go
     * @throws NullPointerException if an array is null
     * @throws IllegalArgumentException if {@code n} is less than 1 or an array is shorter than {@code n}
     */
    @Override
    public void weigh(int n, double[] ages, boolean[] direct, double[] weights) {
        Checks.weighing(n, ages, direct, weights);
        for (int i = 0; i < n - 1; i++) {
            weights[i] = 0;
        }
        weights[n - 1] = 1;
    }

    /**
     * Returns {@code "last-touch"}, which {@link AttributionModel#parse(String)} reads back.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return name();
    }
}
