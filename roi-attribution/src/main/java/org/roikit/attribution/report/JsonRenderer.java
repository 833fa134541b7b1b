package org.roikit.attribution.report;

/** Renders a report as {@link ReportFormat#JSON}. */
final class JsonRenderer implements Renderer {

    @Override
    public void write(MarketingReport report, Audience audience, Appendable out) {
        throw new UnsupportedOperationException("JSON rendering is not built yet");
    }
}
