package org.roikit.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Return on investment: what an investment returned, compared with what it cost.
 *
 * <p>With return {@code R} and investment {@code I} in one currency:
 * <ul>
 *   <li>{@link #profit()} is {@code R - I}, exact;</li>
 *   <li>{@link #ratio()}, the ROI, is {@code (R - I) / I}, read as a percentage;</li>
 *   <li>{@link #roas()}, return on ad spend, is {@code R / I}, read as a multiple;</li>
 *   <li>{@link #returnPerUnitInvested()} is the net return per unit invested, {@code (R - I) / I},
 *       read as a plain number.</li>
 * </ul>
 * A return of {@code EUR 5000.00} on {@code EUR 1600.00} is a profit of {@code EUR 3400.00}, an ROI
 * of 212.5%, a ROAS of 3.125x and {@code EUR 2.125} of net return per euro invested. A return below
 * the investment is an ordinary negative ROI: {@code EUR 800.00} on {@code EUR 1600.00} is -50%.
 *
 * <p>With zero investment every ratio is undefined with the reason {@code "zero investment"}. The
 * ROI is exact whenever {@code (R - I) / I} terminates within 34 significant digits and otherwise
 * rounded half-even to 34 digits, as every {@link Ratio}; ROAS is its own quotient {@code R / I},
 * rounded the same way, so {@code roas - ratio} is 1 exactly when both quotients terminate and
 * within one unit in the 34th digit otherwise.
 *
 * <p>Two values are equal when their returns and investments are equal.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Roi {

    private final Money returned;
    private final Money invested;
    private final Ratio ratio;
    private final Ratio roas;

    private Roi(Money returned, Money invested) {
        this.returned = returned;
        this.invested = invested;
        this.ratio = Ratio.of(returned.minus(invested), invested, "investment");
        this.roas = Ratio.of(returned, invested, "investment").withForm(Ratio.Form.MULTIPLE);
    }

    /**
     * Returns the ROI of {@code returned} on {@code invested}:
     * {@code Roi.of(Money.of("5000.00", "EUR"), Money.of("1600.00", "EUR"))} is 212.5%.
     *
     * @param returned what the investment returned, such as attributed revenue; at least zero
     * @param invested what was invested; at least zero, in the currency of {@code returned}
     * @return the ROI
     * @throws NullPointerException if an argument is null
     * @throws CurrencyMismatchException if the currencies differ
     * @throws IllegalArgumentException if an amount is negative
     */
    public static Roi of(Money returned, Money invested) {
        Objects.requireNonNull(returned, "returned");
        Objects.requireNonNull(invested, "invested");
        if (!returned.currency().equals(invested.currency())) {
            throw new CurrencyMismatchException(returned.currency(), invested.currency());
        }
        if (returned.isNegative()) {
            throw new IllegalArgumentException("returned (" + returned + ") must be >= 0");
        }
        if (invested.isNegative()) {
            throw new IllegalArgumentException("invested (" + invested + ") must be >= 0");
        }
        return new Roi(returned, invested);
    }

    // ---------------------------------------------------------------- accessors

    /**
     * Returns what the investment returned.
     *
     * @return the return, at least zero
     */
    public Money returned() {
        return returned;
    }

    /**
     * Returns what was invested.
     *
     * @return the investment, at least zero
     */
    public Money invested() {
        return invested;
    }

    /**
     * Returns the profit, {@code returned - invested}, exactly; negative for a loss.
     *
     * @return the profit: {@code EUR 3400.00} for 5000.00 returned on 1600.00
     */
    public Money profit() {
        return returned.minus(invested);
    }

    /**
     * Returns the ROI, {@code (returned - invested) / invested}, in percentage form; undefined with
     * the reason {@code "zero investment"} when nothing was invested.
     *
     * @return the ROI: {@code 212.50%} (value 2.125) for 5000.00 returned on 1600.00
     */
    public Ratio ratio() {
        return ratio;
    }

    /**
     * Returns the ROI as a percentage: {@code 212.5} for 5000.00 returned on 1600.00, {@code -50}
     * for 800.00 on 1600.00.
     *
     * @return the ROI times 100, without trailing zeros
     * @throws IllegalStateException if nothing was invested; the message gives the reason
     */
    public BigDecimal percent() {
        if (ratio.isUndefined()) {
            throw new IllegalStateException("ROI is undefined (zero investment)");
        }
        return ratio.percent();
    }

    /**
     * Returns the return on ad spend, {@code returned / invested}, in multiple form; undefined with
     * the reason {@code "zero investment"} when nothing was invested. It is computed as
     * {@code 1 + ratio()}, exactly.
     *
     * @return the ROAS: {@code 3.13x} (value 3.125) for 5000.00 returned on 1600.00
     */
    public Ratio roas() {
        return roas;
    }

    /**
     * Returns the net return per unit invested, {@code (returned - invested) / invested}, as a plain
     * number: {@code 2.125} means 2.125 euros of net return per euro invested. It has the value of
     * {@link #ratio()}; undefined with the reason {@code "zero investment"} when nothing was
     * invested.
     *
     * @return the net return per unit invested, in number form
     */
    public Ratio returnPerUnitInvested() {
        return ratio.withForm(Ratio.Form.NUMBER);
    }

    /**
     * Returns the return at which the investment breaks even, which is the investment itself.
     *
     * @return the break-even return
     */
    public Money breakEvenReturn() {
        return invested;
    }

    /**
     * Returns whether the return covers the investment, {@code returned >= invested}.
     *
     * @return true if the profit is zero or more
     */
    public boolean breaksEven() {
        return returned.compareTo(invested) >= 0;
    }

    /**
     * Returns whether the return exceeds the investment, {@code returned > invested}.
     *
     * @return true if the profit is above zero
     */
    public boolean isProfitable() {
        return returned.compareTo(invested) > 0;
    }

    // ---------------------------------------------------------------- object methods

    /**
     * Returns whether {@code obj} is an ROI with an equal return and an equal investment.
     *
     * @param obj the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Roi other
                && returned.equals(other.returned)
                && invested.equals(other.invested);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * returned.hashCode() + invested.hashCode();
    }

    /**
     * Returns the ROI for reading: {@code ROI 212.50% (return EUR 5000.00, investment EUR 1600.00,
     * profit EUR 3400.00, ROAS 3.13x)}, or {@code ROI undefined: zero investment (return EUR 50.00,
     * investment EUR 0.00, profit EUR 50.00)}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        String amounts = "return " + returned + ", investment " + invested + ", profit " + profit();
        if (ratio.isUndefined()) {
            return "ROI undefined: zero investment (" + amounts + ")";
        }
        return "ROI " + ratio + " (" + amounts + ", ROAS " + roas + ")";
    }
}
