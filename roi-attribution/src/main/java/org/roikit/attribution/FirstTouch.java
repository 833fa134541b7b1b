package org.roikit.attribution;

import org.roikit.attribution.internal.Checks;

/**
 * The first-touch model: the whole conversion to the first eligible touch, the earliest one
 * within the lookback window. Of touches at the same instant, the one given first is first.
 *
 * <p>All instances are equal; {@link AttributionModel#firstTouch()} returns a shared one.
 *
 * <p>Instances are immutable and thread-safe.
 */
public record FirstTouch() implements AttributionModel {

    static final FirstTouch INSTANCE = new FirstTouch();

    /**
     * Returns {@code "first-touch"}.
     *
     * @return the name
     */
    @Override
    public String name() {
        return "first-touch";
    }

    /**
     * Writes 1 for the first touch and 0 for the others.
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
        weights[0] = 1;
        for (int i = 1; i < n; i++) {
            weights[i] = 0;
        }
    }

    /**
     * Returns {@code "first-touch"}, which {@link AttributionModel#parse(String)} reads back.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return name();
    }
}
