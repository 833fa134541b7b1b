package org.roikit.attribution.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TilesTest {

    @Test
    void html_isAListOfAccessibleTileImages() {
        String html = Tiles.html("score", List.of(
                new Tiles.Tile("ROI", "125.0%", Tiles.Trend.UP, "12.5 points vs 2024-Q1"),
                Tiles.Tile.of("Profit (EUR)", "12\u202F500.00")));
        Document doc = Markup.parse(html);
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("ul");
        assertThat(doc.getDocumentElement().getAttribute("class")).isEqualTo("tiles");
        List<Element> svgs = Markup.svgElements(doc, "svg", "tile");
        assertThat(Markup.attribute(svgs, "id")).containsExactly("score-1", "score-2");
        assertThat(Markup.attribute(svgs, "role")).containsExactly("img", "img");
        assertThat(Markup.attribute(svgs, "width")).containsExactly("100%", "100%");
        assertThat(Markup.texts(Markup.svgElements(doc, "desc", null))).containsExactly(
                "ROI: 125.0%, up 12.5 points vs 2024-Q1.", "Profit (EUR): 12\u202F500.00.");
        assertThat(Markup.texts(Markup.svgElements(doc, "text", "figure"))).containsExactly("125.0%", "12\u202F500.00");
        assertThat(Markup.texts(Markup.svgElements(doc, "text", "change"))).containsExactly("\u25B2 up 12.5 points vs 2024-Q1");
    }

    @Test
    void subLine_saysTheDirectionInWords() {
        assertThat(new Tiles.Tile("CPA", "EUR 5.00", Tiles.Trend.DOWN, "-10%").subLine()).isEqualTo("\u25BC down -10%");
        assertThat(new Tiles.Tile("CPA", "EUR 5.00", Tiles.Trend.FLAT, "").subLine()).isEqualTo("\u25C6 flat");
        assertThat(new Tiles.Tile("CPA", "EUR 5.00", Tiles.Trend.NONE, "3 goals met").subLine()).isEqualTo("3 goals met");
        assertThat(Tiles.Tile.of("CPA", "EUR 5.00").subLine()).isEmpty();
    }

    @Test
    void svg_longValuesGetASmallerFont() {
        // A tile is 220 wide less 24 padding: "EUR 1 234 567 890.00" is 20 chars, 196 / (20 x 0.6).
        Document doc = Markup.parse(Tiles.svg("t", Tiles.Tile.of("Revenue", "EUR 1 234 567 890.00")));
        assertThat(Markup.svgElements(doc, "text", "figure").get(0).getAttribute("font-size")).isEqualTo("16.33");
        Document shortValue = Markup.parse(Tiles.svg("t", Tiles.Tile.of("ROI", "12%")));
        assertThat(Markup.svgElements(shortValue, "text", "figure").get(0).getAttribute("font-size")).isEqualTo("28.00");
    }

    @Test
    void html_rejectsNoTiles() {
        assertThatThrownBy(() -> Tiles.html("t", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("tiles must not be empty: there is no data to show");
        assertThatThrownBy(() -> new Tiles.Tile("a", null, Tiles.Trend.UP, ""))
                .isInstanceOf(NullPointerException.class).hasMessage("value");
    }
}
