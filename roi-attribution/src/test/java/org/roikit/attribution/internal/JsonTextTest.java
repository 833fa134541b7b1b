package org.roikit.attribution.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void string_escapesWhatJsonRequires() {
        assertThat(JsonText.string("a\"b\\c\n\r\t\b\f\u0001é")).isEqualTo("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001é\"");
    }

    @Test
    void string_escapesTheLineAndParagraphSeparators() {
        assertThat(JsonText.string("a\u2028b\u2029c\u001f")).isEqualTo("\"a\\u2028b\\u2029c\\u001f\"");
    }

    @Test
    void string_keepsOtherTextAsItIs() {
        assertThat(JsonText.string("")).isEqualTo("\"\"");
        assertThat(JsonText.string("EUR 1\u202f000 ▲")).isEqualTo("\"EUR 1\u202f000 ▲\"");
    }
}
