package org.roikit.attribution.report;

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
 * for a report without costs. Two values are equal when all components are equal.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param period the calendar period, such as {@code 2026-Q1}
 * @param investment the costs dated in the period, at least zero
 * @param revenue the value of the conversions of the period, at least zero
 * @param conversions the conversions of the period, at least zero
 * @param roi the period's return on investment
 */
public record PeriodFigures(CalendarPeriod period, Money investment, Money revenue, long conversions, Ratio roi) {

    /**
     * Checks the components.
     *
     * @param period the calendar period
     * @param investment the costs of the period, at least zero
     * @param revenue the revenue of the period, at least zero, in the currency of {@code investment}
     * @param conversions the conversions, at least zero
     * @param roi the return on investment
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if an amount or {@code conversions} is negative
     * @throws CurrencyMismatchException if the amounts are in different currencies
     */
    public PeriodFigures {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(investment, "investment");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(roi, "roi");
        Values.nonNegative(investment, investment.currency(), "investment");
        Values.nonNegative(revenue, investment.currency(), "revenue");
        Values.nonNegative(conversions, "conversions");
    }
}
