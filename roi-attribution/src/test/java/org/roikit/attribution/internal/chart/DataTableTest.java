package org.roikit.attribution.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataTableTest {

    private static final List<DataTable.Column> COLUMNS = List.of(
            new DataTable.Column("Content", false), new DataTable.Column("Revenue (EUR)", true));

    @Test
    void html_hasCaptionAndScopedHeaders() {
        String html = DataTable.html("Top content", COLUMNS, List.of(List.of("Guide <2024> & more", "1\u202F200.00")));
        assertThat(html).isEqualTo("<table class=\"data\"><caption>Top content</caption>"
                + "<thead><tr><th scope=\"col\" class=\"text\">Content</th><th scope=\"col\" class=\"num\">Revenue (EUR)</th></tr></thead>"
                + "<tbody><tr><th scope=\"row\" class=\"text\">Guide &lt;2024&gt; &amp; more</th>"
                + "<td class=\"num\">1\u202F200.00</td></tr></tbody></table>");
        Markup.parse(html);
    }

    @Test
    void html_withoutRowsSaysNoData() {
        assertThat(DataTable.html("Top content", COLUMNS, List.of()))
                .contains("<tbody><tr><td colspan=\"2\">No data</td></tr></tbody>");
    }

    @Test
    void html_rejectsMismatchedRowsAndNoColumns() {
        assertThatThrownBy(() -> DataTable.html("c", COLUMNS, List.of(List.of("a"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rows[0] has 1 cells, columns 2");
        assertThatThrownBy(() -> DataTable.html("c", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("columns must not be empty");
    }
}
