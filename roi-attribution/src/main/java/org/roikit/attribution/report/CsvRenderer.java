package org.roikit.attribution.report;

/** Renders a report as {@link ReportFormat#CSV}. */
final class CsvRenderer implements Renderer {

    @Override
    public void write(MarketingReport report, Audience audience, Appendable out) {
        throw new UnsupportedOperationException("CSV rendering is not built yet");
    }
}
