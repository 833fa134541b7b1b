package org.roikit.core.goal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.roikit.core.internal.Decimals;

/**
 * Solves for the rate per period that grows a value by a given factor over whole periods plus a
 * part of a period, with the goals' rule: {@code (1 + r)^k x (1 + r f) = q}.
 */
final class CompoundRate {

    /** Working precision: 16 guard digits beyond the 34 of the result. */
    static final MathContext WORK = new MathContext(50, RoundingMode.HALF_EVEN);

    private static final BigDecimal TOLERANCE = BigDecimal.ONE.movePointLeft(42);

    private CompoundRate() {
    }

    /**
     * Returns {@code r} with {@code (1 + r)^whole x (1 + r x fraction) = factor}, rounded to
     * {@link Decimals#QUOTIENT} and normalised.
     *
     * <p>With {@code x = 1 + r} the left side {@code h(x) = x^k (1 - f + f x)} is positive,
     * increasing and convex for {@code x > 0} when {@code k >= 1} and {@code 0 <= f < 1}, so it
     * has one root, and Newton's method started to the right of it falls monotonically onto it.
     * The start is a power of two above the root, narrowed by square roots while it stays above.
     * Iteration stops when a step is below {@code 1e-42} of the estimate, or no longer moves it
     * down because rounding at 50 digits has reached the root.
     *
     * @param factor the growth factor {@code q > 0}
     * @param whole the whole periods {@code k >= 1}
     * @param fraction the part of a period {@code 0 <= f < 1}
     */
    static BigDecimal solve(BigDecimal factor, int whole, BigDecimal fraction) {
        if (factor.compareTo(BigDecimal.ONE) == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal x = factor.compareTo(BigDecimal.ONE) < 0 ? BigDecimal.ONE : above(factor, whole, fraction);
        while (true) {
            BigDecimal power = x.pow(whole - 1, WORK);
            BigDecimal linear = BigDecimal.ONE.add(x.subtract(BigDecimal.ONE).multiply(fraction, WORK), WORK);
            BigDecimal full = power.multiply(x, WORK);
            BigDecimal h = full.multiply(linear, WORK).subtract(factor, WORK);
            BigDecimal slope = BigDecimal.valueOf(whole).multiply(power, WORK).multiply(linear, WORK)
                    .add(fraction.multiply(full, WORK), WORK);
            BigDecimal step = h.divide(slope, WORK);
            BigDecimal next = x.subtract(step, WORK);
            if (next.compareTo(x) >= 0) {
                break;
            }
            x = next;
            // Once a step is this small the error is far below it (convergence is quadratic), and
            // further steps would only crawl through rounding noise.
            if (step.compareTo(x.multiply(TOLERANCE)) <= 0) {
                break;
            }
        }
        return Decimals.normalise(x.subtract(BigDecimal.ONE).round(Decimals.QUOTIENT));
    }

    /** Returns a start {@code x >= 1} with {@code h(x) >= factor}, for {@code factor > 1}. */
    private static BigDecimal above(BigDecimal factor, int whole, BigDecimal fraction) {
        // 2^bits > factor, so (2^ceil(bits / whole))^whole > factor and the linear part is >= 1.
        int bits = factor.setScale(0, RoundingMode.CEILING).toBigIntegerExact().bitLength();
        int exponent = (bits + whole - 1) / whole;
        BigDecimal x = new BigDecimal(BigInteger.ONE.shiftLeft(exponent));
        while (true) {
            BigDecimal root = x.sqrt(WORK);
            if (root.compareTo(x) >= 0 || value(root, whole, fraction).compareTo(factor) < 0) {
                return x;
            }
            x = root;
        }
    }

    private static BigDecimal value(BigDecimal x, int whole, BigDecimal fraction) {
        BigDecimal linear = BigDecimal.ONE.add(x.subtract(BigDecimal.ONE).multiply(fraction, WORK), WORK);
        return x.pow(whole, WORK).multiply(linear, WORK);
    }
}
