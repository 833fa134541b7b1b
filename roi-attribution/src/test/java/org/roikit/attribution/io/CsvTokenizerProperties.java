package org.roikit.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CsvTokenizerProperties {

    /** Pieces of field text, chosen for what CSV must survive. */
    private static final String[] PIECES = {"a", "b", "Z", "0", " ", ",", "\"", "\"\"", "\n", "\r", "\r\n", "\t",
        "'", ";", "\u00e9", "\u65e5", "\uD83D\uDE00", "\uFEFF", "\u2028", "\\"};

    private static final String[] BREAKS = {"\n", "\r\n", "\r"};

    private static Gen<String> fields() {
        return lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 8).map(ix -> {
            StringBuilder sb = new StringBuilder();
            ix.forEach(i -> sb.append(PIECES[i]));
            return sb.toString();
        });
    }

    /** Records of 2 to 4 fields: a one-field record of an empty field would be an empty line. */
    private static Gen<List<List<String>>> tables() {
        return integers().between(2, 4).flatMap(width -> lists().of(lists().of(fields()).ofSize(width))
                .ofSizeBetween(0, 12));
    }

    /** A written table with the line on which each field starts. */
    private record Written(String text, List<List<Long>> lines) {
    }

    private static Written write(List<List<String>> table, int width, int breakChoice, boolean trailingBreak) {
        StringBuilder sb = new StringBuilder();
        List<List<Long>> lines = new ArrayList<>();
        long line = 1;
        List<String> header = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            header.add("c" + i);
        }
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(table);
        for (int r = 0; r < all.size(); r++) {
            List<Long> fieldLines = new ArrayList<>();
            List<String> record = all.get(r);
            for (int f = 0; f < record.size(); f++) {
                if (f > 0) {
                    sb.append(',');
                }
                fieldLines.add(line);
                String field = record.get(f);
                if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
                    sb.append('"').append(field.replace("\"", "\"\"")).append('"');
                } else {
                    sb.append(field);
                }
                line += breaks(field);
            }
            lines.add(fieldLines);
            if (r < all.size() - 1 || trailingBreak) {
                sb.append(BREAKS[(breakChoice + r) % BREAKS.length]);
                line++;
            }
        }
        return new Written(sb.toString(), lines);
    }

    /** Counts line breaks as the tokenizer does: CRLF, LF and a lone CR each once. */
    private static long breaks(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n'))) {
                n++;
            }
        }
        return n;
    }

    private static List<List<String>> readAll(CsvTokenizer tokenizer, List<List<Long>> lines) {
        List<List<String>> all = new ArrayList<>();
        while (tokenizer.next()) {
            List<String> fields = new ArrayList<>();
            List<Long> starts = new ArrayList<>();
            for (int i = 0; i < tokenizer.fieldCount(); i++) {
                fields.add(tokenizer.field(i));
                starts.add(tokenizer.fieldLine(i));
            }
            all.add(fields);
            lines.add(starts);
        }
        return all;
    }

    @Test
    void writtenWithQuotingAndReadBack_givesTheSameFieldsAndLines() {
        qt().forAll(tables(), integers().between(0, 2), booleans().all(), integers().between(2, 40))
                .checkAssert((table, breakChoice, trailing, bufferSize) -> {
                    int width = table.isEmpty() ? 3 : table.get(0).size();
                    Written written = write(table, width, breakChoice, trailing);
                    List<List<Long>> lines = new ArrayList<>();
                    List<List<String>> read = readAll(new CsvTokenizer(new StringReader(written.text()), "p.csv",
                            bufferSize, CsvTokenizer.MAX_RECORD_LENGTH), lines);
                    assertThat(read.subList(1, read.size())).isEqualTo(table);
                    assertThat(lines).isEqualTo(written.lines());
                });
    }

    @Test
    void writtenAsUtf8AndReadBack_givesTheSameFieldsWhateverTheBufferSizes() {
        qt().forAll(tables(), integers().between(0, 2), integers().between(4, 40), integers().between(2, 40))
                .checkAssert((table, breakChoice, byteBuffer, charBuffer) -> {
                    int width = table.isEmpty() ? 2 : table.get(0).size();
                    Written written = write(table, width, breakChoice, true);
                    byte[] bytes = ("\uFEFF" + written.text()).getBytes(StandardCharsets.UTF_8);
                    CsvTokenizer tokenizer = new CsvTokenizer(new Utf8Reader(new ByteArrayInputStream(bytes),
                            byteBuffer), "p.csv", charBuffer, CsvTokenizer.MAX_RECORD_LENGTH);
                    List<List<Long>> lines = new ArrayList<>();
                    List<List<String>> read = readAll(tokenizer, lines);
                    assertThat(read.subList(1, read.size())).isEqualTo(table);
                    assertThat(lines).isEqualTo(written.lines());
                });
    }
}
