package org.roikit.core.goal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.roikit.core.internal.Decimals;

/** Number formats for the goals' {@code toString()}: locale-free and short. */
final class Text {

    private static final MathContext SHOWN = new MathContext(7, RoundingMode.HALF_UP);

    private Text() {
    }

    /**
     * Returns {@code value} rounded half-up to 7 significant digits, or to a whole number when it
     * has more integer digits than that, without trailing zeros: {@code 5241.935}, {@code 0.028}.
     */
    static String number(BigDecimal value) {
        BigDecimal shown = value.precision() - value.scale() >= SHOWN.getPrecision()
                ? value.setScale(0, RoundingMode.HALF_UP)
                : value.round(SHOWN);
        return Decimals.normalise(shown).toPlainString();
    }

    /** Returns {@link #number(BigDecimal)} with a sign: {@code +0.004}, {@code -1.25}, {@code +0}. */
    static String signedNumber(BigDecimal value) {
        String text = number(value);
        return text.startsWith("-") ? text : "+" + text;
    }

    /** Returns a rate as a signed percentage with at most two decimals: {@code +10%}, {@code -8.7%}. */
    static String signedPercent(BigDecimal rate) {
        String text = Decimals.normalise(Decimals.toPercent(rate).setScale(2, RoundingMode.HALF_UP))
                .toPlainString();
        return (text.startsWith("-") ? text : "+" + text) + "%";
    }
}
