package org.roikit.core.internal;

import java.math.BigDecimal;
import java.util.Objects;

/** Argument checks shared by the core types; messages name the field, the rule and the value. */
public final class Checks {

    private Checks() {
    }

    /**
     * Returns {@code value} if it is at least zero.
     *
     * @throws IllegalArgumentException naming {@code name} and the value otherwise
     */
    public static long nonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " (" + value + ") must be >= 0");
        }
        return value;
    }

    /**
     * Returns {@code value} if it is non-null and at least zero.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException naming {@code name} and the value if it is negative
     */
    public static BigDecimal nonNegative(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " (" + value.toPlainString() + ") must be >= 0");
        }
        return value;
    }

    /**
     * Returns {@code value} if it lies in [0, 1].
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException naming {@code name} and the value otherwise
     */
    public static BigDecimal unitInterval(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(
                    name + " (" + value.toPlainString() + ") must be between 0 and 1");
        }
        return value;
    }

    /**
     * Returns {@code value} if it is non-null and not blank.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if it is empty or only whitespace
     */
    public static String nonBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " (\"" + value + "\") must not be blank");
        }
        return value;
    }
}
