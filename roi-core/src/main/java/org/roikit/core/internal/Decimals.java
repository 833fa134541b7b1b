package org.roikit.core.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/** Decimal helpers: one precision for derived quotients and one normal form. */
public final class Decimals {

    /**
     * The precision of every derived quotient: 34 significant digits, rounded half-even
     * ({@link MathContext#DECIMAL128}). Quotients that terminate within it are exact.
     */
    public static final MathContext QUOTIENT = MathContext.DECIMAL128;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    /**
     * Returns {@code value} without trailing zeros and with a scale of at least zero, so that
     * {@code 212.500} becomes {@code 212.5} and {@code 1E+2} becomes {@code 100}.
     */
    public static BigDecimal normalise(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Returns {@code numerator / denominator} at {@link #QUOTIENT} precision, normalised. */
    public static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        return normalise(numerator.divide(denominator, QUOTIENT));
    }

    /** Returns {@code value x 100}, normalised. */
    public static BigDecimal toPercent(BigDecimal value) {
        return normalise(value.multiply(HUNDRED));
    }
}
