package org.roikit.attribution.internal.chart;

import java.util.List;
import java.util.Objects;

/**
 * Scorecard tiles: a label, a big value and an optional sub-line such as a change.
 *
 * <p>Each tile is its own small {@code svg} (view box {@value #WIDTH} by {@value #HEIGHT}) with
 * {@code role="img"}, a title and a text alternative, inside an HTML list ({@code ul class="tiles"}),
 * so the page's grid can reflow the tiles on a narrow screen. A change says its direction three
 * ways: a glyph (▲, ▼, ◆), a word (up, down, flat) and the caller's note; colour adds nothing
 * the text does not say. The value's font shrinks to fit long values in the tile.
 *
 * <p>The class has no state and is thread-safe.
 */
public final class Tiles {

    /** The width of a tile's view box. */
    static final double WIDTH = 220;

    /** The height of a tile's view box. */
    static final double HEIGHT = 110;

    /** The direction of a tile's change. */
    public enum Trend {
        /** The figure rose. */
        UP("\u25B2", "up"),
        /** The figure fell. */
        DOWN("\u25BC", "down"),
        /** The figure stayed the same. */
        FLAT("\u25C6", "flat"),
        /** No change is shown; the sub-line, if any, is the note alone. */
        NONE("", "");

        private final String glyph;
        private final String word;

        Trend(String glyph, String word) {
            this.glyph = glyph;
            this.word = word;
        }
    }

    /**
     * One tile.
     *
     * @param label what the figure is, such as {@code ROI}
     * @param value the figure as text, such as {@code 125.0%}
     * @param trend the direction of its change, {@link Trend#NONE} for none
     * @param note the rest of the sub-line, such as {@code +12.5 points vs 2024-Q1}; may be empty
     */
    public record Tile(String label, String value, Trend trend, String note) {

        /**
         * Validates the tile.
         *
         * @throws NullPointerException if a component is null
         */
        public Tile {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(trend, "trend");
            Objects.requireNonNull(note, "note");
        }

        /** Returns a tile without a sub-line. */
        public static Tile of(String label, String value) {
            return new Tile(label, value, Trend.NONE, "");
        }

        /** Returns the sub-line: glyph, word and note, or the empty string. */
        public String subLine() {
            String words = (trend.word + " " + note).strip();
            return trend == Trend.NONE ? words : trend.glyph + " " + words;
        }
    }

    private Tiles() {
    }

    /**
     * Returns an HTML {@code ul} of class {@code tiles} with one {@code svg} per tile.
     *
     * @param id the list's element id, also the prefix of the tiles' ids ({@code id-1}, ...)
     * @throws IllegalArgumentException if {@code id} is not lower-case letters, digits and hyphens,
     *     or {@code tiles} is empty
     */
    public static String html(String id, List<Tile> tiles) {
        Frame.checkId(id);
        Objects.requireNonNull(tiles, "tiles");
        if (tiles.isEmpty()) {
            throw new IllegalArgumentException("tiles must not be empty: there is no data to show");
        }
        Xml html = new Xml();
        html.open("ul", "class", "tiles", "id", id);
        for (int i = 0; i < tiles.size(); i++) {
            html.open("li").raw(svg(id + "-" + (i + 1), Objects.requireNonNull(tiles.get(i), "tile"))).close();
        }
        return html.close().toString();
    }

    /**
     * Returns the {@code svg} element of one tile.
     *
     * @throws IllegalArgumentException if {@code id} is not lower-case letters, digits and hyphens
     */
    public static String svg(String id, Tile tile) {
        Frame.checkId(id);
        String sub = tile.subLine();
        String desc = tile.label() + ": " + tile.value() + (sub.isEmpty() ? "" : ", " + (tile.trend().word + " " + tile.note()).strip()) + ".";
        double valueFont = Math.min(28, (WIDTH - 24) / Math.max(1, tile.value().codePointCount(0, tile.value().length()) * 0.6));
        Xml svg = new Xml();
        svg.open("svg", "xmlns", Xml.SVG_NS, "role", "img", "aria-labelledby", id + "-title " + id + "-desc",
                "id", id, "class", "tile", "viewBox", "0 0 " + Xml.px(WIDTH) + " " + Xml.px(HEIGHT), "width", "100%",
                "font-family", Frame.FONTS, "fill", Palette.INK);
        svg.element("title", tile.label(), "id", id + "-title");
        svg.element("desc", desc, "id", id + "-desc");
        svg.empty("rect", "x", "0.50", "y", "0.50", "width", Xml.px(WIDTH - 1), "height", Xml.px(HEIGHT - 1),
                "rx", "8.00", "fill", "#f7f7f7", "stroke", Palette.GRID);
        svg.element("text", Frame.fit(tile.label(), WIDTH - 24, 13), "class", "label", "x", "12.00", "y", "24.00",
                "font-size", "13.00");
        svg.element("text", tile.value(), "class", "figure", "x", "12.00", "y", "64.00",
                "font-size", Xml.px(valueFont), "font-weight", "bold");
        if (!sub.isEmpty()) {
            svg.element("text", Frame.fit(sub, WIDTH - 24, 12), "class", "change", "x", "12.00", "y", "92.00",
                    "font-size", "12.00");
        }
        return svg.close().toString();
    }
}
