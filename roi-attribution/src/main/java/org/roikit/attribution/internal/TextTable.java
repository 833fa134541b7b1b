package org.roikit.attribution.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A small text table for {@code toString()}: the first column left-aligned, the others
 * right-aligned, columns two spaces apart, no trailing spaces.
 */
public final class TextTable {

    private final List<String[]> rows = new ArrayList<>();

    /** Starts a table with the given header cells. */
    public TextTable(String... header) {
        rows.add(header.clone());
    }

    /** Adds a row; it must have as many cells as the header. */
    public TextTable row(String... cells) {
        if (cells.length != rows.get(0).length) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, header " + rows.get(0).length);
        }
        rows.add(cells.clone());
        return this;
    }

    /** Adds the table's lines to {@code lines}, each starting with {@code indent}. */
    public void appendTo(StringJoiner lines, String indent) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int c = 0; c < columns; c++) {
                if (c == 0) {
                    line.append(row[c]).append(" ".repeat(widths[c] - row[c].length()));
                } else {
                    line.append("  ").append(" ".repeat(widths[c] - row[c].length())).append(row[c]);
                }
            }
            lines.add(line.toString().stripTrailing());
        }
    }
}
