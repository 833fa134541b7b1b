package org.roikit.attribution.report;

import java.io.IOException;

/**
 * Renders a report as {@link ReportFormat#TEXT}: the {@code toString()} of the chosen part, or of
 * the whole report for {@link Audience#ALL}.
 */
final class TextRenderer implements Renderer {

    @Override
    public void write(MarketingReport report, Audience audience, Appendable out) throws IOException {
        out.append(switch (audience) {
            case EXECUTIVE -> report.executive().toString();
            case TEAM -> report.team().toString();
            case ALL -> report.toString();
        });
    }
}
