package org.roikit.attribution.report;

/**
 * Who a rendered report is for, which decides which part of a {@link MarketingReport} is rendered.
 */
public enum Audience {

    /** Leadership: the one-page {@link ExecutiveSummary}. */
    EXECUTIVE,

    /** The marketing team: the {@link TeamDetail}. */
    TEAM,

    /**
     * Both: the {@link ExecutiveSummary} first, then the {@link TeamDetail}, in one text, one
     * Markdown document, one CSV table, one JSON object or one HTML page (the dashboard).
     */
    ALL
}
