package org.roikit.core.internal;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Largest-remainder apportionment of an integer total (minor units) by non-negative integer
 * weights.
 *
 * <p>Each part is first the floor of {@code |total| x w / sum(w)}; the units left over (fewer than
 * the number of parts) go one each to the parts with the largest remainders, ties to the lower
 * index. A zero weight gets zero. A negative total is apportioned as its magnitude and negated, so
 * every part has the sign of the total. The parts always sum to the total, and each lies within
 * one unit of its exact proportional share.
 */
public final class Allocation {

    private Allocation() {
    }

    /**
     * Returns the parts of {@code total} in proportion to {@code weights}, in weight order.
     *
     * @param total the amount to apportion, in minor units
     * @param weights non-negative weights, not all zero (checked by the caller)
     * @return one part per weight, summing exactly to {@code total}
     */
    public static BigInteger[] apportion(BigInteger total, BigInteger[] weights) {
        int n = weights.length;
        BigInteger magnitude = total.abs();
        BigInteger sum = BigInteger.ZERO;
        for (BigInteger w : weights) {
            sum = sum.add(w);
        }
        BigInteger[] parts = new BigInteger[n];
        BigInteger[] remainders = new BigInteger[n];
        BigInteger assigned = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = magnitude.multiply(weights[i]).divideAndRemainder(sum);
            parts[i] = qr[0];
            remainders[i] = qr[1];
            assigned = assigned.add(qr[0]);
        }
        int left = magnitude.subtract(assigned).intValueExact();
        if (left > 0) {
            BigInteger[] sorted = remainders.clone();
            Arrays.sort(sorted);
            BigInteger threshold = sorted[n - left];
            int above = 0;
            for (BigInteger r : remainders) {
                if (r.compareTo(threshold) > 0) {
                    above++;
                }
            }
            int atThreshold = left - above;
            for (int i = 0; i < n; i++) {
                int c = remainders[i].compareTo(threshold);
                if (c > 0 || (c == 0 && atThreshold-- > 0)) {
                    parts[i] = parts[i].add(BigInteger.ONE);
                }
            }
        }
        if (total.signum() < 0) {
            for (int i = 0; i < n; i++) {
                parts[i] = parts[i].negate();
            }
        }
        return parts;
    }

    /**
     * Returns the parts of {@code total} in proportion to {@code weights}, computed in
     * {@code long} arithmetic when {@code |total| x sum(weights)} fits, and exactly the same
     * result as {@link #apportion(BigInteger, BigInteger[])} in every case.
     *
     * @param total the amount to apportion, in minor units
     * @param weights non-negative weights, not all zero (checked by the caller)
     * @return one part per weight, summing exactly to {@code total}
     */
    public static long[] apportion(long total, long[] weights) {
        long sum = 0;
        boolean fits = total != Long.MIN_VALUE;
        for (long w : weights) {
            sum += w;
            if (sum < 0) {
                fits = false;
                break;
            }
        }
        long magnitude = Math.abs(total);
        if (fits && Math.multiplyHigh(magnitude, sum) == 0 && magnitude * sum >= 0) {
            return apportionSmall(total, magnitude, sum, weights);
        }
        BigInteger[] big = new BigInteger[weights.length];
        for (int i = 0; i < weights.length; i++) {
            big[i] = BigInteger.valueOf(weights[i]);
        }
        BigInteger[] parts = apportion(BigInteger.valueOf(total), big);
        long[] result = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            result[i] = parts[i].longValueExact();
        }
        return result;
    }

    private static long[] apportionSmall(long total, long magnitude, long sum, long[] weights) {
        int n = weights.length;
        long[] parts = new long[n];
        long[] remainders = new long[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            long product = magnitude * weights[i];
            parts[i] = product / sum;
            remainders[i] = product % sum;
            assigned += parts[i];
        }
        int left = (int) (magnitude - assigned);
        if (left > 0) {
            long[] sorted = remainders.clone();
            Arrays.sort(sorted);
            long threshold = sorted[n - left];
            int above = 0;
            for (long r : remainders) {
                if (r > threshold) {
                    above++;
                }
            }
            int atThreshold = left - above;
            for (int i = 0; i < n; i++) {
                if (remainders[i] > threshold || (remainders[i] == threshold && atThreshold-- > 0)) {
                    parts[i]++;
                }
            }
        }
        if (total < 0) {
            for (int i = 0; i < n; i++) {
                parts[i] = -parts[i];
            }
        }
        return parts;
    }
}
