package org.roikit.core;

import java.math.BigDecimal;
import java.util.Objects;
import org.roikit.core.internal.Checks;
import org.roikit.core.internal.Decimals;

/**
 * One stage of a {@link Funnel}: its name, its count and the conversion rate from the stage before.
 *
 * <p>The count is a decimal because expected counts need not be whole: 10 downloads at 20% and
 * then 25% give 0.5 expected customers. It is held without trailing zeros, so {@code 0.500} and
 * {@code 0.5} make equal stages.
 *
 * <p>The rate is the count divided by the previous stage's count, in percentage form. The first
 * stage has no previous stage, so its rate is undefined with the reason {@code "first stage"};
 * that keeps "rate = count / previous count" true of every defined rate, and a caller who wants
 * the first stage to read as 100% says so with {@code rate().orElse(BigDecimal.ONE)}. A stage after
 * a stage with count zero also has an undefined rate, such as {@code undefined (0 downloads)}.
 *
 * <p>Two stages are equal when their names, counts and rates are equal.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param name the stage's name, such as {@code "mql"}; not blank
 * @param count how many reach the stage, observed or expected; at least zero
 * @param rate the conversion rate from the previous stage, between 0 and 1 when defined
 */
public record FunnelStage(String name, BigDecimal count, Ratio rate) {

    /**
     * Creates a stage after checking its components; the count loses its trailing zeros and the
     * rate is put in percentage form.
     *
     * @param name the stage's name; not blank
     * @param count how many reach the stage; at least zero
     * @param rate the conversion rate from the previous stage; between 0 and 1 when defined
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code name} is blank, {@code count} is negative, or
     *     {@code rate} is money per unit or is defined and outside [0, 1]
     */
    public FunnelStage {
        Checks.nonBlank(name, "name");
        count = Decimals.normalise(Checks.nonNegative(count, "count"));
        Objects.requireNonNull(rate, "rate");
        if (rate.currency().isPresent()) {
            throw new IllegalArgumentException(
                    "rate (" + rate + ") must be a plain ratio, not money per unit");
        }
        if (rate.isDefined()) {
            Checks.unitInterval(rate.value(), "rate");
        }
        rate = rate.withForm(Ratio.Form.PERCENT);
    }

    /**
     * Returns the stage for reading: {@code FunnelStage[mql 2 20.00%]}, or
     * {@code FunnelStage[download 10 undefined (first stage)]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return "FunnelStage[" + name + " " + count.toPlainString() + " " + rate + "]";
    }
}
