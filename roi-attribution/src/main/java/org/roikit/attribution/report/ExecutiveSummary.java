package org.roikit.attribution.report;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.roikit.core.CurrencyMismatchException;
import org.roikit.core.Money;
import org.roikit.core.Ratio;
import org.roikit.core.goal.GoalProgress;
import org.roikit.core.series.Granularity;

/**
 * The one-page report for leadership: the ROI scorecard, acquisition cost from social, attributed
 * revenue and pipeline, where the money went, the trend period by period and the goals.
 *
 * <p>Every amount is in {@link #currency()}, which the constructor checks. The formulas of each figure are given on
 * {@link MarketingReport}. {@link #toString()} is the plain-text report. Two summaries are equal
 * when all components are equal.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param title the report's title
 * @param from the first day of the report window, in the report's zone
 * @param to the last day of the report window, not before {@code from}
 * @param currency the report's one currency
 * @param scorecard investment, revenue, profit, ROI, net return per unit invested, ROAS, conversions
 * @param socialCac the cost of social channels per sale attributed to social channels
 * @param socialCpa the cost of social channels per conversion attributed to social channels
 * @param attributedRevenue the revenue credited to touches
 * @param unattributedRevenue the revenue of conversions without an eligible touch
 * @param pipelineValue the value of the leads of the window, when it can be told
 * @param pipelineReason why there is no pipeline value (the reason the funnel's overall rate is
 *     undefined); empty when there is one
 * @param investmentByCategory what each cost category took, largest first
 * @param granularity the trend's period length
 * @param trend the figures of every period of the window, in order
 * @param movements how each metric moved between the last two complete periods of the trend;
 *     empty, with a note, when fewer than two periods are complete
 * @param goals the progress of each goal on the window's last day
 * @param notes what a reader must know to read the summary's figures right: conversions and costs left out
 *     by the window, missing costs, an unreported pipeline value, goals not assessed
 */
public record ExecutiveSummary(String title, LocalDate from, LocalDate to, Currency currency, Scorecard scorecard,
        Ratio socialCac, Ratio socialCpa, Money attributedRevenue, Money unattributedRevenue,
        Optional<Money> pipelineValue, Optional<String> pipelineReason, List<CategoryShare> investmentByCategory, Granularity granularity,
        List<PeriodFigures> trend, List<Movement> movements, List<GoalProgress> goals, List<String> notes) {

    /**
     * Checks the components and copies the lists.
     *
     * @param title the title, not blank
     * @param from the first day
     * @param to the last day, not before {@code from}
     * @param currency the currency
     * @param scorecard the scorecard, in {@code currency}
     * @param socialCac the social CAC
     * @param socialCpa the social CPA
     * @param attributedRevenue the attributed revenue, at least zero, in {@code currency}
     * @param unattributedRevenue the unattributed revenue, at least zero, in {@code currency}
     * @param pipelineValue the pipeline value, if any; at least zero, in {@code currency}
     * @param pipelineReason why there is no pipeline value; present exactly when
     *     {@code pipelineValue} is empty, not blank
     * @param investmentByCategory the shares by category
     * @param granularity the trend's period length
     * @param trend the trend
     * @param movements the latest movements
     * @param goals the goals' progress
     * @param notes the notes
     * @throws NullPointerException if a component or element is null
     * @throws IllegalArgumentException if {@code title} is blank, {@code to} is before
     *     {@code from}, an amount is negative, or {@code pipelineReason} is blank or not present
     *     exactly when {@code pipelineValue} is empty
     * @throws CurrencyMismatchException if an amount (of the scorecard, the social CAC and CPA, the
     *     attributed, unattributed and pipeline values, a category or a period) is not in
     *     {@code currency}
     */
    public ExecutiveSummary {
        Values.nonBlank(title, "title");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(socialCac, "socialCac");
        Objects.requireNonNull(socialCpa, "socialCpa");
        Objects.requireNonNull(attributedRevenue, "attributedRevenue");
        Objects.requireNonNull(unattributedRevenue, "unattributedRevenue");
        Objects.requireNonNull(pipelineValue, "pipelineValue");
        Objects.requireNonNull(pipelineReason, "pipelineReason");
        pipelineReason.ifPresent(r -> Values.nonBlank(r, "pipelineReason"));
        if (pipelineValue.isPresent() == pipelineReason.isPresent()) {
            throw new IllegalArgumentException("pipelineReason (" + pipelineReason
                    + ") must be present exactly when pipelineValue (" + pipelineValue + ") is empty");
        }
        Objects.requireNonNull(granularity, "granularity");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
        }
        Values.sameCurrency(scorecard.revenue(), currency);
        scorecard.investment().ifPresent(i -> Values.sameCurrency(i, currency));
        scorecard.profit().ifPresent(p -> Values.sameCurrency(p, currency));
        Values.sameCurrency(socialCac, currency);
        Values.sameCurrency(socialCpa, currency);
        Values.nonNegative(attributedRevenue, currency, "attributedRevenue");
        Values.nonNegative(unattributedRevenue, currency, "unattributedRevenue");
        pipelineValue.ifPresent(p -> Values.nonNegative(p, currency, "pipelineValue"));
        investmentByCategory = List.copyOf(investmentByCategory);
        trend = List.copyOf(trend);
        movements = List.copyOf(movements);
        goals = List.copyOf(goals);
        notes = List.copyOf(notes);
        for (CategoryShare c : investmentByCategory) {
            Values.sameCurrency(c.amount(), currency);
        }
        for (PeriodFigures f : trend) {
            Values.sameCurrency(f.investment(), currency);
            Values.sameCurrency(f.revenue(), currency);
        }
    }

    /**
     * Returns the plain-text report: headed sections of aligned tables, lines separated by
     * {@code \n}, as {@link ReportFormat#TEXT} renders it. Amounts are plain decimals in the
     * currency named in the heading; attributed conversions have six decimals; an undefined ratio
     * reads {@code -} in a table.
     *
     * @return the text report
     */
    @Override
    public String toString() {
        return TextReport.executive(this);
    }
}
