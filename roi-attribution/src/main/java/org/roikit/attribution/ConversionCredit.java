package org.roikit.attribution;

import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import org.roikit.core.Conversion;
import org.roikit.core.Money;

/**
 * How one conversion's value is shared among its eligible touches: the per-touch credits that
 * {@link Attribution#credits(Journey)} returns.
 *
 * <p>The amounts of the touches sum exactly to the conversion value. A conversion without an
 * eligible touch has no touch credits: it is unattributed, and its whole value goes to the
 * {@link AttributionReport#UNATTRIBUTED} bucket.
 *
 * <p>Two values are equal when their conversions and touch credits are equal.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param conversion the conversion
 * @param touches the credits of its eligible touches in time order; empty when unattributed
 */
public record ConversionCredit(Conversion conversion, List<TouchCredit> touches) {

    /**
     * Checks that the touch amounts are in the conversion's currency and sum to its value.
     *
     * @param conversion the conversion
     * @param touches the touch credits; empty when unattributed
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if the touch amounts do not sum exactly to the conversion
     *     value
     * @throws org.roikit.core.CurrencyMismatchException if an amount is in another currency
     */
    public ConversionCredit {
        Objects.requireNonNull(conversion, "conversion");
        touches = List.copyOf(Objects.requireNonNull(touches, "touches"));
        if (!touches.isEmpty()) {
            Money sum = Money.zero(conversion.value().currency());
            for (TouchCredit t : touches) {
                sum = sum.plus(t.amount());
            }
            if (!sum.equals(conversion.value())) {
                throw new IllegalArgumentException("touch amounts (" + sum
                        + ") must sum to the conversion value (" + conversion.value() + ")");
            }
        }
    }

    /**
     * Returns whether the conversion has at least one eligible touch.
     *
     * @return true if attributed
     */
    public boolean isAttributed() {
        return !touches.isEmpty();
    }

    /**
     * Returns the conversion and one line per touch credit, such as
     * <pre>
     * Conversion[o-1 sale EUR 70.00 at 2026-03-15T00:00:00Z]
     *   j-1 2026-03-01T00:00:00Z linkedin: 0.14285714285714285 -> EUR 10.00
     * </pre>
     * or the conversion followed by {@code   (unattributed)}.
     *
     * @return the text form, lines separated by {@code \n}
     */
    @Override
    public String toString() {
        StringJoiner lines = new StringJoiner("\n");
        lines.add(conversion.toString());
        if (touches.isEmpty()) {
            lines.add("  " + AttributionReport.UNATTRIBUTED);
        }
        for (TouchCredit t : touches) {
            lines.add("  " + t);
        }
        return lines.toString();
    }
}
