package org.roikit.attribution.report;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.roikit.attribution.AttributionModel;
import org.roikit.attribution.ComparisonReport;
import org.roikit.core.CurrencyMismatchException;

/**
 * The detailed report for the marketing team: ROI, ROAS and CPA per channel and per campaign
 * under the chosen model, the comparison of models, conversion rate and attributed revenue by
 * every touchpoint attribute, and the best and worst content.
 *
 * <p>Every amount is in {@link #currency()}, which the constructor checks. The formulas of each figure are given on
 * {@link MarketingReport}. {@link #toString()} is the plain-text report. Two details are equal
 * when all components are equal.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param title the report's title
 * @param from the first day of the report window, in the report's zone
 * @param to the last day of the report window, not before {@code from}
 * @param currency the report's one currency
 * @param model the model that credited the rows
 * @param channels one row per channel (cost-only channels and costs without a channel included
 *     when the report has costs), revenue descending, then name
 * @param campaigns one row per campaign, ordered as {@code channels}
 * @param comparison the compared models over the same journeys, settings and costs
 * @param segments one segment per touchpoint attribute present in the data, by name, then the
 *     touch {@code type} when any touch has one
 * @param contentAttribute the attribute that names content, or {@code campaign} when no touch
 *     carries the content attribute
 * @param bestContent the content with the most attributed revenue, best first
 * @param worstContent the content with the least attributed revenue, worst first
 * @param notes what a reader must know to read the detail's figures right: conversions left out by the
 *     window, content by campaign when no touch carries the content attribute
 */
public record TeamDetail(String title, LocalDate from, LocalDate to, Currency currency, AttributionModel model,
        List<Performance> channels, List<Performance> campaigns, ComparisonReport comparison, List<Segment> segments,
        String contentAttribute, List<ContentPerformance> bestContent, List<ContentPerformance> worstContent,
        List<String> notes) {

    /**
     * Checks the components and copies the lists.
     *
     * @param title the title, not blank
     * @param from the first day
     * @param to the last day, not before {@code from}
     * @param currency the currency
     * @param model the model
     * @param channels the channel rows
     * @param campaigns the campaign rows
     * @param comparison the model comparison
     * @param segments the segments
     * @param contentAttribute the content attribute, not blank
     * @param bestContent the best content
     * @param worstContent the worst content
     * @param notes the notes
     * @throws NullPointerException if a component or element is null
     * @throws IllegalArgumentException if {@code title} or {@code contentAttribute} is blank, or
     *     {@code to} is before {@code from}
     * @throws CurrencyMismatchException if an amount (of a channel, campaign, segment or content row,
     *     or of the comparison) is not in {@code currency}
     */
    public TeamDetail {
        Values.nonBlank(title, "title");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(comparison, "comparison");
        Values.nonBlank(contentAttribute, "contentAttribute");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
        }
        channels = List.copyOf(channels);
        campaigns = List.copyOf(campaigns);
        segments = List.copyOf(segments);
        bestContent = List.copyOf(bestContent);
        worstContent = List.copyOf(worstContent);
        notes = List.copyOf(notes);
        for (List<Performance> rows : List.of(channels, campaigns)) {
            for (Performance p : rows) {
                Values.sameCurrency(p.revenue(), currency);
                p.cost().ifPresent(c -> Values.sameCurrency(c, currency));
                Values.sameCurrency(p.cpa(), currency);
            }
        }
        for (Segment seg : segments) {
            for (SegmentRow r : seg.rows()) {
                Values.sameCurrency(r.revenue(), currency);
            }
        }
        for (List<ContentPerformance> rows : List.of(bestContent, worstContent)) {
            for (ContentPerformance c : rows) {
                Values.sameCurrency(c.revenue(), currency);
            }
        }
        for (org.roikit.attribution.AttributionReport r : comparison.reports()) {
            for (Currency c : r.currencies()) {
                if (!c.equals(currency)) {
                    throw new CurrencyMismatchException(currency, c);
                }
            }
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
        return TextReport.team(this);
    }
}
