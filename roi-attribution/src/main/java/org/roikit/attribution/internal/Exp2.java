package org.roikit.attribution.internal;

/**
 * Powers of two for time decay: {@code 2^y} for {@code y <= 0}, computed with additions,
 * multiplications and exact rounding steps only, so that the result is the same on every
 * platform (Java's floating-point arithmetic is strict), and several times faster than
 * {@link StrictMath#pow(double, double)}.
 *
 * <p>{@code y} is split into the nearest integer {@code k}, a multiple {@code j / 64} of 1/64 and
 * a rest {@code s} with {@code |s| <= 1/128} (each split exact); then
 * {@code 2^y = 2^k * 2^(j/64) * e^(s ln 2)}, with {@code 2^(j/64)} from a table made with
 * {@link StrictMath#pow(double, double)} and {@code e^t} by its Taylor polynomial of degree 5
 * (the first term left out is below 2^-60). The result is within two units in the last place of
 * the true power, and exact when {@code y} is an integer or a multiple of 1/64.
 */
public final class Exp2 {

    private static final int STEPS = 64;
    private static final double[] TABLE = new double[STEPS + 1];
    private static final double LN2 = 0x1.62e42fefa39efp-1;

    static {
        for (int j = -STEPS / 2; j <= STEPS / 2; j++) {
            TABLE[j + STEPS / 2] = StrictMath.pow(2.0, j / (double) STEPS);
        }
    }

    private Exp2() {
    }

    /**
     * Returns {@code 2^y} for {@code y <= 0}; 0 below -1075.
     *
     * @throws IllegalArgumentException if {@code y} is positive or NaN
     */
    public static double ofNonPositive(double y) {
        if (!(y <= 0)) {
            throw new IllegalArgumentException("y (" + y + ") must be <= 0");
        }
        if (y == 0) {
            return 1.0;
        }
        if (y < -1075) {
            return 0.0;
        }
        double k = Math.rint(y);
        double r = y - k;
        double j = Math.rint(r * STEPS);
        double s = r - j / STEPS;
        double t = s * LN2;
        double p = 1 + t * (1 + t * (1.0 / 2 + t * (1.0 / 6 + t * (1.0 / 24 + t * (1.0 / 120)))));
        double m = TABLE[(int) j + STEPS / 2] * p;
        int e = (int) k;
        if (e >= -1022) {
            return m * Double.longBitsToDouble((long) (e + 1023) << 52);
        }
        return e >= -1074 ? m * Double.longBitsToDouble(1L << (e + 1074)) : Math.scalb(m, e);
    }
}
