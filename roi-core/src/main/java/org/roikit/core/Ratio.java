package org.roikit.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.roikit.core.internal.Checks;
import org.roikit.core.internal.Decimals;

/**
 * A rate, ROI or KPI: either a defined decimal value or undefined with a reason.
 *
 * <p>A ratio built from a zero denominator is <em>undefined</em> and says why, such as
 * {@code undefined (0 impressions)}. It is never NaN, never infinite and never a silent zero:
 * {@link #value()} on an undefined ratio throws, and {@link #orElse(BigDecimal)} or
 * {@link #toOptional()} make the fallback explicit.
 *
 * <p>The value is the exact quotient when it terminates within 34 significant digits, otherwise it
 * is rounded half-even to 34 digits ({@link java.math.MathContext#DECIMAL128}). It is held without
 * trailing zeros, so {@code 3400.00 / 1600.00} is {@code 2.125}.
 *
 * <p>A ratio has a {@link Form} that decides only how {@link #toString()} shows it: rates and ROI
 * as a percentage ({@code 212.50%}), ROAS and LTV:CAC as a multiple ({@code 3.13x}), frequency as a
 * plain number ({@code 2.50}), and money per unit such as CPC as an amount ({@code EUR 0.4167}).
 * The text form rounds half-up for reading; the value never is.
 *
 * <p>Two ratios are equal when they have the same form, currency and value, or are both undefined
 * with the same form and reason.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Ratio {

    /** How a ratio reads in {@link Ratio#toString()}; the value is the same in every form. */
    public enum Form {
        /** A percentage with two decimals: 0.02125 reads {@code 2.13%}. */
        PERCENT,
        /** A multiple with two decimals: 3.125 reads {@code 3.13x}. */
        MULTIPLE,
        /** A plain number with two decimals: 2.5 reads {@code 2.50}. */
        NUMBER,
        /**
         * An amount of money per unit, with two decimals beyond the currency's scale and trailing
         * zeros dropped down to that scale: 0.416666 EUR reads {@code EUR 0.4167}, 0.5 reads
         * {@code EUR 0.50}.
         */
        MONEY
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal value;
    private final String reason;
    private final Form form;
    private final Currency currency;

    private Ratio(BigDecimal value, String reason, Form form, Currency currency) {
        this.value = value;
        this.reason = reason;
        this.form = form;
        this.currency = currency;
    }

    // ---------------------------------------------------------------- factories

    /**
     * Returns {@code numerator / denominator} as a percentage-form ratio, undefined with the reason
     * {@code "0 " + denominatorName} when the denominator is zero.
     *
     * @param numerator the numerator
     * @param denominator the denominator
     * @param denominatorName what the denominator counts, in the plural, such as {@code "impressions"}
     * @return the ratio
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code denominatorName} is blank
     */
    public static Ratio of(BigDecimal numerator, BigDecimal denominator, String denominatorName) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        Checks.nonBlank(denominatorName, "denominatorName");
        if (denominator.signum() == 0) {
            return new Ratio(null, "0 " + denominatorName, Form.PERCENT, null);
        }
        return new Ratio(Decimals.divide(numerator, denominator), null, Form.PERCENT, null);
    }

    /**
     * Returns {@code numerator / denominator} as a percentage-form ratio, undefined with the reason
     * {@code "0 " + denominatorName} when the denominator is zero: {@code of(30, 1000, "impressions")}
     * is {@code 3.00%}.
     *
     * @param numerator the numerator
     * @param denominator the denominator
     * @param denominatorName what the denominator counts, in the plural
     * @return the ratio
     * @throws NullPointerException if {@code denominatorName} is null
     * @throws IllegalArgumentException if {@code denominatorName} is blank
     */
    public static Ratio of(long numerator, long denominator, String denominatorName) {
        return of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), denominatorName);
    }

    /**
     * Returns {@code numerator / denominator} for two amounts of money, as a percentage-form ratio,
     * undefined with the reason {@code "zero " + denominatorName} when the denominator is zero.
     *
     * @param numerator the numerator
     * @param denominator the denominator, in the same currency
     * @param denominatorName what the denominator is, such as {@code "investment"}
     * @return the ratio
     * @throws NullPointerException if an argument is null
     * @throws CurrencyMismatchException if the currencies differ
     * @throws IllegalArgumentException if {@code denominatorName} is blank
     */
    public static Ratio of(Money numerator, Money denominator, String denominatorName) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        Checks.nonBlank(denominatorName, "denominatorName");
        if (!numerator.currency().equals(denominator.currency())) {
            throw new CurrencyMismatchException(numerator.currency(), denominator.currency());
        }
        if (denominator.isZero()) {
            return new Ratio(null, "zero " + denominatorName, Form.PERCENT, null);
        }
        return new Ratio(Decimals.divide(numerator.amount(), denominator.amount()), null,
                Form.PERCENT, null);
    }

    /**
     * Returns money per unit, {@code amount / units}, in {@link Form#MONEY} form, undefined with the
     * reason {@code "0 " + unitName} when there are no units: cost per click is
     * {@code perUnit(spend, clicks, "clicks")}.
     *
     * @param amount the money
     * @param units the number of units, at least zero
     * @param unitName what the units count, in the plural
     * @return the ratio
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code units} is negative or {@code unitName} is blank
     */
    public static Ratio perUnit(Money amount, BigDecimal units, String unitName) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(units, "units");
        Checks.nonNegative(units, Checks.nonBlank(unitName, "unitName"));
        if (units.signum() == 0) {
            return new Ratio(null, "0 " + unitName, Form.MONEY, amount.currency());
        }
        return new Ratio(Decimals.divide(amount.amount(), units), null, Form.MONEY, amount.currency());
    }

    /**
     * Returns money per unit, {@code amount / units}, as {@link #perUnit(Money, BigDecimal, String)}.
     *
     * @param amount the money
     * @param units the number of units, at least zero
     * @param unitName what the units count, in the plural
     * @return the ratio
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code units} is negative or {@code unitName} is blank
     */
    public static Ratio perUnit(Money amount, long units, String unitName) {
        return perUnit(amount, BigDecimal.valueOf(units), unitName);
    }

    /**
     * Returns a defined ratio with the given decimal value in percentage form: {@code 0.02} reads
     * {@code 2.00%}.
     *
     * @param value the value
     * @return the ratio
     * @throws NullPointerException if {@code value} is null
     */
    public static Ratio ofDecimal(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return new Ratio(Decimals.normalise(value), null, Form.PERCENT, null);
    }

    /**
     * Returns a defined ratio from a decimal string: {@code ofDecimal("0.2")} is 20%.
     *
     * @param value a decimal number
     * @return the ratio
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is not a decimal number
     */
    public static Ratio ofDecimal(String value) {
        return ofDecimal(decimal(value, "value"));
    }

    /**
     * Returns a defined ratio from a percentage: {@code ofPercent("2")} has the value {@code 0.02}.
     *
     * @param percent the percentage
     * @return the ratio
     * @throws NullPointerException if {@code percent} is null
     */
    public static Ratio ofPercent(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        return new Ratio(Decimals.normalise(percent.movePointLeft(2)), null, Form.PERCENT, null);
    }

    /**
     * Returns a defined ratio from a percentage written as a decimal string.
     *
     * @param percent a decimal number such as {@code "212.5"}
     * @return the ratio
     * @throws NullPointerException if {@code percent} is null
     * @throws IllegalArgumentException if {@code percent} is not a decimal number
     */
    public static Ratio ofPercent(String percent) {
        return ofPercent(decimal(percent, "percent"));
    }

    private static BigDecimal decimal(String text, String name) {
        Objects.requireNonNull(text, name);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " (\"" + text + "\") is not a decimal number", e);
        }
    }

    /**
     * Returns an undefined ratio that gives {@code reason}, in percentage form.
     *
     * @param reason why there is no value, such as {@code "0 impressions"}
     * @return the undefined ratio
     * @throws NullPointerException if {@code reason} is null
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    public static Ratio undefined(String reason) {
        return new Ratio(null, Checks.nonBlank(reason, "reason"), Form.PERCENT, null);
    }

    // ---------------------------------------------------------------- accessors

    /**
     * Returns whether this ratio has a value.
     *
     * @return true if defined
     */
    public boolean isDefined() {
        return value != null;
    }

    /**
     * Returns whether this ratio has no value.
     *
     * @return true if undefined
     */
    public boolean isUndefined() {
        return value == null;
    }

    /**
     * Returns the value: {@code 2.125} for an ROI of 212.5%.
     *
     * @return the value, without trailing zeros
     * @throws IllegalStateException if the ratio is undefined; the message gives the reason
     */
    public BigDecimal value() {
        if (value == null) {
            throw new IllegalStateException("ratio is undefined (" + reason + ")");
        }
        return value;
    }

    /**
     * Returns the value times 100: {@code 212.5} for an ROI of 2.125.
     *
     * @return the percentage, without trailing zeros
     * @throws IllegalStateException if the ratio is undefined; the message gives the reason
     */
    public BigDecimal percent() {
        return Decimals.toPercent(value());
    }

    /**
     * Returns the value, or {@code fallback} if undefined.
     *
     * @param fallback the value to use when undefined; may be null
     * @return the value or the fallback
     */
    public BigDecimal orElse(BigDecimal fallback) {
        return value != null ? value : fallback;
    }

    /**
     * Returns the value, or empty if undefined.
     *
     * @return the optional value
     */
    public Optional<BigDecimal> toOptional() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns why the ratio is undefined, or empty if it is defined.
     *
     * @return the reason, such as {@code "0 impressions"}
     */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /**
     * Returns how the ratio reads in {@link #toString()}.
     *
     * @return the form
     */
    public Form form() {
        return form;
    }

    /**
     * Returns the currency of a money-per-unit ratio, or empty for dimensionless ratios.
     *
     * @return the currency if the form is {@link Form#MONEY}
     */
    public Optional<Currency> currency() {
        return Optional.ofNullable(currency);
    }

    /**
     * Returns the value of a money-per-unit ratio as money, rounded to the currency's scale.
     *
     * @param rounding how to round
     * @return the amount
     * @throws NullPointerException if {@code rounding} is null
     * @throws IllegalStateException if the ratio is undefined or not in {@link Form#MONEY} form
     */
    public Money toMoney(RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        if (currency == null) {
            throw new IllegalStateException("ratio " + this + " is not an amount of money per unit");
        }
        return Money.of(value(), currency, rounding);
    }

    /**
     * Returns a copy that reads in {@code newForm}; the value and reason are unchanged.
     *
     * @param newForm {@link Form#PERCENT}, {@link Form#MULTIPLE} or {@link Form#NUMBER}
     * @return the ratio in the new form
     * @throws NullPointerException if {@code newForm} is null
     * @throws IllegalArgumentException if {@code newForm} is {@link Form#MONEY} (money ratios come
     *     from {@link #perUnit(Money, BigDecimal, String)})
     * @throws IllegalStateException if this is a money-per-unit ratio, which keeps its currency
     */
    public Ratio withForm(Form newForm) {
        Objects.requireNonNull(newForm, "newForm");
        if (newForm == Form.MONEY) {
            throw new IllegalArgumentException(
                    "form (MONEY) needs a currency: build money ratios with Ratio.perUnit");
        }
        if (currency != null) {
            throw new IllegalStateException("ratio " + this + " is money per unit and keeps its form");
        }
        return newForm == form ? this : new Ratio(value, reason, newForm, null);
    }

    // ---------------------------------------------------------------- object methods

    /**
     * Returns whether {@code obj} is a ratio with the same form, currency and value (or reason).
     *
     * @param obj the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Ratio other
                && form == other.form
                && Objects.equals(value, other.value)
                && Objects.equals(reason, other.reason)
                && Objects.equals(currency, other.currency);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(value, reason, form, currency);
    }

    /**
     * Returns the ratio for reading: {@code 212.50%}, {@code 3.13x}, {@code 2.50},
     * {@code EUR 0.4167}, or {@code undefined (0 impressions)}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        if (value == null) {
            return "undefined (" + reason + ")";
        }
        switch (form) {
            case PERCENT:
                return value.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
            case MULTIPLE:
                return value.setScale(2, RoundingMode.HALF_UP).toPlainString() + "x";
            case NUMBER:
                return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
            default:
                int scale = currency.getDefaultFractionDigits();
                BigDecimal shown = value.setScale(scale + 2, RoundingMode.HALF_UP).stripTrailingZeros();
                if (shown.scale() < scale) {
                    shown = shown.setScale(scale);
                }
                return currency.getCurrencyCode() + " " + shown.toPlainString();
        }
    }
}
