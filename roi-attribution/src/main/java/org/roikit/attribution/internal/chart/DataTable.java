package org.roikit.attribution.internal.chart;

import java.util.List;
import java.util.Objects;

/**
 * An accessible HTML table, such as the top content: a caption, column headers with
 * {@code scope="col"}, and the first cell of each row a header with {@code scope="row"}.
 * Numeric columns get class {@code num} (right-aligned by the page's style sheet).
 *
 * <p>A table without rows is legitimate (nothing qualified); it shows one row saying "No data"
 * spanning all columns.
 *
 * <p>The class has no state and is thread-safe.
 */
public final class DataTable {

    /**
     * A column.
     *
     * @param heading the column header text
     * @param numeric whether the cells are numbers, right-aligned
     */
    public record Column(String heading, boolean numeric) {

        /**
         * Validates the column.
         *
         * @throws NullPointerException if the heading is null
         */
        public Column {
            Objects.requireNonNull(heading, "heading");
        }
    }

    private DataTable() {
    }

    /**
     * Returns the {@code table} element.
     *
     * @param rows the rows' cell texts, each with one cell per column
     * @throws IllegalArgumentException if there are no columns or a row has not one cell per column
     */
    public static String html(String caption, List<Column> columns, List<List<String>> rows) {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(rows, "rows");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("columns must not be empty");
        }
        Xml html = new Xml();
        html.open("table", "class", "data");
        html.element("caption", caption);
        html.open("thead").open("tr");
        for (Column c : columns) {
            html.element("th", c.heading(), "scope", "col", "class", c.numeric() ? "num" : "text");
        }
        html.close().close();
        html.open("tbody");
        if (rows.isEmpty()) {
            html.open("tr").element("td", "No data", "colspan", Integer.toString(columns.size())).close();
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("rows[" + r + "] has " + row.size() + " cells, columns " + columns.size());
            }
            html.open("tr");
            for (int c = 0; c < row.size(); c++) {
                String cls = columns.get(c).numeric() ? "num" : "text";
                String cell = Objects.requireNonNull(row.get(c), "cell");
                if (c == 0) {
                    html.element("th", cell, "scope", "row", "class", cls);
                } else {
                    html.element("td", cell, "class", cls);
                }
            }
            html.close();
        }
        return html.close().close().toString();
    }
}
