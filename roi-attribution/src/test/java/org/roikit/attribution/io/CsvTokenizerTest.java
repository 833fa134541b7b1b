package org.roikit.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTokenizerTest {

    /** Returns every record of {@code csv}, each as its fields followed by "@line" entries per field. */
    private static List<List<String>> records(String csv, int bufferSize) {
        CsvTokenizer tokenizer = new CsvTokenizer(new StringReader(csv), "t.csv", bufferSize,
                CsvTokenizer.MAX_RECORD_LENGTH);
        List<List<String>> all = new ArrayList<>();
        while (tokenizer.next()) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < tokenizer.fieldCount(); i++) {
                fields.add(tokenizer.field(i));
            }
            all.add(fields);
        }
        return all;
    }

    private static List<List<String>> records(String csv) {
        return records(csv, CsvTokenizer.DEFAULT_BUFFER_SIZE);
    }

    /** Returns the start line of every field, record by record. */
    private static List<List<Long>> fieldLines(String csv, int bufferSize) {
        CsvTokenizer tokenizer = new CsvTokenizer(new StringReader(csv), "t.csv", bufferSize,
                CsvTokenizer.MAX_RECORD_LENGTH);
        List<List<Long>> all = new ArrayList<>();
        while (tokenizer.next()) {
            List<Long> lines = new ArrayList<>();
            for (int i = 0; i < tokenizer.fieldCount(); i++) {
                lines.add(tokenizer.fieldLine(i));
            }
            assertThat(tokenizer.recordLine()).isEqualTo(lines.get(0));
            all.add(lines);
        }
        return all;
    }

    private static List<List<String>> utf8Records(byte[] bytes) {
        CsvTokenizer tokenizer = CsvTokenizer.ofUtf8(new ByteArrayInputStream(bytes), "t.csv");
        List<List<String>> all = new ArrayList<>();
        while (tokenizer.next()) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < tokenizer.fieldCount(); i++) {
                fields.add(tokenizer.field(i));
            }
            all.add(fields);
        }
        return all;
    }

    @Test
    void next_splitsFieldsAndRecords() {
        assertThat(records("a,b,c\n1,2,3\n")).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
    }

    @Test
    void next_acceptsCrlfLfAndLoneCr() {
        assertThat(records("a,b\r\n1,2\n3,4\r5,6")).containsExactly(
                List.of("a", "b"), List.of("1", "2"), List.of("3", "4"), List.of("5", "6"));
        assertThat(fieldLines("a,b\r\n1,2\n3,4\r5,6", 8192)).containsExactly(
                List.of(1L, 1L), List.of(2L, 2L), List.of(3L, 3L), List.of(4L, 4L));
    }

    @Test
    void next_needsNoTrailingLineBreak() {
        assertThat(records("a,b\n1,2")).containsExactly(List.of("a", "b"), List.of("1", "2"));
        assertThat(records("a,b\n1,2\r\n")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void next_keepsEmptyFieldsIncludingTheLast() {
        assertThat(records("a,,c,\n,,,\n")).containsExactly(List.of("a", "", "c", ""), List.of("", "", "", ""));
        assertThat(records("a,")).containsExactly(List.of("a", ""));
    }

    @Test
    void next_skipsEmptyLinesButCountsThem() {
        String csv = "\n\na,b\n\r\n\n1,2\r\r\n3,4\n\n";
        assertThat(records(csv)).containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
        assertThat(fieldLines(csv, 8192)).containsExactly(List.of(3L, 3L), List.of(6L, 6L), List.of(8L, 8L));
    }

    @Test
    void next_keepsALineOfSpacesAsARecord() {
        assertThat(records("a,b\n  \n")).containsExactly(List.of("a", "b"), List.of("  "));
    }

    @Test
    void next_returnsFalseForEmptyInput() {
        assertThat(records("")).isEmpty();
        assertThat(records("\n\r\n")).isEmpty();
    }

    @Test
    void next_keepsSpacesAroundFields() {
        assertThat(records(" a , b \n")).containsExactly(List.of(" a ", " b "));
    }

    @Test
    void quotedFields_holdCommasQuotesAndLineBreaksAsWritten() {
        String csv = "\"a,b\",\"say \"\"hi\"\"\",\"x\ny\",\"p\r\nq\",\"\"\n";
        assertThat(records(csv)).containsExactly(List.of("a,b", "say \"hi\"", "x\ny", "p\r\nq", ""));
    }

    @Test
    void quotedFields_reportTheLineWhereEachFieldStarts() {
        String csv = "id,note,x\n1,\"two\nlines\",after\n2,\"three\r\nmore\rlines\",z\n3,plain,\"\"\n";
        assertThat(fieldLines(csv, 8192)).containsExactly(
                List.of(1L, 1L, 1L), List.of(2L, 2L, 3L), List.of(4L, 4L, 6L), List.of(7L, 7L, 7L));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 7, 16})
    void tinyBuffers_giveTheSameFieldsAndLines(int bufferSize) {
        String csv = "id,note,x\r\n1,\"two\r\nlines\",\"a\"\"b\"\r\n\r\n2,\"three\r\nmore\rlines\",z\n3,plain,\"\"";
        assertThat(records(csv, bufferSize)).isEqualTo(records(csv));
        assertThat(fieldLines(csv, bufferSize)).isEqualTo(fieldLines(csv, 8192));
    }

    @Test
    void quotedField_mustBeClosed() {
        assertThatThrownBy(() -> records("a,b\n1,\"open\n\n2,3\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("t.csv:2: column 2: \"open\\n\\n2,3\\n\" starts a quoted field that is not closed"
                        + " before the end of the input");
    }

    @Test
    void quotedField_mustEndAtASeparator() {
        assertThatThrownBy(() -> records("a,b\n1,\"x\"y\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("t.csv:2: column 2: \"x\" has \"y\" after its closing quote; a quote inside a quoted"
                        + " field is written as two quotes (\"\")");
        assertThatThrownBy(() -> records("a,b\n1,\"x\" \n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("t.csv:2: column 2: \"x\" has a space after its closing quote; a quote inside a"
                        + " quoted field is written as two quotes (\"\")");
    }

    @Test
    void unquotedField_mustNotHoldAQuote() {
        assertThatThrownBy(() -> records("a,b\nab\"c,d\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("t.csv:2: column 1: \"ab\" contains a quote but is not quoted; quote the field and"
                        + " write each quote in it as two quotes (\"\")")
                .satisfies(e -> {
                    CsvFormatException f = (CsvFormatException) e;
                    assertThat(f.line()).isEqualTo(2);
                    assertThat(f.column()).hasValue(1);
                    assertThat(f.columnName()).isEmpty();
                    assertThat(f.value()).hasValue("ab");
                });
    }

    @Test
    void errors_nameTheColumnOnceTheHeaderIsKnown() {
        CsvTokenizer tokenizer = new CsvTokenizer(new StringReader("a,b\n1,2\"\n"), "t.csv", 16, 100);
        assertThat(tokenizer.next()).isTrue();
        tokenizer.columnNames(new String[] {"a", "b"});
        assertThatThrownBy(tokenizer::next)
                .isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("t.csv:2: column 2 (b): \"2\" contains a quote but is not quoted");
    }

    @Test
    void records_areLimitedInLength() {
        CsvTokenizer ok = new CsvTokenizer(new StringReader("abcdefgh,ij\n"), "t.csv", 4, 11);
        assertThat(ok.next()).isTrue();
        assertThat(ok.field(0)).isEqualTo("abcdefgh");
        CsvTokenizer tooLong = new CsvTokenizer(new StringReader("x\n\"abcdefgh\",ijk\n"), "t.csv", 4, 11);
        assertThat(tooLong.next()).isTrue();
        assertThatThrownBy(tooLong::next)
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("t.csv:2: the record is longer than 11 characters; is a quote not closed?");
        CsvTokenizer manyFields = new CsvTokenizer(new StringReader(",,,,,,,,,,,,"), "t.csv", 4, 11);
        assertThatThrownBy(manyFields::next)
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("t.csv:1: the record is longer than 11 characters; is a quote not closed?");
    }

    @Test
    void byteOrderMark_isDropped() {
        byte[] withBom = "\uFEFFa,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        assertThat(utf8Records(withBom)).containsExactly(List.of("a", "b"), List.of("1", "2"));
        assertThat(records("\uFEFFa,b\n")).containsExactly(List.of("a", "b"));
        assertThat(records("\uFEFF")).isEmpty();
        // Only the first character: a later U+FEFF is data.
        assertThat(records("a,b\n\uFEFF1,2\n")).containsExactly(List.of("a", "b"), List.of("\uFEFF1", "2"));
    }

    @Test
    void utf8_decodesEveryPlane() {
        String text = "k,v\nm\u00fcnchen,\u65e5\u672c\n\"\uD83D\uDE00,\",\u20ac\n";
        assertThat(utf8Records(text.getBytes(StandardCharsets.UTF_8))).containsExactly(
                List.of("k", "v"), List.of("m\u00fcnchen", "\u65e5\u672c"), List.of("\uD83D\uDE00,", "\u20ac"));
    }

    @Test
    void utf8_rejectsMalformedBytesWithTheirLineAndOffset() {
        byte[] head = "a,b\n1,2\nx,".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 3];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        bytes[head.length + 2] = '\n';
        assertThatThrownBy(() -> utf8Records(bytes))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("t.csv:3: malformed UTF-8 at byte offset 10 (0xC3); the input must be UTF-8");
    }

    @Test
    void utf8_rejectsATruncatedSequenceAtTheEnd() {
        byte[] head = "a,b\n\"1\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE2;
        bytes[head.length + 1] = (byte) 0x82;
        assertThatThrownBy(() -> utf8Records(bytes))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("t.csv:3: malformed UTF-8 at byte offset 7 (0xE2 0x82); the input must be UTF-8");
    }

    @Test
    void utf8_rejectsLatin1() {
        byte[] bytes = "a\nM\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> utf8Records(bytes))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("t.csv:2: malformed UTF-8 at byte offset 3 (0xFC); the input must be UTF-8");
    }

    @Test
    void readFailures_areUncheckedAndNameTheSource() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("disk on fire");
            }

            @Override
            public void close() {
            }
        };
        CsvTokenizer tokenizer = CsvTokenizer.of(failing, "t.csv");
        assertThatThrownBy(tokenizer::next)
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("t.csv: cannot read: IOException: disk on fire")
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void closeFailures_areUncheckedAndNameTheSource() {
        Reader failing = new StringReader("") {
            @Override
            public void close() {
                throw new UncheckedIOException(new IOException("not this way"));
            }
        };
        Reader checked = new Reader() {
            @Override
            public int read(char[] cbuf, int off, int len) {
                return -1;
            }

            @Override
            public void close() throws IOException {
                throw new IOException("stuck");
            }
        };
        assertThatThrownBy(() -> CsvTokenizer.of(failing, "t.csv").close()).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> CsvTokenizer.of(checked, "t.csv").close())
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("t.csv: cannot read: IOException: stuck");
    }

    @Test
    void constructor_rejectsTinyBuffers() {
        assertThatThrownBy(() -> new CsvTokenizer(new StringReader(""), "t.csv", 1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bufferSize (1) must be >= 2");
    }
}
