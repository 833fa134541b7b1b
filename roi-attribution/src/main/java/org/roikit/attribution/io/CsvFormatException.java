package org.roikit.attribution.io;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Thrown when CSV input breaks a rule of the format or of a column: it names the source, the line,
 * the column and the offending value.
 *
 * <p>The message has the form {@code source:line: column n (name): "value" rule}, where the column
 * and value parts appear only when the error concerns one field:
 * <pre>{@code
 * touchpoints.csv:17: column 2 (timestamp): "2026-13-01T00:00Z" is not an ISO-8601 instant or offset date-time
 * touchpoints.csv:5: the record has 4 fields but the header has 3
 * touchpoints.csv:1: the header lacks the required column(s) timestamp (found: journey_id, time, channel)
 * }</pre>
 * The message is always one line: in the quoted value, quotes, backslashes and control characters
 * are escaped as in Java ({@code \"}, {@code \\}, {@code \n}, {@code \r}, {@code \t},
 * {@code \}{@code u0000}), and a value longer than 100 characters is cut there and followed by
 * {@code ...}. {@link #value()} gives the whole value as read.
 *
 * <p>The line is the physical line, counted from 1, on which the offending field (or, for an error
 * about a whole record, the record) starts; quoted fields may span several lines.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CsvFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Longest stretch of a value quoted in the message. */
    private static final int MAX_QUOTED = 100;

    /** The name of the input. */
    private final String source;
    /** The line, from 1, where the offending field or record starts. */
    private final long line;
    /** The 1-based column, or 0 when the error concerns no single column. */
    private final int column;
    /** The column name from the header, or null. */
    private final String columnName;
    /** The offending value as read, or null. */
    private final String value;

    CsvFormatException(String source, long line, int column, String columnName, String value, String rule) {
        super(message(source, line, column, columnName, value, rule));
        this.source = source;
        this.line = line;
        this.column = column;
        this.columnName = columnName;
        this.value = value;
    }

    /** Returns an error about a whole record or the whole input, with no column or value. */
    static CsvFormatException of(String source, long line, String rule) {
        return new CsvFormatException(source, line, 0, null, null, rule);
    }

    /**
     * Returns the name of the source: the path of a file as given, or the name passed with a
     * stream or reader.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * Returns the line, counted from 1, on which the offending field or record starts.
     *
     * @return the line number
     */
    public long line() {
        return line;
    }

    /**
     * Returns the 1-based position of the offending column in the file's header, if the error
     * concerns one field.
     *
     * @return the column position, or empty for an error about a record or the whole input
     */
    public OptionalInt column() {
        return column == 0 ? OptionalInt.empty() : OptionalInt.of(column);
    }

    /**
     * Returns the name of the offending column as written in the header, if the error concerns
     * one field and the header has been read.
     *
     * @return the column name, or empty
     */
    public Optional<String> columnName() {
        return Optional.ofNullable(columnName);
    }

    /**
     * Returns the offending value exactly as read, if the error concerns one value.
     *
     * @return the value, or empty
     */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    private static String message(String source, long line, int column, String columnName, String value,
            String rule) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rule, "rule");
        StringBuilder sb = new StringBuilder(source).append(':').append(line).append(": ");
        if (column > 0) {
            sb.append("column ").append(column);
            if (columnName != null) {
                sb.append(" (").append(escape(columnName, MAX_QUOTED)).append(')');
            }
            sb.append(": ");
        }
        if (value != null) {
            sb.append(quote(value)).append(' ');
        }
        return sb.append(rule).toString();
    }

    /** Returns {@code value} in double quotes, escaped to one line and cut after 100 characters. */
    static String quote(String value) {
        String escaped = escape(value, MAX_QUOTED);
        return "\"" + escaped + (value.length() > MAX_QUOTED ? "...\"" : "\"");
    }

    private static String escape(String value, int max) {
        int n = Math.min(value.length(), max);
        if (n < value.length() && Character.isHighSurrogate(value.charAt(n - 1))) {
            n--; // never cut a character in half
        }
        StringBuilder sb = new StringBuilder(n + 8);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                            || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
