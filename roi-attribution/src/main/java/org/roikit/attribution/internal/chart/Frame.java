package org.roikit.attribution.internal.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Shared pieces of the charts: the svg element, text measures, legends and the value axis. */
final class Frame {

    /** The width of every chart's view box; charts scale to their container from it. */
    static final double WIDTH = 640;

    /** The outer padding. */
    static final double PAD = 12;

    /** The font size of labels. */
    static final double FONT = 12;

    static final String FONTS = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif";

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final double LEGEND_ROW = 18;

    private Frame() {
    }

    /** Returns {@code id} if it can prefix element ids: lower-case letters, digits and hyphens. */
    static String checkId(String id) {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id (\"" + Xml.escapeText(id) + "\") must match " + ID.pattern());
        }
        return id;
    }

    /** Throws unless there is at least one category and every series has one value per category. */
    static void checkShape(List<String> categories, List<Series> series, String categoriesName) {
        Objects.requireNonNull(categories, categoriesName);
        Objects.requireNonNull(series, "series");
        categories.forEach(c -> Objects.requireNonNull(c, categoriesName + " element"));
        if (categories.isEmpty()) {
            throw new IllegalArgumentException(categoriesName + " must not be empty: there is no data to chart");
        }
        if (series.isEmpty()) {
            throw new IllegalArgumentException("series must not be empty: there is no data to chart");
        }
        for (Series s : series) {
            Objects.requireNonNull(s, "series element");
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series \"" + s.name() + "\" has " + s.values().size()
                        + " values, " + categoriesName + " " + categories.size());
            }
        }
    }

    /** Opens the svg element with its title, text alternative and visible title. */
    static Xml open(String id, String title, String desc, double height) {
        Xml svg = new Xml();
        svg.open("svg", "xmlns", Xml.SVG_NS, "role", "img", "aria-labelledby", id + "-title " + id + "-desc",
                "id", id, "class", "chart", "viewBox", "0 0 " + Xml.px(WIDTH) + " " + Xml.px(height),
                "width", "100%", "font-family", FONTS, "font-size", Xml.px(FONT), "fill", Palette.INK);
        svg.element("title", title, "id", id + "-title");
        svg.element("desc", desc, "id", id + "-desc");
        svg.element("text", title, "x", Xml.px(PAD), "y", "22.00", "font-size", "15.00", "font-weight", "bold");
        return svg;
    }

    /** Returns an estimate of the width of {@code text} at {@code font} pixels; generous for proportional fonts. */
    static double textWidth(String text, double font) {
        return text.codePointCount(0, text.length()) * font * 0.6;
    }

    /** Returns {@code text}, cut with an ellipsis if it would be wider than {@code width}. */
    static String fit(String text, double width, double font) {
        if (textWidth(text, font) <= width) {
            return text;
        }
        int keep = Math.max(1, (int) Math.floor(width / (font * 0.6)) - 1);
        int end = text.offsetByCodePoints(0, Math.min(keep, text.codePointCount(0, text.length())));
        return text.substring(0, end) + "\u2026";
    }

    /** Writes a category label right-aligned at {@code x}, with the full text as tooltip when cut. */
    static void categoryLabel(Xml svg, String label, double x, double y, double width) {
        String shown = fit(label, width, FONT);
        svg.open("text", "class", "category", "x", Xml.px(x), "y", Xml.px(y), "text-anchor", "end");
        if (!shown.equals(label)) {
            svg.element("title", label);
        }
        svg.text(shown).close();
    }

    /** Returns the largest value and the smallest value of all series, as {@code {min, max}}. */
    /**
     * Writes a horizontal bar of {@code value} from the scale's zero, {@code height} high at
     * {@code y}, with its {@code title} (a tooltip), then its value label just past the bar's end
     * (before it, right-aligned, for a negative value), at {@code y + labelDy}.
     */
    static void valueBar(Xml svg, Scale scale, BigDecimal value, double y, double height, String fill, String title,
            String label, double labelDy, double font) {
        double end = scale.position(value);
        double zero = scale.zero();
        svg.open("rect", "class", "bar", "x", Xml.px(Math.min(zero, end)), "y", Xml.px(y),
                "width", Xml.px(Math.abs(end - zero)), "height", Xml.px(height), "fill", fill);
        svg.element("title", title);
        svg.close();
        boolean negative = value.signum() < 0;
        svg.element("text", label, "class", "value", "x", Xml.px(negative ? end - 4 : end + 4),
                "y", Xml.px(y + labelDy), "text-anchor", negative ? "end" : "start", "font-size", Xml.px(font));
    }

    static double[] range(List<Series> series) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (BigDecimal v : s.values()) {
                min = Math.min(min, v.doubleValue());
                max = Math.max(max, v.doubleValue());
            }
        }
        return new double[] {min, max};
    }

    /**
     * Returns how many ticks apart the labels of {@code scale} must be so that they do not
     * collide: 1 labels every tick, 2 every other one.
     */
    static int labelEvery(Scale scale, Format format) {
        List<BigDecimal> ticks = scale.ticks();
        double spacing = Math.abs(scale.position(ticks.get(1)) - scale.position(ticks.get(0)));
        double widest = 0;
        for (BigDecimal t : ticks) {
            widest = Math.max(widest, textWidth(format.tick(t, scale.step()), FONT) + 8);
        }
        return Math.max(1, (int) Math.ceil(widest / spacing));
    }

    /**
     * Writes a horizontal value axis: grid lines at the ticks from {@code top} to {@code bottom},
     * the zero line, tick labels under {@code bottom} and the axis title centred under them. When
     * labels would collide only every k-th tick is labelled, counted from zero so zero keeps its
     * label; thinning the labels keeps the nice step, where widening it would shrink the bars.
     */
    static void valueAxis(Xml svg, Scale scale, Format format, double top, double bottom, String axisTitle,
            double left, double right) {
        svg.open("g", "class", "axis");
        int every = labelEvery(scale, format);
        for (BigDecimal t : scale.ticks()) {
            String x = Xml.px(scale.position(t));
            svg.empty("line", "class", "grid", "x1", x, "y1", Xml.px(top), "x2", x, "y2", Xml.px(bottom),
                    "stroke", Palette.GRID, "stroke-width", "1");
            if (t.divideToIntegralValue(scale.step()).remainder(BigDecimal.valueOf(every)).signum() == 0) {
                svg.element("text", format.tick(t, scale.step()), "class", "tick", "x", x, "y", Xml.px(bottom + 15),
                        "text-anchor", "middle");
            }
        }
        String zero = Xml.px(scale.zero());
        svg.empty("line", "class", "zero", "x1", zero, "y1", Xml.px(top), "x2", zero, "y2", Xml.px(bottom),
                "stroke", Palette.INK, "stroke-width", "1.5");
        svg.element("text", axisTitle, "class", "axis-title", "x", Xml.px((left + right) / 2), "y",
                Xml.px(bottom + 33), "text-anchor", "middle", "font-weight", "bold");
        svg.close();
    }

    /** A legend entry placed at (x, y), the top left of its swatch. */
    record Entry(String name, int series, double x, double y) {
    }

    /** Returns the legend entries of {@code names}, flowing left to right from {@code top}, wrapped before {@code WIDTH - PAD}. */
    static List<Entry> legend(List<String> names, double top) {
        List<Entry> entries = new ArrayList<>();
        double x = PAD;
        double y = top;
        for (int i = 0; i < names.size(); i++) {
            String shown = fit(names.get(i), 200, FONT);
            double w = 24 + textWidth(shown, FONT) + 16;
            if (x > PAD && x + w > WIDTH - PAD) {
                x = PAD;
                y += LEGEND_ROW;
            }
            entries.add(new Entry(shown, i, x, y));
            x += w;
        }
        return entries;
    }

    /** Returns the height the legend entries take, zero for none. */
    static double legendHeight(List<Entry> entries) {
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).y() - entries.get(0).y() + LEGEND_ROW;
    }

    /** Writes the legend; swatches are filled boxes, or for lines a dashed stroke with the marker. */
    static void writeLegend(Xml svg, String id, List<Entry> entries, boolean lines) {
        if (entries.isEmpty()) {
            return;
        }
        svg.open("g", "class", "legend");
        for (Entry e : entries) {
            if (lines) {
                svg.empty("line", "x1", Xml.px(e.x()), "y1", Xml.px(e.y() + 7), "x2", Xml.px(e.x() + 20),
                        "y2", Xml.px(e.y() + 7), "stroke", Palette.colour(e.series()), "stroke-width", "2.5",
                        "stroke-dasharray", dashOrNone(e.series()));
                Palette.marker(svg, e.series(), e.x() + 10, e.y() + 7, 4);
            } else {
                svg.empty("rect", "x", Xml.px(e.x()), "y", Xml.px(e.y()), "width", "14.00", "height", "14.00",
                        "fill", Palette.fill(id, e.series()), "stroke", Palette.INK, "stroke-width", "0.5");
            }
            svg.element("text", e.name(), "x", Xml.px(e.x() + 24), "y", Xml.px(e.y() + 11.5));
        }
        svg.close();
    }

    /** Returns the dash array of the series, or {@code none} for a solid line. */
    static String dashOrNone(int series) {
        String dash = Palette.dash(series);
        return dash.isEmpty() ? "none" : dash;
    }
}
