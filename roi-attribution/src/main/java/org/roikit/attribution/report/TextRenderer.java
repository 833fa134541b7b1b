package org.roikit.attribution.report;

import java.io.IOException;

/** Renders a report as {@link ReportFormat#TEXT}: the {@code toString()} of the chosen part. */
final class TextRenderer implements Renderer {

    @Override
    public void write(MarketingReport report, Audience audience, Appendable out) throws IOException {
        out.append(audience == Audience.EXECUTIVE ? report.executive().toString() : report.team().toString());
    }
}
