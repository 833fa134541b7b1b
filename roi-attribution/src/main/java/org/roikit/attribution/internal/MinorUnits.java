package org.roikit.attribution.internal;

import org.roikit.core.Money;

/** The amount of a {@link Money} in minor units, read without allocating for everyday amounts. */
public final class MinorUnits {

    /** Below this many minor units, the double route below is provably exact. */
    private static final double EXACT_BELOW = 0x1p50;

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};

    private MinorUnits() {
    }

    /**
     * Returns {@code money.toMinorUnits()}.
     *
     * <p>{@link Money#toMinorUnits()} builds a {@code BigInteger} on every call. For amounts below
     * 2^50 minor units this reads the amount as the correctly rounded double {@code x / 10^s} of
     * its unscaled value {@code x} (which {@code BigDecimal.doubleValue()} computes without
     * allocating) and scales it back: the two roundings move it by less than
     * {@code |x| * 2^-52 < 0.5}, so rounding to the nearest integer gives back {@code x} exactly.
     * Larger amounts, and currencies with more than nine decimals, take the exact route.
     *
     * @throws ArithmeticException if the amount does not fit in a {@code long}
     */
    public static long of(Money money) {
        int scale = money.amount().scale();
        if (scale >= 0 && scale < POWERS_OF_TEN.length) {
            double scaled = money.amount().doubleValue() * POWERS_OF_TEN[scale];
            if (Math.abs(scaled) < EXACT_BELOW) {
                return Math.round(scaled);
            }
        }
        return money.toMinorUnits();
    }
}
