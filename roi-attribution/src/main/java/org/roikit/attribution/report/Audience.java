package org.roikit.attribution.report;

/**
 * Who a rendered report is for, which decides which part of a {@link MarketingReport} is rendered.
 */
public enum Audience {

    /** Leadership: the one-page {@link ExecutiveSummary}. */
    EXECUTIVE,

    /** The marketing team: the {@link TeamDetail}. */
    TEAM
}
