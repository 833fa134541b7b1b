package org.roikit.attribution.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class XmlTest {

    @Test
    void escapeText_escapesMarkupAndKeepsQuotes() {
        assertThat(Xml.escapeText("a<b&c>\"d'e ]]> f")).isEqualTo("a&lt;b&amp;c&gt;\"d'e ]]&gt; f");
    }

    @Test
    void attributes_escapeQuotesAndWhitespaceThatNormalisationWouldEat() {
        assertThat(new Xml().empty("x", "a", "a\"b'c<d>&e\tf\ng\rh").toString())
                .isEqualTo("<x a=\"a&quot;b&#39;c&lt;d&gt;&amp;e&#9;f&#10;g&#13;h\"></x>");
    }

    @Test
    void escape_replacesCharactersXmlCannotCarry() {
        assertThat(Xml.escapeText("a\u0000b\u0007c\u001Fd\u007Fe\u0085f\uFFFEg\uFFFFh"))
                .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh");
        assertThat(Xml.escapeText("lone \uD800 and \uDC00")).isEqualTo("lone \uFFFD and \uFFFD");
    }

    @Test
    void escape_keepsSurrogatePairsAndOrdinaryUnicode() {
        assertThat(Xml.escapeText("\uD83D\uDCC8 Caf\u00E9 \u25B2")).isEqualTo("\uD83D\uDCC8 Caf\u00E9 \u25B2");
    }

    @Test
    void writer_hostileTextAndAttributesParseBackUnchanged() {
        String hostile = "<script>alert(\"x\")</script> & ]]> 'q'";
        String xml = new Xml().open("svg", "xmlns", Xml.SVG_NS, "aria-label", hostile)
                .element("text", hostile).close().toString();
        assertThat(xml).doesNotContain("<script");
        Document doc = Markup.parse(xml);
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo(hostile);
        assertThat(doc.getDocumentElement().getTextContent()).isEqualTo(hostile);
    }

    @Test
    void close_selfClosesOnlyInsideSvgAndForVoidElements() {
        String xml = new Xml().open("div").open("span").close().empty("br")
                .open("svg").empty("rect", "x", "1").open("g").close().close().close().toString();
        assertThat(xml).isEqualTo("<div><span></span><br/><svg><rect x=\"1\"/><g/></svg></div>");
    }

    @Test
    void raw_isWrittenUnchanged() {
        assertThat(new Xml().open("p").raw("<b>x</b>").close().toString()).isEqualTo("<p><b>x</b></p>");
    }

    @Test
    void close_rejectsWhenNothingIsOpen() {
        assertThatThrownBy(() -> new Xml().close())
                .isInstanceOf(IllegalStateException.class).hasMessage("no element is open");
    }

    @Test
    void toString_rejectsOpenElements() {
        Xml xml = new Xml().open("svg").open("g");
        assertThatThrownBy(xml::toString)
                .isInstanceOf(IllegalStateException.class).hasMessage("element <g> is still open");
    }

    @Test
    void open_rejectsBadNamesAndOddAttributes() {
        assertThatThrownBy(() -> new Xml().open("a b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("name (\"a b\") must match [A-Za-z][A-Za-z0-9:-]*");
        assertThatThrownBy(() -> new Xml().open("g", "x\"=", "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("name (\"x\"=\") must match [A-Za-z][A-Za-z0-9:-]*");
        assertThatThrownBy(() -> new Xml().open("g", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("attributes (1 strings) must be name, value pairs");
        assertThatThrownBy(() -> new Xml().open("g", "x", null))
                .isInstanceOf(NullPointerException.class).hasMessage("x");
    }

    @Test
    void decimal_isFixedLocaleFreeAndNeverScientific() {
        assertThat(Xml.decimal(0.0001, 4)).isEqualTo("0.0001");
        assertThat(Xml.decimal(1.0E-4, 2)).isEqualTo("0.00");
        assertThat(Xml.decimal(1.0E20, 2)).isEqualTo("100000000000000000000.00");
        assertThat(Xml.decimal(2.345, 2)).isEqualTo("2.34");
        assertThat(Xml.decimal(2.355, 2)).isEqualTo("2.36");
        assertThat(Xml.decimal(2.125, 2)).isEqualTo("2.12");
        assertThat(Xml.decimal(-0.001, 2)).isEqualTo("0.00");
        assertThat(Xml.decimal(-0.0, 0)).isEqualTo("0");
        assertThat(Xml.decimal(-12.5, 1)).isEqualTo("-12.5");
        assertThat(Xml.px(179.66666)).isEqualTo("179.67");
    }

    @Test
    void decimal_rejectsNonFiniteValuesAndBadDecimals() {
        assertThatThrownBy(() -> Xml.decimal(Double.NaN, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("value (NaN) must be finite");
        assertThatThrownBy(() -> Xml.decimal(Double.POSITIVE_INFINITY, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("value (Infinity) must be finite");
        assertThatThrownBy(() -> Xml.decimal(1, 7))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("decimals (7) must be between 0 and 6");
        assertThatThrownBy(() -> Xml.decimal(1, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("decimals (-1) must be between 0 and 6");
    }
}
