package org.roikit.attribution.internal;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Rounds non-negative real values, given as integer numerators over 2^64, to integers that sum
 * exactly to a target: the floors first, then the units left over one each to the largest
 * fractional parts, ties to the lower index.
 */
public final class LargestRemainder {

    private static final BigInteger FRACTION_MASK = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private LargestRemainder() {
    }

    /**
     * Returns one integer per value, summing exactly to {@code target}.
     *
     * <p>When the values sum to the target up to rounding, as they do for credits that were split
     * from it, each result is the floor or the ceiling of its value. Should the floors fall short
     * by more units than there are values, every value takes the same extra whole units first; should
     * they exceed the target, units are taken back one at a time from the smallest fractional
     * parts (ties to the higher index), never below zero.
     *
     * @param fixed the values, in units of 2^-64, each at least zero
     * @param target the total, at least zero
     * @return the rounded values
     * @throws IllegalStateException if there are no values and the target is not zero
     */
    public static BigInteger[] round(BigInteger[] fixed, BigInteger target) {
        int m = fixed.length;
        BigInteger[] parts = new BigInteger[m];
        BigInteger[] fractions = new BigInteger[m];
        BigInteger left = target;
        for (int i = 0; i < m; i++) {
            parts[i] = fixed[i].shiftRight(64);
            fractions[i] = fixed[i].and(FRACTION_MASK);
            left = left.subtract(parts[i]);
        }
        if (m == 0) {
            if (target.signum() != 0) {
                throw new IllegalStateException("no values to carry a total of " + target);
            }
            return parts;
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer, BigInteger>comparing(i -> fractions[i]).reversed()
                .thenComparing(Comparator.naturalOrder()));
        if (left.signum() >= 0) {
            BigInteger[] qr = left.divideAndRemainder(BigInteger.valueOf(m));
            int extra = qr[1].intValueExact();
            for (int k = 0; k < m; k++) {
                int i = order[k];
                parts[i] = parts[i].add(qr[0]);
                if (k < extra) {
                    parts[i] = parts[i].add(BigInteger.ONE);
                }
            }
            return parts;
        }
        // The floors sum above a target of at least zero, so some part is positive on every pass.
        BigInteger owed = left.negate();
        while (owed.signum() > 0) {
            for (int k = m - 1; k >= 0 && owed.signum() > 0; k--) {
                int i = order[k];
                if (parts[i].signum() > 0) {
                    parts[i] = parts[i].subtract(BigInteger.ONE);
                    owed = owed.subtract(BigInteger.ONE);
                }
            }
        }
        return parts;
    }
}
