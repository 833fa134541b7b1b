package org.roikit.core.series;

import java.util.ArrayList;
import java.util.List;

/** Lays out small text tables for {@code toString()}: left-aligned columns two spaces apart. */
final class Tables {

    private Tables() {
    }

    /** Returns the rows, the first being the header, as lines without trailing spaces. */
    static String format(List<List<String>> rows) {
        List<Integer> widths = new ArrayList<>();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (widths.size() <= i) {
                    widths.add(0);
                }
                widths.set(i, Math.max(widths.get(i), row.get(i).length()));
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(row.get(i));
                if (i < row.size() - 1) {
                    line.append(" ".repeat(widths.get(i) - row.get(i).length() + 2));
                }
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(line.toString().stripTrailing());
        }
        return text.toString();
    }
}
