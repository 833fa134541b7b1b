package org.roikit.attribution;

import java.util.Objects;
import org.roikit.core.Money;

/**
 * The credit one touch earns for one conversion: its weight under the model and the exact amount
 * of money that weight comes to.
 *
 * <p>Two credits are equal when their touchpoints, weights and amounts are equal.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param touchpoint the touch
 * @param weight its real-valued share of the conversion, between 0 and 1
 * @param amount its share of the conversion value, exact to the minor unit, at least zero
 */
public record TouchCredit(Touchpoint touchpoint, double weight, Money amount) {

    /**
     * Checks the components.
     *
     * @param touchpoint the touch
     * @param weight its share, between 0 and 1
     * @param amount its amount, at least zero
     * @throws NullPointerException if {@code touchpoint} or {@code amount} is null
     * @throws IllegalArgumentException if {@code weight} is not between 0 and 1 or {@code amount}
     *     is negative
     */
    public TouchCredit {
        Objects.requireNonNull(touchpoint, "touchpoint");
        Objects.requireNonNull(amount, "amount");
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight (" + weight + ") must be between 0 and 1");
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount (" + amount + ") must be >= 0");
        }
        weight += 0.0;
    }

    /**
     * Returns the credit for reading, such as
     * {@code j-1 2026-03-01T10:00:00Z linkedin: 0.4 -> EUR 40.00}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return touchpoint + ": " + weight + " -> " + amount;
    }
}
