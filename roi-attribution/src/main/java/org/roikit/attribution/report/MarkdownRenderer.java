package org.roikit.attribution.report;

/** Renders a report as {@link ReportFormat#MARKDOWN}. */
final class MarkdownRenderer implements Renderer {

    @Override
    public void write(MarketingReport report, Audience audience, Appendable out) {
        throw new UnsupportedOperationException("MARKDOWN rendering is not built yet");
    }
}
