package org.roikit.attribution;

import java.math.BigDecimal;
import org.roikit.attribution.internal.Checks;

/**
 * The position-based model: fixed shares for the first and the last eligible touch, and one
 * share split equally over the touches in between.
 *
 * <p>The weights are relative: {@code (0.4, 0.2, 0.4)} and {@code (2, 1, 2)} credit alike, though
 * they are different values. With n eligible touches and weights first {@code f}, middle
 * {@code m} and last {@code l}:
 * <ul>
 *   <li>n = 1: the one touch gets everything;</li>
 *   <li>n = 2: first and last are re-normalised, {@code f / (f + l)} and {@code l / (f + l)}:
 *       0.5 / 0.5 for the U shape, 0.25 / 0.75 for the J shape;</li>
 *   <li>n &ge; 3: the first gets {@code f / (f + m + l)}, the last {@code l / (f + m + l)}, and
 *       each of the n - 2 middle touches {@code m / (f + m + l) / (n - 2)}.</li>
 * </ul>
 * The named parameter sets are {@link #uShape()} (0.4 / 0.2 / 0.4, the default), {@link #j()}
 * (0.2 / 0.2 / 0.6) and {@link #inverseJ()} (0.6 / 0.2 / 0.2); any other weights are custom.
 * Over five touches, a conversion of 100.00 under the U shape is credited 40.00, 6.67, 6.67,
 * 6.66 and 40.00: the middle touches earn equal real-valued shares, and the cent left over by
 * rounding goes to the earlier ones (see {@link Attribution#credits(Journey)}).
 *
 * <p>Two models are equal when their three weights are equal.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param first the weight of the first touch, at least zero
 * @param middle the weight shared by the middle touches, at least zero
 * @param last the weight of the last touch, at least zero
 */
public record PositionBased(double first, double middle, double last) implements AttributionModel {

    /**
     * Checks the weights; a weight of {@code -0.0} is taken as {@code 0.0}.
     *
     * @param first the weight of the first touch, at least zero
     * @param middle the weight shared by the middle touches, at least zero
     * @param last the weight of the last touch, at least zero
     * @throws IllegalArgumentException if a weight is negative or not finite, all are zero, or
     *     {@code first} and {@code last} are both zero (two touches would have no weight)
     */
    public PositionBased {
        first = check(first, "first");
        middle = check(middle, "middle");
        last = check(last, "last");
        if (first == 0 && last == 0) {
            if (middle == 0) {
                throw new IllegalArgumentException("weights (0, 0, 0) must not all be zero");
            }
            throw new IllegalArgumentException("first (0) and last (0) must not both be zero:"
                    + " a journey of two touches would have no weight");
        }
    }

    /**
     * Returns the U-shape model, 0.4 / 0.2 / 0.4: the default.
     *
     * @return the model
     */
    public static PositionBased uShape() {
        return new PositionBased(0.4, 0.2, 0.4);
    }

    /**
     * Returns the J-shape model, 0.2 / 0.2 / 0.6, which favours the last touch.
     *
     * @return the model
     */
    public static PositionBased j() {
        return new PositionBased(0.2, 0.2, 0.6);
    }

    /**
     * Returns the inverse-J model, 0.6 / 0.2 / 0.2, which favours the first touch.
     *
     * @return the model
     */
    public static PositionBased inverseJ() {
        return new PositionBased(0.6, 0.2, 0.2);
    }

    /**
     * Returns {@code "position-based"}.
     *
     * @return the name
     */
    @Override
    public String name() {
        return "position-based";
    }

    /**
     * Writes the position-based weights described above.
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
        if (n == 1) {
            weights[0] = 1;
            return;
        }
        if (n == 2) {
            weights[0] = pairFirst();
            weights[1] = 1 - weights[0];
            return;
        }
        double eachMiddle = middleShare() / (n - 2);
        weights[0] = firstShare();
        for (int i = 1; i < n - 1; i++) {
            weights[i] = eachMiddle;
        }
        weights[n - 1] = lastShare();
    }

    /**
     * Returns the weight of the first of two touches; the last gets one minus it, which keeps the
     * pair summing to exactly 1 (0.6 / 0.8 would read 0.7499999999999999).
     */
    double pairFirst() {
        return first / (first + last);
    }

    /** Returns the weight of the first of three or more touches. */
    double firstShare() {
        return first / (first + middle + last);
    }

    /** Returns the weight of all middle touches together, of three or more touches. */
    double middleShare() {
        return middle / (first + middle + last);
    }

    /** Returns the weight of the last of three or more touches. */
    double lastShare() {
        return last / (first + middle + last);
    }

    /**
     * Returns the name and the weights, such as {@code position-based(0.4, 0.2, 0.4)}, which
     * {@link AttributionModel#parse(String)} reads back.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return name() + "(" + plain(first) + ", " + plain(middle) + ", " + plain(last) + ")";
    }

    private static double check(double weight, String name) {
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException(name + " (" + weight + ") must be a finite number");
        }
        if (weight < 0) {
            throw new IllegalArgumentException(name + " (" + plain(weight) + ") must be >= 0");
        }
        return weight + 0.0;
    }

    private static String plain(double weight) {
        return BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString();
    }
}
