package org.roikit.attribution.internal.chart;

import java.util.Objects;

/**
 * Series colours, fill patterns, marker shapes and line dashes, so that series differ in more
 * than colour.
 *
 * <p>Every colour has a contrast ratio of at least 4.5:1 against white (WCAG 2.1 asks 3:1 for
 * graphics), and the colours stay apart for the common colour-vision deficiencies (a dark blue, an
 * orange-brown, a green, a purple, a red and a dark olive). Series {@code i} gets colour
 * {@code i}, fill pattern {@code i} (solid, diagonal stripes, dots, cross-hatch, horizontal,
 * vertical stripes), marker shape {@code i} (circle, square, triangle, diamond, triangle down,
 * cross) and dash {@code i}; beyond six series all repeat, so charts are meant for a handful of
 * series.
 *
 * <p>The class has no state and is thread-safe.
 */
public final class Palette {

    /** The series colours, in order. */
    private static final String[] COLOURS = {"#1f5fa8", "#a94c10", "#2b7a34", "#6a3d9a", "#b2263f", "#5c5c00"};

    private static final String[] DASHES = {"", "7 4", "2 3", "9 3 2 3", "4 4", "12 4"};

    /** Text and axis colour, 12.6:1 against white. */
    public static final String INK = "#333333";

    /** Grid line colour; grid lines are context, not data. */
    public static final String GRID = "#d9d9d9";

    /** The number of distinct styles before they repeat. */
    public static final int SIZE = COLOURS.length;

    private Palette() {
    }

    /** Returns the colour of series {@code series} as {@code #rrggbb}. */
    public static String colour(int series) {
        return COLOURS[index(series)];
    }

    /** Returns the stroke dash array of series {@code series}; empty for a solid line. */
    public static String dash(int series) {
        return DASHES[index(series)];
    }

    /**
     * Returns the SVG fill of series {@code series} in the chart {@code chartId}: the plain colour
     * for the first style, else a reference to the pattern {@link #definePatterns} wrote.
     */
    public static String fill(String chartId, int series) {
        int i = index(series);
        return i == 0 ? COLOURS[0] : "url(#" + chartId + "-fill" + i + ")";
    }

    /**
     * Writes, into an open {@code defs} element, the fill patterns of the first {@code count}
     * series of chart {@code chartId}: the series colour with white stripes, dots or hatching.
     */
    public static void definePatterns(Xml svg, String chartId, int count) {
        Objects.requireNonNull(svg, "svg");
        for (int i = 1; i < Math.min(count, SIZE); i++) {
            svg.open("pattern", "id", chartId + "-fill" + i, "width", "6", "height", "6",
                    "patternUnits", "userSpaceOnUse", "patternTransform", i == 1 || i == 3 ? "rotate(45)" : "rotate(0)");
            svg.empty("rect", "width", "6", "height", "6", "fill", COLOURS[i]);
            switch (i) {
                case 1 -> svg.empty("rect", "width", "2", "height", "6", "fill", "#ffffff", "fill-opacity", "0.7");
                case 2 -> svg.empty("circle", "cx", "3", "cy", "3", "r", "1.3", "fill", "#ffffff", "fill-opacity", "0.8");
                case 3 -> svg.empty("rect", "width", "1.5", "height", "6", "fill", "#ffffff", "fill-opacity", "0.7")
                        .empty("rect", "width", "6", "height", "1.5", "fill", "#ffffff", "fill-opacity", "0.7");
                case 4 -> svg.empty("rect", "width", "6", "height", "2", "fill", "#ffffff", "fill-opacity", "0.7");
                default -> svg.empty("rect", "width", "2", "height", "6", "fill", "#ffffff", "fill-opacity", "0.7");
            }
            svg.close();
        }
    }

    /**
     * Writes the marker of series {@code series} centred on ({@code x}, {@code y}) with
     * {@code radius}, in the series colour, with class {@code marker}.
     */
    public static void marker(Xml svg, int series, double x, double y, double radius) {
        int i = index(series);
        String c = COLOURS[i];
        double r = radius;
        switch (i) {
            case 0 -> svg.empty("circle", "class", "marker", "cx", Xml.px(x), "cy", Xml.px(y), "r", Xml.px(r), "fill", c);
            case 1 -> svg.empty("rect", "class", "marker", "x", Xml.px(x - r), "y", Xml.px(y - r),
                    "width", Xml.px(2 * r), "height", Xml.px(2 * r), "fill", c);
            case 2 -> polygon(svg, c, x, y - r * 1.2, x + r * 1.2, y + r, x - r * 1.2, y + r);
            case 3 -> polygon(svg, c, x, y - r * 1.3, x + r * 1.3, y, x, y + r * 1.3, x - r * 1.3, y);
            case 4 -> polygon(svg, c, x - r * 1.2, y - r, x + r * 1.2, y - r, x, y + r * 1.2);
            default -> svg.empty("path", "class", "marker", "d",
                    "M" + Xml.px(x - r) + " " + Xml.px(y - r) + "L" + Xml.px(x + r) + " " + Xml.px(y + r)
                    + "M" + Xml.px(x - r) + " " + Xml.px(y + r) + "L" + Xml.px(x + r) + " " + Xml.px(y - r),
                    "stroke", c, "stroke-width", "2.5", "fill", "none");
        }
    }

    private static void polygon(Xml svg, String colour, double... xy) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            if (i > 0) {
                points.append(' ');
            }
            points.append(Xml.px(xy[i])).append(',').append(Xml.px(xy[i + 1]));
        }
        svg.empty("polygon", "class", "marker", "points", points.toString(), "fill", colour);
    }

    private static int index(int series) {
        if (series < 0) {
            throw new IllegalArgumentException("series (" + series + ") must be >= 0");
        }
        return series % SIZE;
    }
}
