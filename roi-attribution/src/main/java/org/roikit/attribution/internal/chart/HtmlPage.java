package org.roikit.attribution.internal.chart;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A self-contained XHTML5 document: {@code <!DOCTYPE html>}, the XHTML namespace, {@code lang} and
 * {@code xml:lang}, a UTF-8 charset and a viewport for phones, and one inline style sheet.
 *
 * <p>The page is polyglot: well-formed XML and read the same by an HTML parser. It holds no script
 * and refers to nothing outside itself: no link, image, font or {@code url()}; fonts are the
 * system's. The style sheet lays sections out as a two-column grid that becomes one column below
 * 720 px (a table too wide for half the page takes a whole row, and any table scrolls inside its
 * own box rather than widen the page), lets charts scale to their column (on a phone a chart
 * keeps 36 rem, 90% of its drawn size, so that its labels stay readable, and scrolls inside its
 * box), keeps table cells on one line, and has print rules (no backgrounds, no blocks split
 * across pages). It contains none of {@code < > &}, because an HTML parser does not decode
 * character references inside {@code style}.
 *
 * <p>The class has no state and is thread-safe.
 */
public final class HtmlPage {

    /** The page's style sheet. */
    static final String CSS = String.join("\n",
            ":root { color-scheme: light; }",
            "body { margin: 0; padding: 1rem; background: #ffffff; color: #222222;",
            "  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;",
            "  font-size: 16px; line-height: 1.45; }",
            "header, main { max-width: 72rem; margin: 0 auto; }",
            "h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }",
            "h2 { font-size: 1.25rem; margin: 2rem 0 0.75rem; border-bottom: 1px solid #d9d9d9; }",
            ".subtitle { margin: 0; color: #555555; }",
            ".grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 1rem; }",
            ".full { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; }",
            ".cell { min-width: 0; }",
            ".grid .wide { grid-column: 1 / -1; }",
            "svg { display: block; width: 100%; height: auto; }",
            ".full svg.chart { max-width: 44rem; }",
            ".tiles { list-style: none; margin: 0; padding: 0; display: grid;",
            "  grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: 0.75rem; }",
            "table.data { border-collapse: collapse; width: 100%; font-size: 0.95rem; }",
            "table.data caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }",
            "table.data th, table.data td { padding: 0.3rem 0.5rem; border-bottom: 1px solid #d9d9d9; }",
            "table.data thead th { border-bottom: 2px solid #333333; }",
            ".num { text-align: right; font-variant-numeric: tabular-nums; }",
            ".text { text-align: left; }",
            "table.data td, table.data tbody th { white-space: nowrap; }",
            ".table-wrap, .chart-wrap { overflow-x: auto; }",
            "@media (max-width: 720px) {",
            "  body { padding: 0.5rem; }",
            "  table.data { font-size: 0.85rem; }",
            "  table.data th, table.data td { padding: 0.25rem 0.4rem; }",
            "  svg.chart { min-width: 36rem; }",
            "  .grid { grid-template-columns: minmax(0, 1fr); }",
            "  .tiles { grid-template-columns: repeat(2, minmax(0, 1fr)); }",
            "}",
            "@media print {",
            "  body { padding: 0; font-size: 11pt; }",
            "  h2 { break-after: avoid; }",
            "  .cell, .tiles li, tr { break-inside: avoid; }",
            "  .table-wrap, .chart-wrap { overflow: visible; }",
            "}");

    private static final Pattern LANG = Pattern.compile("[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*");

    /** How a section lays out its blocks. */
    public enum Layout {
        /**
         * Two columns, one on narrow screens: for charts and narrow tables. A table of more than
         * {@value HtmlPage#NARROW_COLUMNS} columns takes a whole row, so that no column is hidden.
         */
        GRID,
        /** One full-width column: for tiles, and charts followed by wide tables; charts keep a readable width. */
        FULL
    }

    /**
     * A section of the page.
     *
     * @param id the section's element id, lower-case letters, digits and hyphens; unique in the page
     * @param heading the section heading
     * @param layout how the blocks are laid out
     * @param blocks the blocks: markup built by this package's writers ({@link Tiles}, the charts,
     *     {@link DataTable}, {@link HtmlPage#paragraph}), inserted as they are
     */
    public record Section(String id, String heading, Layout layout, List<String> blocks) {

        /**
         * Validates and copies the section.
         *
         * @throws NullPointerException if a component or block is null
         * @throws IllegalArgumentException if the id is not lower-case letters, digits and hyphens
         */
        public Section {
            Frame.checkId(id);
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(layout, "layout");
            blocks = List.copyOf(blocks);
        }
    }

    /** The most columns a table may have and still share a grid row with another block. */
    static final int NARROW_COLUMNS = 4;

    private HtmlPage() {
    }

    /** Returns whether the table has more than {@value #NARROW_COLUMNS} columns, too many for half a page. */
    static boolean isWide(String table) {
        int columns = 0;
        for (int at = table.indexOf("scope=\"col\""); at >= 0; at = table.indexOf("scope=\"col\"", at + 1)) {
            columns++;
        }
        return columns > NARROW_COLUMNS;
    }

    /** Returns a {@code p} element of {@code text}, escaped, for a section's block. */
    public static String paragraph(String text) {
        return new Xml().element("p", text).toString();
    }

    /**
     * Returns the whole document.
     *
     * @param lang the page language as a BCP 47 tag, such as {@code en}
     * @param subtitle a line under the title, such as the period covered; empty for none
     * @throws IllegalArgumentException if {@code lang} is not a language tag
     */
    public static String xhtml(String lang, String title, String subtitle, List<Section> sections) {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(sections, "sections");
        if (!LANG.matcher(lang).matches()) {
            throw new IllegalArgumentException("lang (\"" + Xml.escapeText(lang) + "\") must be a language tag such as en or en-GB");
        }
        Xml page = new Xml();
        page.raw("<!DOCTYPE html>\n");
        page.open("html", "xmlns", Xml.XHTML_NS, "lang", lang, "xml:lang", lang);
        page.open("head");
        page.empty("meta", "charset", "utf-8");
        page.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        page.element("title", title);
        page.open("style").raw(CSS).close();
        page.close();
        page.open("body");
        page.open("header").element("h1", title);
        if (!subtitle.isEmpty()) {
            page.element("p", subtitle, "class", "subtitle");
        }
        page.close();
        page.open("main");
        for (Section s : sections) {
            page.open("section", "id", s.id(), "aria-labelledby", s.id() + "-heading");
            page.element("h2", s.heading(), "id", s.id() + "-heading");
            page.open("div", "class", s.layout() == Layout.GRID ? "grid" : "full");
            for (String block : s.blocks()) {
                boolean table = block.startsWith("<table");
                String cls = table ? isWide(block) ? "cell table-wrap wide" : "cell table-wrap"
                        : block.startsWith("<svg") ? "cell chart-wrap" : "cell";
                page.open("div", "class", cls).raw(block).close();
            }
            page.close().close();
        }
        page.close().close().close();
        return page.toString() + "\n";
    }
}
