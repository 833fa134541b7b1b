package org.roikit.attribution.report;

/** Renders a report as {@link ReportFormat#HTML}. */
final class HtmlRenderer implements Renderer {

    @Override
    public void write(MarketingReport report, Audience audience, Appendable out) {
        throw new UnsupportedOperationException("HTML rendering is not built yet");
    }
}
