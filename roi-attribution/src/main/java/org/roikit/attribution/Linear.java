package org.roikit.attribution;

import org.roikit.attribution.internal.Checks;

/**
 * The linear model: an equal share, 1/n, to each of the n eligible touches. A channel touched
 * twice gets two shares (unless repeats are collapsed, see
 * {@link AttributionSettings#withCollapsedRepeats(boolean)}).
 *
 * <p>All instances are equal; {@link AttributionModel#linear()} returns a shared one.
 *
 * <p>Instances are immutable and thread-safe.
 */
public record Linear() implements AttributionModel {

    static final Linear INSTANCE = new Linear();

    /**
     * Returns {@code "linear"}.
     *
     * @return the name
     */
    @Override
    public String name() {
        return "linear";
    }

    /**
     * Writes 1/n for every touch.
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
        double share = 1.0 / n;
        for (int i = 0; i < n; i++) {
            weights[i] = share;
        }
    }

    /**
     * Returns {@code "linear"}, which {@link AttributionModel#parse(String)} reads back.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return name();
    }
}
