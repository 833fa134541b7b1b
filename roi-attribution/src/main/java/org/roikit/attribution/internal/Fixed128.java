package org.roikit.attribution.internal;

import java.math.BigInteger;

/**
 * Non-negative 128-bit fixed-point numbers in units of 2^-64, held as a pair of longs: the high
 * word is the integer part, the low word (read unsigned) the fraction.
 *
 * <p>Adding doubles this way is exact integer addition after one deterministic conversion per
 * term, so a sum does not depend on the order, grouping or chunking of its terms, unlike a
 * floating-point sum.
 */
public final class Fixed128 {

    private static final int MANTISSA_BITS = 52;
    private static final long MANTISSA_MASK = (1L << MANTISSA_BITS) - 1;
    private static final int EXPONENT_MASK = 0x7ff;
    /** The biased exponent of 2^0 plus the 52 mantissa bits, less the 64 fraction bits. */
    private static final int SHIFT_BIAS = 1023 + MANTISSA_BITS - 64;

    private static final BigInteger LOW_MASK = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private Fixed128() {
    }

    /**
     * Adds {@code d}, truncated to a multiple of 2^-64, to the number at index {@code i}.
     *
     * @throws ArithmeticException if {@code d} is negative, not finite, or the sum reaches 2^63
     */
    public static void add(long[] hi, long[] lo, int i, double d) {
        if (!(d >= 0) || d == Double.POSITIVE_INFINITY) {
            throw new ArithmeticException("cannot add " + d + " to a non-negative fixed-point sum");
        }
        long bits = Double.doubleToRawLongBits(d);
        int exponent = (int) (bits >>> MANTISSA_BITS) & EXPONENT_MASK;
        long mantissa = bits & MANTISSA_MASK;
        if (exponent == 0) {
            exponent = 1;
        } else {
            mantissa |= 1L << MANTISSA_BITS;
        }
        int shift = exponent - SHIFT_BIAS;
        long high;
        long low;
        if (shift >= 64) {
            if (shift - 64 > 63 - (MANTISSA_BITS + 1)) {
                throw new ArithmeticException(d + " does not fit in a 128-bit fixed-point sum");
            }
            high = mantissa << (shift - 64);
            low = 0;
        } else if (shift > 0) {
            high = mantissa >>> (64 - shift);
            low = mantissa << shift;
        } else if (shift > -64) {
            high = 0;
            low = mantissa >>> -shift;
        } else {
            return;
        }
        add(hi, lo, i, high, low);
    }

    /**
     * Adds the 128-bit number {@code (high, low)} to the number at index {@code i}.
     *
     * @throws ArithmeticException if the sum reaches 2^127
     */
    public static void add(long[] hi, long[] lo, int i, long high, long low) {
        long sum = lo[i] + low;
        long carry = Long.compareUnsigned(sum, lo[i]) < 0 ? 1 : 0;
        lo[i] = sum;
        hi[i] = Math.addExact(Math.addExact(hi[i], high), carry);
    }

    /** Returns the number {@code (high, low)} as an integer count of 2^-64 units. */
    public static BigInteger toBigInteger(long high, long low) {
        return BigInteger.valueOf(high).shiftLeft(64).or(BigInteger.valueOf(low).and(LOW_MASK));
    }
}
