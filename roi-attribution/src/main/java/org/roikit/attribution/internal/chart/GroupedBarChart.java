package org.roikit.attribution.internal.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Horizontal grouped bars: for each category, one bar per series, such as revenue per channel
 * under each attribution model.
 *
 * <p>Layout, in view box units: a legend (when there is more than one series) flows from y =
 * {@value #LEGEND_TOP}, and the plot starts {@value #LEGEND_GAP} below it (at y = {@value #LEGEND_TOP}
 * with one series). Category {@code c} takes a band of {@code S * }{@value #BAR}{@code  + (S - 1) * }
 * {@value #BAR_GAP}{@code  + }{@value #BAND_PAD} for {@code S} series; series {@code s}'s bar lies
 * {@code BAND_PAD / 2 + s * (BAR + BAR_GAP)} below the band top. The scale includes zero; bars run
 * from the zero line to the value (left of it when negative), each a {@code rect} of class
 * {@code bar} with a tooltip and a value label of class {@code value}. Series differ in colour and
 * fill pattern, and the legend shows both.
 *
 * <p>Empty data (no category or no series) is refused with an {@link IllegalArgumentException}.
 *
 * <p>The class has no state and is thread-safe.
 */
public final class GroupedBarChart {

    /** The y of the legend's first row. */
    static final double LEGEND_TOP = 36;

    /** The space between the legend and the plot. */
    static final double LEGEND_GAP = 8;

    /** The height of a bar. */
    static final double BAR = 14;

    /** The space between the bars of one category. */
    static final double BAR_GAP = 2;

    /** The space between categories, split above and below. */
    static final double BAND_PAD = 12;

    private static final double VALUE_FONT = 10;

    private GroupedBarChart() {
    }

    /**
     * Returns the {@code svg} element of the series over the categories.
     *
     * @param id the chart's element id, also the prefix of ids inside it; unique in the page
     * @param measure the measure's name, the axis title before the format's unit
     * @throws IllegalArgumentException if {@code id} is not lower-case letters, digits and hyphens,
     *     there are no categories or no series, or a series has not one value per category
     */
    public static String svg(String id, String title, List<String> categories, List<Series> series,
            Format format, String measure) {
        return svg(id, title, categories, series, format, measure, "");
    }

    /**
     * Returns the {@code svg} element of the series over the categories, with a note that ends the
     * text alternative, such as what the chart leaves out.
     *
     * @param id the chart's element id, also the prefix of ids inside it; unique in the page
     * @param measure the measure's name, the axis title before the format's unit
     * @param note a sentence for the end of the {@code desc}; empty for none
     * @throws IllegalArgumentException if {@code id} is not lower-case letters, digits and hyphens,
     *     there are no categories or no series, or a series has not one value per category
     */
    public static String svg(String id, String title, List<String> categories, List<Series> series,
            Format format, String measure, String note) {
        Objects.requireNonNull(note, "note");
        Frame.checkId(id);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(measure, "measure");
        Frame.checkShape(categories, series, "categories");

        List<Frame.Entry> legend = series.size() > 1
                ? Frame.legend(series.stream().map(Series::name).toList(), LEGEND_TOP) : List.of();
        double top = series.size() > 1 ? LEGEND_TOP + Frame.legendHeight(legend) + LEGEND_GAP : LEGEND_TOP;
        int s = series.size();
        double band = s * BAR + (s - 1) * BAR_GAP + BAND_PAD;
        double labelWidth = Math.min(180, categories.stream().mapToDouble(c -> Frame.textWidth(c, Frame.FONT)).max().orElse(0));
        double left = Frame.PAD + labelWidth + 8;
        double right = Frame.WIDTH - Frame.PAD;
        double bottom = top + categories.size() * band;
        String axisTitle = format.axisTitle(measure);

        double[] range = Frame.range(series);
        double labelRoom = series.stream().flatMap(x -> x.values().stream())
                .mapToDouble(v -> Frame.textWidth(format.value(v), VALUE_FONT) + 6).max().orElse(0);
        Scale scale = Scale.of(range[0], range[1], true, left + (range[0] < 0 ? labelRoom : 0),
                right - (range[1] >= 0 ? labelRoom : 0), 5);

        String desc = describe(title, categories, series, format, axisTitle);
        Xml svg = Frame.open(id, title, note.isEmpty() ? desc : desc + " " + note, bottom + 42);
        svg.open("defs");
        Palette.definePatterns(svg, id, s);
        svg.close();
        Frame.writeLegend(svg, id, legend, false);
        Frame.valueAxis(svg, scale, format, top - 4, bottom, axisTitle, left, right);
        for (int c = 0; c < categories.size(); c++) {
            double bandTop = top + c * band;
            Frame.categoryLabel(svg, categories.get(c), left - 8, bandTop + band / 2 + 4, labelWidth);
            svg.open("g", "class", "bars");
            for (int i = 0; i < s; i++) {
                BigDecimal v = series.get(i).values().get(c);
                String label = format.value(v);
                Frame.valueBar(svg, scale, v, bandTop + BAND_PAD / 2 + i * (BAR + BAR_GAP), BAR, Palette.fill(id, i),
                        categories.get(c) + ", " + series.get(i).name() + ": " + label, label, BAR / 2 + 3.5,
                        VALUE_FONT);
            }
            svg.close();
        }
        return svg.close().toString();
    }

    private static String describe(String title, List<String> categories, List<Series> series, Format format,
            String axisTitle) {
        StringJoiner text = new StringJoiner(" ");
        text.add("Grouped bar chart: " + title + ". " + axisTitle + " by category and series.");
        for (int c = 0; c < categories.size(); c++) {
            StringJoiner values = new StringJoiner("; ", categories.get(c) + ": ", ".");
            for (Series s : series) {
                values.add(s.name() + " " + format.value(s.values().get(c)));
            }
            text.add(values.toString());
        }
        return text.toString();
    }
}
