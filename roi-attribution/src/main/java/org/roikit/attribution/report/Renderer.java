package org.roikit.attribution.report;

import java.io.IOException;

/** Writes one part of a report in one format. */
interface Renderer {

    /** Writes the part of {@code report} for {@code audience} to {@code out}. */
    void write(MarketingReport report, Audience audience, Appendable out) throws IOException;
}
