package org.roikit.attribution.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The formats a {@link MarketingReport} renders to, for either {@link Audience}.
 *
 * <p>Rendering only reads the report's data; the same report and audience always give the same
 * text.
 */
public enum ReportFormat {

    /**
     * Plain text with aligned tables, as {@link ExecutiveSummary#toString()} and
     * {@link TeamDetail#toString()}.
     */
    TEXT(new TextRenderer()),

    /** Markdown: headings and pipe tables. */
    MARKDOWN(new MarkdownRenderer()),

    /** CSV: one table of rows per section. */
    CSV(new CsvRenderer()),

    /** JSON: the report's data as one object. */
    JSON(new JsonRenderer()),

    /** One self-contained HTML page with inline CSS and SVG charts. */
    HTML(new HtmlRenderer());

    private final Renderer renderer;

    ReportFormat(Renderer renderer) {
        this.renderer = renderer;
    }

    /**
     * Returns the part of {@code report} for {@code audience} rendered in this format.
     *
     * @param report the report
     * @param audience who the text is for
     * @return the rendered text
     * @throws NullPointerException if an argument is null
     */
    public String render(MarketingReport report, Audience audience) {
        StringBuilder out = new StringBuilder();
        write(report, audience, out);
        return out.toString();
    }

    /**
     * Writes the part of {@code report} for {@code audience}, rendered in this format, to
     * {@code out}.
     *
     * @param report the report
     * @param audience who the text is for
     * @param out where to write
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if writing to {@code out} fails
     */
    public void write(MarketingReport report, Audience audience, Appendable out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(out, "out");
        try {
            renderer.write(report, audience, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
