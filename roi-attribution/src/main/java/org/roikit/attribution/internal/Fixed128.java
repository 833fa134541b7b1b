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

    /** The largest biased exponent whose numbers fit: below 2^63, the integer part filling the high word. */
    private static final int FAST_EXPONENTS = SHIFT_BIAS + 64 + 63 - (MANTISSA_BITS + 1);

    private static final BigInteger LOW_MASK = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private Fixed128() {
    }

    /**
     * Adds {@code d}, truncated to a multiple of 2^-64, to the number at index {@code i}.
     *
     * @throws ArithmeticException if {@code d} is negative, not finite, or the sum reaches 2^63
     */
    public static void add(long[] hi, long[] lo, int i, double d) {
        long high = high(d);
        long low = low(d);
        if (high != 0 || low != 0) {
            add(hi, lo, i, high, low);
        }
    }

    /**
     * Returns the high word (the integer part) of {@code d} truncated to a multiple of 2^-64.
     *
     * @throws ArithmeticException if {@code d} is negative, not finite, or reaches 2^63
     */
    public static long high(double d) {
        int shift = shift(d);
        long mantissa = mantissa(d);
        if (shift >= 64) {
            return mantissa << (shift - 64);
        }
        return shift > 0 ? mantissa >>> (64 - shift) : 0;
    }

    /**
     * Returns the low word (the fraction, read unsigned) of {@code d} truncated to a multiple of
     * 2^-64.
     *
     * @throws ArithmeticException if {@code d} is negative, not finite, or reaches 2^63
     */
    public static long low(double d) {
        int shift = shift(d);
        long mantissa = mantissa(d);
        if (shift >= 64) {
            return 0;
        }
        if (shift > 0) {
            return mantissa << shift;
        }
        return shift > -64 ? mantissa >>> -shift : 0;
    }

    /**
     * Writes {@code d} truncated to a multiple of 2^-64 into {@code out}: the low word at
     * {@code at}, the high word at {@code at + 1}; the same words as {@link #low(double)} and
     * {@link #high(double)}, decoding {@code d} once.
     *
     * @throws ArithmeticException if {@code d} is negative, not finite, or reaches 2^63
     */
    public static void split(double d, long[] out, int at) {
        long bits = Double.doubleToRawLongBits(d);
        int exponent = (int) (bits >>> MANTISSA_BITS);
        // The sign bit lands above the exponent, so negatives fail this test too, as do NaN and infinity.
        if (exponent > FAST_EXPONENTS) {
            out[at] = low(d);
            out[at + 1] = high(d);
            return;
        }
        long mantissa = bits & MANTISSA_MASK;
        if (exponent == 0) {
            exponent = 1;
        } else {
            mantissa |= 1L << MANTISSA_BITS;
        }
        int shift = exponent - SHIFT_BIAS;
        if (shift >= 64) {
            out[at] = 0;
            out[at + 1] = mantissa << (shift - 64);
        } else if (shift > 0) {
            out[at] = mantissa << shift;
            out[at + 1] = mantissa >>> (64 - shift);
        } else {
            out[at] = shift > -64 ? mantissa >>> -shift : 0;
            out[at + 1] = 0;
        }
    }

    /** Returns where the mantissa's lowest bit sits, in bits above 2^-64; checks {@code d}. */
    private static int shift(double d) {
        if (!(d >= 0) || d == Double.POSITIVE_INFINITY) {
            throw new ArithmeticException("cannot add " + d + " to a non-negative fixed-point sum");
        }
        int exponent = (int) (Double.doubleToRawLongBits(d) >>> MANTISSA_BITS) & EXPONENT_MASK;
        int shift = Math.max(exponent, 1) - SHIFT_BIAS;
        if (shift - 64 > 63 - (MANTISSA_BITS + 1)) {
            throw new ArithmeticException(d + " does not fit in a 128-bit fixed-point sum");
        }
        return shift;
    }

    private static long mantissa(double d) {
        long bits = Double.doubleToRawLongBits(d);
        long mantissa = bits & MANTISSA_MASK;
        return ((bits >>> MANTISSA_BITS) & EXPONENT_MASK) == 0 ? mantissa : mantissa | (1L << MANTISSA_BITS);
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
