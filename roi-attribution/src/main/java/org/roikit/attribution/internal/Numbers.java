package org.roikit.attribution.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Decimal helpers: one normal form, and the plain text forms of the renderers. */
public final class Numbers {

    private Numbers() {
    }

    /**
     * Returns {@code value} without trailing zeros and with a scale of at least zero, so that
     * {@code 1.500000} becomes {@code 1.5} and {@code 1E+2} becomes {@code 100}.
     */
    public static BigDecimal normalise(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Returns {@code value} with exactly six decimals, rounded half-even if it has more. */
    public static String sixDecimals(BigDecimal value) {
        return value.setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    }
}
