package org.roikit.attribution.internal;

import java.util.Objects;

/** Argument checks of the attribution module; messages name the field, the rule and the value. */
public final class Checks {

    private Checks() {
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
     * Returns {@code value} if it is at least one.
     *
     * @throws IllegalArgumentException naming {@code name} and the value otherwise
     */
    public static int positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " (" + value + ") must be >= 1");
        }
        return value;
    }

    /**
     * Checks the arguments of a model's weighing: at least one touch, and every array long enough
     * for {@code n} touches. Allocates nothing unless it throws.
     *
     * @throws NullPointerException if an array is null
     * @throws IllegalArgumentException if {@code n < 1} or an array is shorter than {@code n}
     */
    public static void weighing(int n, double[] ages, boolean[] direct, double[] weights) {
        Objects.requireNonNull(ages, "ages");
        Objects.requireNonNull(direct, "direct");
        Objects.requireNonNull(weights, "weights");
        if (n < 1) {
            throw new IllegalArgumentException("n (" + n + ") must be >= 1");
        }
        length(ages.length, n, "ages");
        length(direct.length, n, "direct");
        length(weights.length, n, "weights");
    }

    private static void length(int length, int n, String name) {
        if (length < n) {
            throw new IllegalArgumentException(name + ".length (" + length + ") must be >= n (" + n + ")");
        }
    }
}
