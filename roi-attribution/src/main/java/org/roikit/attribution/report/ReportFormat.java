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
     * {@link TeamDetail#toString()} ({@link MarketingReport#toString()} for {@link Audience#ALL}).
     */
    TEXT(new TextRenderer()),

    /**
     * Markdown: a level-1 heading per part, a level-2 heading per section and GitHub pipe tables
     * (first column left-aligned, figures right-aligned), with the figures of {@link #TEXT} read
     * the same way; data text is backslash-escaped so that it never becomes markup.
     */
    MARKDOWN(new MarkdownRenderer()),

    /**
     * CSV (RFC 4180, lines ending {@code \n}): one long table, one figure per row, so that a
     * spreadsheet can filter and pivot it. The columns are
     * {@code section,group,item,metric,value,currency,reason}:
     * <ul>
     *   <li>{@code section}: {@code report} (title, from, to, currency), then for the summary
     *       {@code scorecard}, {@code investment_by_category}, {@code trend}, {@code movements},
     *       {@code goals}, {@code executive_notes}, and for the detail {@code channels},
     *       {@code campaigns}, {@code model_comparison}, {@code segments}, {@code best_content},
     *       {@code worst_content}, {@code team_notes};</li>
     *   <li>{@code group}: what the rows of a section are grouped by, else empty: the model
     *       (channels, campaigns, model comparison), always in its full text form such as
     *       {@code position-based(0.4, 0.2, 0.4)} (the key of one model is the same in every
     *       section and reads back with {@code AttributionModel.parse}), the period length (trend), the compared
     *       periods {@code 2026-01..2026-02} (movements), the attribute (segments, content), the
     *       goal's number (goals);</li>
     *   <li>{@code item}: the row's key, such as a channel, period, category or attribute value;
     *       empty for the scorecard;</li>
     *   <li>{@code metric}: the figure, lower case with underscores, such as {@code revenue},
     *       {@code roi}, {@code conversion_rate};</li>
     *   <li>{@code value}: amounts as plain decimals at the currency's scale ({@code 120.00});
     *       ratios as their exact decimal value, a fraction for rates and ROI ({@code 0.5} for
     *       50%), a multiple for ROAS, an amount per unit for CAC, CPA; attributed conversions
     *       with six decimals; counts as integers; dates ISO-8601; text as it is;</li>
     *   <li>{@code currency}: the ISO 4217 code for amounts and amounts per unit, else empty;</li>
     *   <li>{@code reason}: when a figure is undefined, its {@code value} is empty and this says
     *       why, such as {@code no costs}; else empty.</li>
     * </ul>
     * A text cell (such as a campaign or attribute value) that starts with {@code =}, {@code +},
     * {@code -}, {@code @}, a tab or a carriage return is written with a leading single quote
     * ({@code '=cmd}) so that a spreadsheet does not run it as a formula; numbers such as
     * {@code -1.12} are written as they are.
     * A trend period the window covers only in part has a {@code partial_days} row whose value is
     * the days covered ({@code 2026-02-01..2026-02-15}).
     * {@link Audience#EXECUTIVE} writes the report and summary sections, {@link Audience#TEAM}
     * the report and detail sections, {@link Audience#ALL} all of them; the header comes once.
     * <pre>
     * section,group,item,metric,value,currency,reason
     * report,,,title,Q1 review,,
     * scorecard,,,roi,0.5,,
     * trend,month,2026-01,investment,60.00,EUR,
     * channels,linear,email,cpa,40,EUR,
     * </pre>
     */
    CSV(new CsvRenderer()),

    /**
     * JSON (RFC 8259): one object with {@code title}, {@code from}, {@code to} (ISO dates),
     * {@code currency}, and {@code executive} and/or {@code team} as the audience asks, each
     * holding the fields of {@link ExecutiveSummary} or {@link TeamDetail} under the same
     * names (the model comparison as {@code models}, {@code channels} with a {@code revenue}
     * array in model order and, with costs, a {@code roas} array, {@code unattributedRevenue}
     * and {@code totalRevenue}). Values:
     * <ul>
     *   <li>an amount is {@code {"amount": "120.00", "currency": "EUR"}}, the amount a string at
     *       the currency's scale so that no parser turns it into a binary floating-point number;</li>
     *   <li>a ratio is {@code {"value": "0.5", "text": "50.00%"}}: the exact decimal value as a
     *       string and its reading; an undefined ratio is
     *       {@code {"value": null, "reason": "no costs"}};</li>
     *   <li>attributed conversions are strings with six decimals, counts are JSON integers,
     *       movement values strings (amounts at the currency's scale) or {@code null} when
     *       undefined; a missing row cost is {@code null}; without costs the scorecard's
     *       investment and profit are {@code {"amount": null, "reason": "no costs"}}, and a missing
     *       pipeline value is {@code {"amount": null, "reason": ...}} with the reason it is missing.</li>
     * </ul>
     * Members keep the order of the record components; lists are arrays in the report's order.
     * The text is indented by two spaces and ends with {@code \n}.
     */
    JSON(new JsonRenderer()),

    /**
     * One self-contained XHTML page with inline CSS and SVG charts: no script, no external
     * style sheet, font or image, nothing fetched. The summary has scorecard tiles, investment
     * and revenue over time, investment by category, the latest change and the goals; the detail
     * has revenue and conversions per channel, the model comparison, campaigns, conversion rate
     * by every attribute and the best and worst content. Every chart has a text alternative and
     * a table of its figures; {@link Audience#ALL} gives the summary with the detail below.
     */
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
