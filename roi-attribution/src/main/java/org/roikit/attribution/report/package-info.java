/**
 * Marketing reports as data, rendered second: {@link org.roikit.attribution.report.MarketingReport}
 * holds the {@link org.roikit.attribution.report.ExecutiveSummary} for leadership and the
 * {@link org.roikit.attribution.report.TeamDetail} for the marketing team, built from journeys and
 * costs by {@link org.roikit.attribution.report.MarketingReport#builder()};
 * {@link org.roikit.attribution.report.ReportFormat} renders either part as text, Markdown, CSV,
 * JSON or HTML.
 *
 * <p>Money is exact {@link org.roikit.core.Money} in one currency per report; rates are
 * {@link org.roikit.core.Ratio}, undefined with a reason rather than zero when they cannot be
 * told.
 */
package org.roikit.attribution.report;
