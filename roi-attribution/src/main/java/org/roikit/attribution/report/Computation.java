package org.roikit.attribution.report;

import java.util.List;

/** Computes the figures of a {@link MarketingReport} from a {@link MarketingReport.Builder}. */
final class Computation {

    /** The metrics a goal may name, in the order the builder's documentation lists them. */
    static final List<String> GOAL_METRICS = List.of("investment", "revenue", "profit", "conversions", "leads",
            "sales", "roi", "roas");

    private Computation() {
    }
}
