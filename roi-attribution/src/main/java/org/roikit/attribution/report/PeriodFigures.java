package org.roikit.attribution.report;

import java.time.LocalDate;
import java.util.Objects;
import org.roikit.core.CurrencyMismatchException;
import org.roikit.core.Money;
import org.roikit.core.Ratio;
import org.roikit.core.series.CalendarPeriod;

/**
 * The figures of one calendar period of a report's trend.
 *
 * <p>{@code investment} is the costs dated in the period (undated costs are in no period);
 * {@code revenue} and {@code conversions} are those of the conversions dated in the period in the
 * report's zone; {@code roi = (revenue - investment) / investment} in percentage form, undefined
 * with the reason {@code "zero investment"} for a period without costs, or {@code "no costs"}
 * for a report without costs. {@code from..to} are the days of the period inside the report
 * window: the first and last period of a window may be partial ({@link #complete()} is then
 * false), and their figures cover only those days. Two values are equal when all components are
 * equal.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param period the calendar period, such as {@code 2026-Q1}
 * @param from the first day of the period inside the report window
 * @param to the last day of the period inside the report window, not before {@code from}
 * @param investment the costs dated in the period, at least zero
 * @param revenue the value of the conversions of the period, at least zero
 * @param conversions the conversions of the period, at least zero
 * @param roi the period's return on investment
 */
public record PeriodFigures(CalendarPeriod period, LocalDate from, LocalDate to, Money investment, Money revenue, long conversions, Ratio roi) {

    /**
     * Checks the components.
     *
     * @param period the calendar period
     * @param from the first day covered, in {@code period}
     * @param to the last day covered, in {@code period}, not before {@code from}
     * @param investment the costs of the period, at least zero
     * @param revenue the revenue of the period, at least zero, in the currency of {@code investment}
     * @param conversions the conversions, at least zero
     * @param roi the return on investment
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if an amount or {@code conversions} is negative, or
     *     {@code from..to} is not a run of days of {@code period}
     * @throws CurrencyMismatchException if the amounts are in different currencies
     */
    public PeriodFigures {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!period.contains(from) || !period.contains(to) || to.isBefore(from)) {
            throw new IllegalArgumentException("days (" + from + ".." + to + ") must be a run of days of " + period);
        }
        Objects.requireNonNull(investment, "investment");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(roi, "roi");
        Values.nonNegative(investment, investment.currency(), "investment");
        Values.nonNegative(revenue, investment.currency(), "revenue");
        Values.nonNegative(conversions, "conversions");
    }

    /**
     * Returns whether the report window covers the whole period.
     *
     * @return true when {@code from..to} is every day of {@link #period()}
     */
    public boolean complete() {
        return from.equals(period.start()) && to.equals(period.end());
    }
}
