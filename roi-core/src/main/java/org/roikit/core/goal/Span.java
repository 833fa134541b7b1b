package org.roikit.core.goal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A non-negative length of time in periods of a cadence, held as an exact fraction: whole periods
 * plus the days into the next period over that period's length in days.
 */
record Span(BigInteger numerator, BigInteger denominator) {

    static final Span ZERO = new Span(BigInteger.ZERO, BigInteger.ONE);

    /**
     * Returns the periods from {@code from} to {@code to} ({@code from <= to}): the whole periods
     * {@code k}, plus the days past the k-th boundary divided by the days of period {@code k + 1}.
     *
     * @throws java.time.DateTimeException if the period containing {@code to} ends after
     *     {@link LocalDate#MAX}
     */
    static Span between(Cadence cadence, LocalDate from, LocalDate to) {
        long whole = cadence.wholePeriods(from, to);
        LocalDate boundary = cadence.plus(from, whole);
        long days = ChronoUnit.DAYS.between(boundary, to);
        if (days == 0) {
            return new Span(BigInteger.valueOf(whole), BigInteger.ONE);
        }
        long length = ChronoUnit.DAYS.between(boundary, cadence.plus(from, whole + 1));
        BigInteger den = BigInteger.valueOf(length);
        return new Span(BigInteger.valueOf(whole).multiply(den).add(BigInteger.valueOf(days)), den);
    }

    /** Returns {@code this - other}. */
    Span minus(Span other) {
        return new Span(numerator.multiply(other.denominator).subtract(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /** Returns the sign of this span. */
    int signum() {
        return numerator.signum();
    }

    /** Returns the whole periods, rounded down; spans of compounding goals fit an int. */
    int whole() {
        return numerator.divide(denominator).intValueExact();
    }

    /** Returns the numerator of the part beyond the whole periods, over {@link #denominator()}. */
    BigInteger fractionNumerator() {
        return numerator.mod(denominator);
    }

    /** Returns the part beyond the whole periods as a decimal rounded to {@code context}. */
    BigDecimal fraction(MathContext context) {
        return new BigDecimal(fractionNumerator()).divide(new BigDecimal(denominator), context);
    }
}
