package org.roikit.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvFormatExceptionTest {

    @Test
    void message_namesSourceLineColumnValueAndRule() {
        CsvFormatException e = new CsvFormatException("touchpoints.csv", 17, 2, "timestamp", "2026-13-01T00:00Z",
                "is not an ISO-8601 instant or offset date-time");
        assertThat(e).hasMessage("touchpoints.csv:17: column 2 (timestamp): \"2026-13-01T00:00Z\" is not an ISO-8601"
                + " instant or offset date-time");
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
        assertThat(e.source()).isEqualTo("touchpoints.csv");
        assertThat(e.line()).isEqualTo(17);
        assertThat(e.column()).hasValue(2);
        assertThat(e.columnName()).hasValue("timestamp");
        assertThat(e.value()).hasValue("2026-13-01T00:00Z");
    }

    @Test
    void message_leavesOutWhatIsUnknown() {
        CsvFormatException record = CsvFormatException.of("t.csv", 5, "the record has 4 fields but the header has 3");
        assertThat(record).hasMessage("t.csv:5: the record has 4 fields but the header has 3");
        assertThat(record.column()).isEmpty();
        assertThat(record.columnName()).isEmpty();
        assertThat(record.value()).isEmpty();

        CsvFormatException noName = new CsvFormatException("t.csv", 1, 3, null, "x", "is bad");
        assertThat(noName).hasMessage("t.csv:1: column 3: \"x\" is bad");
        CsvFormatException noValue = new CsvFormatException("t.csv", 1, 3, "c", null, "is repeated");
        assertThat(noValue).hasMessage("t.csv:1: column 3 (c): is repeated");
    }

    @Test
    void message_staysOnOneLine() {
        CsvFormatException e = new CsvFormatException("t.csv", 2, 1, "na\nme", "a\"b\\c\nd\re\tf\u0001g\u2028",
                "is bad");
        assertThat(e).hasMessage("t.csv:2: column 1 (na\\nme): \"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u2028\" is bad");
        assertThat(e.value()).hasValue("a\"b\\c\nd\re\tf\u0001g\u2028");
    }

    @Test
    void message_cutsLongValuesAfter100Characters() {
        String value = "x".repeat(99) + "\uD83D\uDE00" + "y".repeat(50);
        CsvFormatException e = new CsvFormatException("t.csv", 2, 1, "c", value, "is bad");
        // The emoji would be cut in half at 100 characters, so the cut comes before it.
        assertThat(e).hasMessage("t.csv:2: column 1 (c): \"" + "x".repeat(99) + "...\" is bad");
        assertThat(e.value()).hasValue(value);
        CsvFormatException exact = new CsvFormatException("t.csv", 2, 1, "c", "z".repeat(100), "is bad");
        assertThat(exact).hasMessage("t.csv:2: column 1 (c): \"" + "z".repeat(100) + "\" is bad");
    }
}
