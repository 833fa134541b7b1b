package org.roikit.attribution.internal.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Horizontal bars for categories, such as revenue per channel, with an optional second measure
 * (such as conversions) drawn as a second panel beside the first with its own axis.
 *
 * <p>Layout, in view box units: the chart is {@value Frame#WIDTH} wide; category labels are
 * right-aligned in a column as wide as the longest label (at most 180, longer labels are cut with
 * an ellipsis and keep the full text as a tooltip); each category takes a row {@value #ROW} high
 * starting at y = {@value #TOP}, its bar {@value #BAR} high and {@value #BAR_OFFSET} below the row
 * top. A panel's scale includes zero, leaves room for the value labels at the bar ends, and bars
 * run from the zero line to the value, so a negative value (a loss-making ROI) runs left of zero.
 * Each bar is a {@code rect} of class {@code bar} with a tooltip, each value label a {@code text}
 * of class {@code value}. A measure is named by its axis title, and the second panel's bars are
 * striped, so colour does not carry the distinction.
 *
 * <p>Empty data is refused with an {@link IllegalArgumentException}: a report with nothing to
 * show leaves the chart out rather than drawing an empty frame.
 *
 * <p>The class has no state and is thread-safe.
 */
public final class BarChart {

    /** The y of the first row's top. */
    static final double TOP = 36;

    /** The height of a category row. */
    static final double ROW = 26;

    /** The height of a bar. */
    static final double BAR = 16;

    /** The distance from a row's top to its bar's top. */
    static final double BAR_OFFSET = 5;

    private static final double GAP = 24;
    private static final double VALUE_FONT = 11;

    /**
     * A measure of the categories.
     *
     * @param name the measure name, the axis title before the format's unit
     * @param format how its values read
     * @param values one value per category, in category order
     */
    public record Measure(String name, Format format, List<BigDecimal> values) {

        /**
         * Validates and copies the values.
         *
         * @throws NullPointerException if a component or value is null
         */
        public Measure {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(format, "format");
            values = List.copyOf(values);
        }
    }

    private BarChart() {
    }

    /**
     * Returns the {@code svg} element of one measure over the categories.
     *
     * @param id the chart's element id, also the prefix of ids inside it; unique in the page
     * @throws IllegalArgumentException if {@code id} is not lower-case letters, digits and hyphens,
     *     there are no categories, or the measure has not one value per category
     */
    public static String svg(String id, String title, List<String> categories, Measure measure) {
        return render(id, title, categories, List.of(measure));
    }

    /**
     * Returns the {@code svg} element of two measures over the categories, side by side.
     *
     * @param id the chart's element id, also the prefix of ids inside it; unique in the page
     * @throws IllegalArgumentException if {@code id} is not lower-case letters, digits and hyphens,
     *     there are no categories, or a measure has not one value per category
     */
    public static String svg(String id, String title, List<String> categories, Measure first, Measure second) {
        return render(id, title, categories, List.of(first, second));
    }

    private static String render(String id, String title, List<String> categories, List<Measure> measures) {
        Frame.checkId(id);
        Objects.requireNonNull(title, "title");
        Frame.checkShape(categories, measures.stream().map(m -> new Series(m.name(), m.values())).toList(), "categories");

        double labelWidth = Math.min(180, categories.stream().mapToDouble(c -> Frame.textWidth(c, Frame.FONT)).max().orElse(0));
        double plotLeft = Frame.PAD + labelWidth + 8;
        double plotRight = Frame.WIDTH - Frame.PAD;
        int panels = measures.size();
        double panelWidth = (plotRight - plotLeft - (panels - 1) * GAP) / panels;
        double plotBottom = TOP + categories.size() * ROW;
        double height = plotBottom + 42;

        Xml svg = Frame.open(id, title, describe(title, categories, measures), height);
        if (panels > 1) {
            svg.open("defs");
            Palette.definePatterns(svg, id, panels);
            svg.close();
        }
        for (int i = 0; i < categories.size(); i++) {
            Frame.categoryLabel(svg, categories.get(i), plotLeft - 8, TOP + i * ROW + BAR_OFFSET + BAR / 2 + 4, labelWidth);
        }
        for (int p = 0; p < panels; p++) {
            Measure m = measures.get(p);
            double left = plotLeft + p * (panelWidth + GAP);
            double right = left + panelWidth;
            double[] range = Frame.range(List.of(new Series(m.name(), m.values())));
            double labelRoom = m.values().stream()
                    .mapToDouble(v -> Frame.textWidth(m.format().value(v), VALUE_FONT) + 6).max().orElse(0);
            double from = left + (range[0] < 0 ? labelRoom : 0);
            double to = right - (range[1] >= 0 ? labelRoom : 0);
            Scale scale = Scale.of(range[0], range[1], true, from, to, panels == 1 ? 5 : 4);
            String axisTitle = m.format().axisTitle(m.name());
            Frame.valueAxis(svg, scale, m.format(), TOP - 4, plotBottom, axisTitle, left, right);
            svg.open("g", "class", "bars");
            for (int i = 0; i < categories.size(); i++) {
                BigDecimal v = m.values().get(i);
                String label = m.format().value(v);
                Frame.valueBar(svg, scale, v, TOP + i * ROW + BAR_OFFSET, BAR, Palette.fill(id, p),
                        categories.get(i) + ", " + axisTitle + ": " + label, label, BAR / 2 + 4, VALUE_FONT);
            }
            svg.close();
        }
        return svg.close().toString();
    }

    private static String describe(String title, List<String> categories, List<Measure> measures) {
        StringJoiner text = new StringJoiner(" ");
        text.add("Bar chart: " + title + ".");
        for (Measure m : measures) {
            StringJoiner values = new StringJoiner("; ", m.format().axisTitle(m.name()) + " by category: ", ".");
            for (int i = 0; i < categories.size(); i++) {
                values.add(categories.get(i) + " " + m.format().value(m.values().get(i)));
            }
            text.add(values.toString());
        }
        return text.toString();
    }
}
