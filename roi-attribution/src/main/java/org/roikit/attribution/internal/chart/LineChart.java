package org.roikit.attribution.internal.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Lines over ordered periods, such as investment and return by quarter.
 *
 * <p>Layout, in view box units: a legend (when there is more than one series) flows from y =
 * {@value #LEGEND_TOP}; the axis title sits above the plot, which is {@value #PLOT_HEIGHT} high,
 * with value tick labels right-aligned left of it. The period axis splits the plot width into
 * {@code n} equal slots and period {@code i} sits at the centre of slot {@code i}, so a single
 * period is centred; when period labels would collide only every k-th is written, counted back
 * from the last period, whose label is always written. The period axis has its title (class
 * {@code axis-title period-title}) centred below the period labels. The value scale
 * includes zero so that the heights compare honestly. Series {@code s} is a {@code polyline} of
 * class {@code series} in colour {@code s} with dash {@code s}, and each point a marker of shape
 * {@code s} (class {@code marker}), so series differ in colour, dash and shape. Each marker sits in a
 * group of class {@code point} whose {@code title} reads the point, such as
 * {@code 2026-02, Revenue: 58 320.00}, for a tooltip and for assistive technology.
 *
 * <p>Empty data (no period or no series) is refused with an {@link IllegalArgumentException}.
 *
 * <p>The class has no state and is thread-safe.
 */
public final class LineChart {

    /** The y of the legend's first row. */
    static final double LEGEND_TOP = 36;

    /** The height of the plot area. */
    static final double PLOT_HEIGHT = 220;

    private LineChart() {
    }

    /**
     * Returns the {@code svg} element of the series over the periods.
     *
     * @param id the chart's element id, also the prefix of ids inside it; unique in the page
     * @param periods the period labels, in time order
     * @param measure the measure's name, the axis title before the format's unit
     * @param periodAxis the period axis title, such as {@code Month}
     * @throws IllegalArgumentException if {@code id} is not lower-case letters, digits and hyphens,
     *     there are no periods or no series, or a series has not one value per period
     */
    public static String svg(String id, String title, List<String> periods, List<Series> series, Format format,
            String measure, String periodAxis) {
        Frame.checkId(id);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(periodAxis, "periodAxis");
        Frame.checkShape(periods, series, "periods");

        List<Frame.Entry> legend = series.size() > 1
                ? Frame.legend(series.stream().map(Series::name).toList(), LEGEND_TOP) : List.of();
        double titleY = LEGEND_TOP + Frame.legendHeight(legend) + 12;
        double plotTop = titleY + 12;
        double plotBottom = plotTop + PLOT_HEIGHT;
        double[] range = Frame.range(series);
        Scale scale = Scale.of(range[0], range[1], true, plotBottom, plotTop, 5);
        double tickWidth = scale.ticks().stream()
                .mapToDouble(t -> Frame.textWidth(format.tick(t, scale.step()), Frame.FONT)).max().orElse(0);
        double left = Frame.PAD + tickWidth + 8;
        double right = Frame.WIDTH - Frame.PAD - 8;
        int n = periods.size();
        double slot = (right - left) / n;
        double periodWidth = periods.stream().mapToDouble(p -> Frame.textWidth(p, Frame.FONT)).max().orElse(0) + 8;
        int every = (int) Math.ceil(periodWidth / slot);
        String axisTitle = format.axisTitle(measure);

        Xml svg = Frame.open(id, title, describe(title, periods, series, format, axisTitle, periodAxis), plotBottom + 50);
        Frame.writeLegend(svg, id, legend, true);
        svg.element("text", axisTitle, "class", "axis-title", "x", Xml.px(Frame.PAD), "y", Xml.px(titleY),
                "font-weight", "bold");
        svg.open("g", "class", "axis");
        for (BigDecimal t : scale.ticks()) {
            String y = Xml.px(scale.position(t));
            svg.empty("line", "class", "grid", "x1", Xml.px(left), "y1", y, "x2", Xml.px(right), "y2", y,
                    "stroke", Palette.GRID, "stroke-width", "1");
            svg.element("text", format.tick(t, scale.step()), "class", "tick", "x", Xml.px(left - 6),
                    "y", Xml.px(scale.position(t) + 4), "text-anchor", "end");
        }
        String zero = Xml.px(scale.zero());
        svg.empty("line", "class", "zero", "x1", Xml.px(left), "y1", zero, "x2", Xml.px(right), "y2", zero,
                "stroke", Palette.INK, "stroke-width", "1.5");
        for (int i = (n - 1) % every; i < n; i += every) {
            svg.element("text", periods.get(i), "class", "period", "x", Xml.px(x(left, slot, i)),
                    "y", Xml.px(plotBottom + 18), "text-anchor", "middle");
        }
        svg.element("text", periodAxis, "class", "axis-title period-title", "x", Xml.px((left + right) / 2),
                "y", Xml.px(plotBottom + 40), "text-anchor", "middle", "font-weight", "bold");
        svg.close();
        for (int s = 0; s < series.size(); s++) {
            List<BigDecimal> values = series.get(s).values();
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    points.append(' ');
                }
                points.append(Xml.px(x(left, slot, i))).append(',').append(Xml.px(scale.position(values.get(i))));
            }
            svg.open("g", "class", "line");
            svg.empty("polyline", "class", "series", "points", points.toString(), "fill", "none",
                    "stroke", Palette.colour(s), "stroke-width", "2.5", "stroke-dasharray", Frame.dashOrNone(s),
                    "stroke-linejoin", "round");
            for (int i = 0; i < n; i++) {
                svg.open("g", "class", "point");
                svg.element("title", periods.get(i) + ", " + series.get(s).name() + ": " + format.value(values.get(i)));
                Palette.marker(svg, s, x(left, slot, i), scale.position(values.get(i)), 4);
                svg.close();
            }
            svg.close();
        }
        return svg.close().toString();
    }

    private static double x(double left, double slot, int i) {
        return left + (i + 0.5) * slot;
    }

    private static String describe(String title, List<String> periods, List<Series> series, Format format,
            String axisTitle, String periodAxis) {
        StringJoiner text = new StringJoiner(" ");
        text.add("Line chart: " + title + ". " + axisTitle + " by " + periodAxis.toLowerCase(java.util.Locale.ROOT)
                + ".");
        for (Series s : series) {
            StringJoiner values = new StringJoiner("; ", s.name() + ": ", ".");
            for (int i = 0; i < periods.size(); i++) {
                values.add(periods.get(i) + " " + format.value(s.values().get(i)));
            }
            text.add(values.toString());
        }
        return text.toString();
    }
}
