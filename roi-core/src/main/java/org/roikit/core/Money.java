package org.roikit.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.roikit.core.internal.Allocation;

/**
 * An exact amount of money in one currency, held at the currency's ISO 4217 scale.
 *
 * <p>The amount is a {@link BigDecimal} whose scale is always the currency's number of minor-unit
 * digits: 0 for JPY, 2 for EUR, 3 for BHD. Currencies without a defined minor unit (such as XAU or
 * XXX) are rejected. Values that need more decimal places than the currency allows are rejected
 * rather than rounded, unless a {@link RoundingMode} is passed.
 *
 * <p>Verbs follow {@code java.time}: {@code of}, {@code ofMinor}, {@code zero} and {@code parse}
 * create; {@code plus}, {@code minus}, {@code multipliedBy} and {@code dividedBy} compute;
 * {@code is*} ask; {@code to*} convert. Lossless operations take no rounding argument; lossy ones
 * take an explicit {@link RoundingMode}. Combining two currencies throws
 * {@link CurrencyMismatchException}.
 *
 * <p>{@link #toString()} gives {@code "EUR 1600.00"}, which {@link #parse(CharSequence)} reads back.
 * Two values are equal when they have the same currency and the same amount; since the scale is
 * fixed by the currency, {@code equals} and {@code compareTo} agree.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    // ---------------------------------------------------------------- factories

    /**
     * Returns the amount written as a decimal string in the currency with the given ISO 4217 code.
     *
     * <p>{@code Money.of("1600", "EUR")} and {@code Money.of("1600.00", "EUR")} are equal.
     *
     * @param amount a plain decimal number such as {@code "1600.00"} or {@code "-12.5"}: an optional
     *     minus sign, digits, and optionally a point and more digits; no exponent, no plus sign
     * @param currencyCode an upper-case ISO 4217 code such as {@code "EUR"}
     * @return the money value
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the amount is not a plain decimal number, the currency code is
     *     unknown or has no minor unit, or the amount has more decimal places than the currency
     */
    public static Money of(String amount, String currencyCode) {
        return of(parseAmount(amount), currency(currencyCode));
    }

    /**
     * Returns the amount written as a decimal string in {@code currency}.
     *
     * @param amount a plain decimal number such as {@code "1600.00"}, as for
     *     {@link #of(String, String)}
     * @param currency the currency
     * @return the money value
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the amount is not a plain decimal number, the currency has no
     *     minor unit, or the amount has more decimal places than the currency
     */
    public static Money of(String amount, Currency currency) {
        return of(parseAmount(amount), currency);
    }

    /**
     * Returns {@code amount} in {@code currency}, without rounding.
     *
     * @param amount the amount; trailing zeros beyond the currency's scale are fine
     * @param currency the currency
     * @return the money value
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the currency has no minor unit or the amount has more
     *     (non-zero) decimal places than the currency allows
     */
    public static Money of(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        int scale = scaleOf(currency);
        BigDecimal stripped = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
        if (stripped.scale() > scale) {
            throw new IllegalArgumentException("amount (" + amount.toPlainString() + ") has "
                    + stripped.scale() + " decimal places but " + currency.getCurrencyCode()
                    + " allows at most " + scale + "; round it explicitly with a RoundingMode");
        }
        return new Money(amount.setScale(scale, RoundingMode.UNNECESSARY), currency);
    }

    /**
     * Returns {@code amount} in {@code currency}, rounded to the currency's scale with {@code rounding}.
     *
     * @param amount the amount, at any scale
     * @param currency the currency
     * @param rounding how to round to the currency's scale
     * @return the money value
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the currency has no minor unit
     * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the
     *     amount needs rounding
     */
    public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rounding, "rounding");
        return new Money(amount.setScale(scaleOf(currency), rounding), currency);
    }

    /**
     * Returns the amount given in minor units: {@code ofMinor(1050, EUR)} is EUR 10.50 and
     * {@code ofMinor(1050, JPY)} is JPY 1050.
     *
     * @param minorUnits the amount in the currency's smallest unit
     * @param currency the currency
     * @return the money value
     * @throws NullPointerException if {@code currency} is null
     * @throws IllegalArgumentException if the currency has no minor unit
     */
    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, scaleOf(currency)), currency);
    }

    /**
     * Returns the amount given in minor units in the currency with the given code.
     *
     * @param minorUnits the amount in the currency's smallest unit
     * @param currencyCode an upper-case ISO 4217 code
     * @return the money value
     * @throws NullPointerException if {@code currencyCode} is null
     * @throws IllegalArgumentException if the code is unknown or the currency has no minor unit
     */
    public static Money ofMinor(long minorUnits, String currencyCode) {
        return ofMinor(minorUnits, currency(currencyCode));
    }

    /**
     * Returns zero in {@code currency}.
     *
     * @param currency the currency
     * @return zero at the currency's scale, such as {@code EUR 0.00}
     * @throws NullPointerException if {@code currency} is null
     * @throws IllegalArgumentException if the currency has no minor unit
     */
    public static Money zero(Currency currency) {
        return ofMinor(0, currency);
    }

    /**
     * Returns zero in the currency with the given code.
     *
     * @param currencyCode an upper-case ISO 4217 code
     * @return zero at the currency's scale
     * @throws NullPointerException if {@code currencyCode} is null
     * @throws IllegalArgumentException if the code is unknown or the currency has no minor unit
     */
    public static Money zero(String currencyCode) {
        return zero(currency(currencyCode));
    }

    /**
     * Returns the money value written as by {@link #toString()}: an ISO 4217 code, one space and a
     * decimal amount, such as {@code "EUR 1600.00"}, {@code "JPY 500"} or {@code "EUR -12.5"}.
     *
     * @param text the text to read
     * @return the money value
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text does not have that form, names an unknown
     *     currency, or has more decimal places than the currency allows
     */
    public static Money parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int space = s.indexOf(' ');
        if (space != 3 || s.length() < 5 || s.indexOf(' ', space + 1) >= 0) {
            throw new IllegalArgumentException("text (\"" + s
                    + "\") is not money of the form \"EUR 1600.00\": a currency code, one space, an amount");
        }
        return of(s.substring(space + 1), s.substring(0, space));
    }

    /**
     * Returns the sum of {@code amounts}, or zero in {@code currency} when there are none.
     *
     * @param currency the currency of every amount and of the result
     * @param amounts the amounts to add
     * @return the exact sum
     * @throws NullPointerException if an argument or an element is null
     * @throws CurrencyMismatchException if an amount is in another currency
     */
    public static Money total(Currency currency, Iterable<Money> amounts) {
        Objects.requireNonNull(amounts, "amounts");
        Money sum = zero(currency);
        for (Money m : amounts) {
            sum = sum.plus(m);
        }
        return sum;
    }

    // ---------------------------------------------------------------- accessors

    /**
     * Returns the amount, at the currency's scale.
     *
     * @return the amount, such as {@code 1600.00} for EUR
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * Returns the currency.
     *
     * @return the currency, never null
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the amount in minor units: 1050 for EUR 10.50.
     *
     * @return the amount in the currency's smallest unit
     * @throws ArithmeticException if it does not fit in a {@code long}
     */
    public long toMinorUnits() {
        return amount.unscaledValue().longValueExact();
    }

    /**
     * Returns the sign of the amount.
     *
     * @return -1, 0 or 1
     */
    public int signum() {
        return amount.signum();
    }

    /**
     * Returns whether the amount is zero.
     *
     * @return true for zero
     */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Returns whether the amount is below zero.
     *
     * @return true for negative amounts
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Returns whether the amount is above zero.
     *
     * @return true for positive amounts
     */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /**
     * Returns whether this amount is greater than {@code other}.
     *
     * @param other an amount in the same currency
     * @return true if this is greater
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * Returns whether this amount is less than {@code other}.
     *
     * @param other an amount in the same currency
     * @return true if this is less
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    // ---------------------------------------------------------------- arithmetic

    /**
     * Returns this amount plus {@code other}, exactly.
     *
     * @param other an amount in the same currency
     * @return the sum
     * @throws NullPointerException if {@code other} is null
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * Returns this amount minus {@code other}, exactly.
     *
     * @param other an amount in the same currency
     * @return the difference
     * @throws NullPointerException if {@code other} is null
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * Returns this amount with the opposite sign.
     *
     * @return the negated amount
     */
    public Money negated() {
        return new Money(amount.negate(), currency);
    }

    /**
     * Returns the absolute value of this amount.
     *
     * @return this amount if it is zero or positive, otherwise its negation
     */
    public Money abs() {
        return amount.signum() < 0 ? negated() : this;
    }

    /**
     * Returns this amount times {@code factor}, exactly.
     *
     * @param factor the whole-number factor
     * @return the product
     */
    public Money multipliedBy(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    /**
     * Returns this amount times {@code factor}, which must give an amount the currency can hold
     * exactly: EUR 10000.00 x 0.5 is EUR 5000.00, but EUR 0.01 x 0.5 is an error.
     *
     * @param factor the factor
     * @return the exact product
     * @throws NullPointerException if {@code factor} is null
     * @throws ArithmeticException if the product has more decimal places than the currency allows;
     *     use {@link #multipliedBy(BigDecimal, RoundingMode)} to round
     */
    public Money multipliedBy(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        BigDecimal product = amount.multiply(factor);
        int scale = amount.scale();
        BigDecimal stripped = product.signum() == 0 ? BigDecimal.ZERO : product.stripTrailingZeros();
        if (stripped.scale() > scale) {
            throw new ArithmeticException(this + " x " + factor.toPlainString() + " = "
                    + product.toPlainString() + " has more decimal places than "
                    + currency.getCurrencyCode() + " allows (" + scale
                    + "); pass a RoundingMode");
        }
        return new Money(product.setScale(scale, RoundingMode.UNNECESSARY), currency);
    }

    /**
     * Returns this amount times {@code factor}, rounded to the currency's scale.
     *
     * @param factor the factor
     * @param rounding how to round the product
     * @return the rounded product
     * @throws NullPointerException if an argument is null
     * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the
     *     product needs rounding
     */
    public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(rounding, "rounding");
        return new Money(amount.multiply(factor).setScale(amount.scale(), rounding), currency);
    }

    /**
     * Returns this amount divided by {@code divisor}, rounded to the currency's scale.
     *
     * @param divisor the divisor, not zero
     * @param rounding how to round the quotient
     * @return the rounded quotient
     * @throws NullPointerException if {@code rounding} is null
     * @throws IllegalArgumentException if {@code divisor} is zero
     * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the
     *     quotient needs rounding
     */
    public Money dividedBy(long divisor, RoundingMode rounding) {
        return dividedBy(BigDecimal.valueOf(divisor), rounding);
    }

    /**
     * Returns this amount divided by {@code divisor}, rounded to the currency's scale.
     *
     * @param divisor the divisor, not zero
     * @param rounding how to round the quotient
     * @return the rounded quotient
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code divisor} is zero
     * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the
     *     quotient needs rounding
     */
    public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
        Objects.requireNonNull(divisor, "divisor");
        Objects.requireNonNull(rounding, "rounding");
        if (divisor.signum() == 0) {
            throw new IllegalArgumentException("divisor (" + divisor.toPlainString() + ") must not be zero");
        }
        return new Money(amount.divide(divisor, amount.scale(), rounding), currency);
    }

    // ---------------------------------------------------------------- allocation

    /**
     * Splits this amount in proportion to {@code weights} so that the parts sum exactly to it.
     *
     * <p>Works in minor units: each part is the floor of its exact share, and the units left over go
     * one each to the parts with the largest fractional remainders, ties to the earlier part. A zero
     * weight gets exactly zero. A negative amount is split as its magnitude and negated, so every
     * part has the sign of the whole. Every part is within one minor unit of its exact share.
     * {@code EUR 100.00} allocated {@code 1, 1, 1} gives {@code 33.34, 33.33, 33.33}.
     *
     * @param weights one non-negative weight per part, not all zero
     * @return the parts, in weight order
     * @throws NullPointerException if {@code weights} is null
     * @throws IllegalArgumentException if there are no weights, a weight is negative, or all are zero
     */
    public List<Money> allocate(long... weights) {
        Objects.requireNonNull(weights, "weights");
        checkWeights(weights.length);
        boolean anyPositive = false;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("weights[" + i + "] (" + weights[i] + ") must be >= 0");
            }
            anyPositive |= weights[i] > 0;
        }
        if (!anyPositive) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
        BigInteger unscaled = amount.unscaledValue();
        if (unscaled.bitLength() < Long.SIZE) {
            return toMoney(Allocation.apportion(unscaled.longValue(), weights));
        }
        BigInteger[] big = new BigInteger[weights.length];
        for (int i = 0; i < weights.length; i++) {
            big[i] = BigInteger.valueOf(weights[i]);
        }
        return toMoney(Allocation.apportion(unscaled, big));
    }

    /**
     * Splits this amount in proportion to decimal {@code weights} so that the parts sum exactly to
     * it, with the rules of {@link #allocate(long...)}: {@code allocate(0.4, 0.2, 0.4)}.
     *
     * @param weights one non-negative weight per part, not all zero
     * @return the parts, in weight order
     * @throws NullPointerException if {@code weights} or a weight is null
     * @throws IllegalArgumentException if there are no weights, a weight is negative, or all are zero
     */
    public List<Money> allocate(BigDecimal... weights) {
        Objects.requireNonNull(weights, "weights");
        return allocate(List.of(weights));
    }

    /**
     * Splits this amount in proportion to decimal {@code weights} so that the parts sum exactly to
     * it, with the rules of {@link #allocate(long...)}.
     *
     * @param weights one non-negative weight per part, not all zero
     * @return the parts, in weight order
     * @throws NullPointerException if {@code weights} or a weight is null
     * @throws IllegalArgumentException if there are no weights, a weight is negative, or all are zero
     */
    public List<Money> allocate(List<BigDecimal> weights) {
        Objects.requireNonNull(weights, "weights");
        checkWeights(weights.size());
        int scale = 0;
        boolean anyPositive = false;
        for (int i = 0; i < weights.size(); i++) {
            BigDecimal w = Objects.requireNonNull(weights.get(i), "weights[" + i + "]");
            if (w.signum() < 0) {
                throw new IllegalArgumentException(
                        "weights[" + i + "] (" + w.toPlainString() + ") must be >= 0");
            }
            anyPositive |= w.signum() > 0;
            scale = Math.max(scale, w.scale());
        }
        if (!anyPositive) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
        BigInteger[] integral = new BigInteger[weights.size()];
        boolean fitsLong = amount.unscaledValue().bitLength() < Long.SIZE;
        for (int i = 0; i < integral.length; i++) {
            integral[i] = weights.get(i).setScale(scale, RoundingMode.UNNECESSARY).unscaledValue();
            fitsLong &= integral[i].bitLength() < Long.SIZE;
        }
        if (fitsLong) {
            long[] longWeights = new long[integral.length];
            for (int i = 0; i < integral.length; i++) {
                longWeights[i] = integral[i].longValue();
            }
            return toMoney(Allocation.apportion(amount.unscaledValue().longValue(), longWeights));
        }
        return toMoney(Allocation.apportion(amount.unscaledValue(), integral));
    }

    /**
     * Splits this amount into {@code parts} equal parts that sum exactly to it; the leftover minor
     * units go one each to the first parts: {@code EUR 10.00} in 3 is {@code 3.34, 3.33, 3.33}.
     *
     * @param parts the number of parts, at least 1
     * @return the parts
     * @throws IllegalArgumentException if {@code parts} is less than 1
     */
    public List<Money> split(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts (" + parts + ") must be >= 1");
        }
        long[] weights = new long[parts];
        Arrays.fill(weights, 1);
        return allocate(weights);
    }

    // ---------------------------------------------------------------- object methods

    /**
     * Compares amounts in the same currency.
     *
     * @param other an amount in the same currency
     * @return negative, zero or positive as this amount is less than, equal to or greater than
     *     {@code other}
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /**
     * Returns whether {@code obj} is a {@code Money} with the same currency and amount.
     *
     * @param obj the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Money other
                && currency.equals(other.currency)
                && amount.equals(other.amount);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + amount.hashCode();
    }

    /**
     * Returns the currency code, a space and the plain amount at the currency's scale, such as
     * {@code "EUR 1600.00"}; {@link #parse(CharSequence)} reads it back.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }

    // ---------------------------------------------------------------- helpers

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    private List<Money> toMoney(long[] minorUnits) {
        List<Money> result = new ArrayList<>(minorUnits.length);
        int scale = amount.scale();
        for (long units : minorUnits) {
            result.add(new Money(BigDecimal.valueOf(units, scale), currency));
        }
        return Collections.unmodifiableList(result);
    }

    private List<Money> toMoney(BigInteger[] minorUnits) {
        List<Money> result = new ArrayList<>(minorUnits.length);
        int scale = amount.scale();
        for (BigInteger units : minorUnits) {
            result.add(new Money(new BigDecimal(units, scale), currency));
        }
        return Collections.unmodifiableList(result);
    }

    private static void checkWeights(int count) {
        if (count == 0) {
            throw new IllegalArgumentException("weights must not be empty");
        }
    }

    private static BigDecimal parseAmount(String amount) {
        Objects.requireNonNull(amount, "amount");
        if (!isPlainDecimal(amount)) {
            throw new IllegalArgumentException("amount (\"" + amount
                    + "\") is not a plain decimal number such as 1600.00 or -12.5");
        }
        return new BigDecimal(amount);
    }

    /**
     * Returns whether {@code text} is {@code -?digits(.digits)?}. Exponents and a leading plus
     * sign are refused: {@code toString()} never writes them, and an exponent such as
     * {@code 1e999999999} would build an enormous number from a few characters.
     */
    private static boolean isPlainDecimal(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        int digitsBefore = 0;
        while (i < text.length() && isAsciiDigit(text.charAt(i))) {
            i++;
            digitsBefore++;
        }
        if (digitsBefore == 0) {
            return false;
        }
        if (i == text.length()) {
            return true;
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        i++;
        int digitsAfter = 0;
        while (i < text.length() && isAsciiDigit(text.charAt(i))) {
            i++;
            digitsAfter++;
        }
        return digitsAfter > 0 && i == text.length();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static Currency currency(String currencyCode) {
        Objects.requireNonNull(currencyCode, "currencyCode");
        try {
            return Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "currency code (\"" + currencyCode + "\") is not an ISO 4217 code", e);
        }
    }

    static int scaleOf(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException("currency " + currency.getCurrencyCode()
                    + " has no minor unit defined by ISO 4217, so it cannot hold money");
        }
        return digits;
    }
}
