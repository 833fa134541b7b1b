package org.roikit.attribution.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * Splits RFC 4180 CSV text into records of fields, one record at a time, through buffers of
 * bounded size.
 *
 * <p>The rules: fields are separated by commas and records by CRLF, LF or a lone CR; a field that
 * starts with a double quote is quoted and runs to the matching closing quote, may hold commas and
 * line breaks (kept as written) and writes a quote as two quotes; a closing quote must be followed
 * by a comma, a line break or the end of the input; an unquoted field must not contain a quote.
 * Nothing is trimmed. A leading byte order mark is dropped. A completely empty line is not a
 * record and is skipped; the last record needs no line break.
 *
 * <p>Memory is bounded: the text is read through a fixed-size character buffer (and, for bytes, a
 * fixed-size byte buffer), and only the current record is kept, in reused arrays. A record longer
 * than {@link #MAX_RECORD_LENGTH} characters (field contents and the commas between them) is an
 * error, which also stops an unclosed quote from swallowing the rest of a large file.
 *
 * <p>Line numbers count physical lines from 1, so a field after a quoted line break is reported on
 * its own line. Errors are {@link CsvFormatException}s; read failures are
 * {@link UncheckedIOException}s naming the source.
 *
 * <p>Not thread-safe.
 */
final class CsvTokenizer implements Closeable {

    /** Longest record accepted, in characters: the fields' contents and the commas between them. */
    static final int MAX_RECORD_LENGTH = 1 << 20;

    static final int DEFAULT_BUFFER_SIZE = 8192;

    private static final int EOF = -1;

    private final String source;
    private final Reader in;
    private final int maxRecordLength;

    private final char[] buf;
    private int pos;
    private int lim;
    private boolean started;
    private boolean eof;
    /** The physical line at {@link #pos}. */
    private long line = 1;

    private char[] data = new char[128];
    private int dataLength;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private long[] lines = new long[16];
    private int fieldCount;
    private long recordLine;
    private String[] columnNames;

    /** Returns a tokenizer of UTF-8 bytes from {@code in}. */
    static CsvTokenizer ofUtf8(InputStream in, String source) {
        return new CsvTokenizer(new Utf8Reader(in, DEFAULT_BUFFER_SIZE), source, DEFAULT_BUFFER_SIZE,
                MAX_RECORD_LENGTH);
    }

    /** Returns a tokenizer of the characters from {@code in}. */
    static CsvTokenizer of(Reader in, String source) {
        return new CsvTokenizer(in, source, DEFAULT_BUFFER_SIZE, MAX_RECORD_LENGTH);
    }

    CsvTokenizer(Reader in, String source, int bufferSize, int maxRecordLength) {
        this.in = Objects.requireNonNull(in, "in");
        this.source = Objects.requireNonNull(source, "source");
        if (bufferSize < 2) {
            throw new IllegalArgumentException("bufferSize (" + bufferSize + ") must be >= 2");
        }
        this.buf = new char[bufferSize];
        this.maxRecordLength = maxRecordLength;
    }

    /** Returns the source name used in messages. */
    String source() {
        return source;
    }

    /**
     * Sets the header's column names, used from now on in error messages.
     */
    void columnNames(String[] names) {
        this.columnNames = names.clone();
    }

    /**
     * Reads the next record, skipping empty lines.
     *
     * @return false at the end of the input
     * @throws CsvFormatException if the record breaks a rule
     * @throws UncheckedIOException if reading fails
     */
    boolean next() {
        fieldCount = 0;
        dataLength = 0;
        int c;
        while (true) {
            c = peek();
            if (c == EOF) {
                return false;
            } else if (c == '\n') {
                pos++;
                line++;
            } else if (c == '\r') {
                pos++;
                if (peek() == '\n') {
                    pos++;
                }
                line++;
            } else {
                break;
            }
        }
        recordLine = line;
        while (true) {
            int field = startField();
            if (peek() == '"') {
                pos++;
                readQuoted(field);
            } else {
                readUnquoted(field);
            }
            ends[field] = dataLength;
            c = peek();
            if (c == ',') {
                pos++;
                continue;
            }
            if (c == '\r') {
                pos++;
                if (peek() == '\n') {
                    pos++;
                }
                line++;
            } else if (c == '\n') {
                pos++;
                line++;
            } else if (c != EOF) {
                throw new IllegalStateException("unreachable: field ended on " + c);
            }
            return true;
        }
    }

    private int startField() {
        if (fieldCount == starts.length) {
            int n = fieldCount * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            lines = Arrays.copyOf(lines, n);
        }
        int field = fieldCount++;
        checkLength(0);
        starts[field] = dataLength;
        lines[field] = line;
        return field;
    }

    private void readUnquoted(int field) {
        while (true) {
            int p = pos;
            int end = lim;
            while (p < end) {
                char c = buf[p];
                if (c == ',' || c == '\n' || c == '\r') {
                    break;
                }
                if (c == '"') {
                    append(buf, pos, p - pos);
                    pos = p;
                    throw fieldError(field, "contains a quote but is not quoted; quote the field and write"
                            + " each quote in it as two quotes (\"\")");
                }
                p++;
            }
            append(buf, pos, p - pos);
            pos = p;
            if (p < end || !fill()) {
                return;
            }
        }
    }

    private void readQuoted(int field) {
        // A CRLF inside the quotes is one line break, also when the buffer ends between CR and LF.
        boolean afterCr = false;
        while (true) {
            int p = pos;
            int end = lim;
            while (p < end) {
                char c = buf[p];
                if (c == '"') {
                    break;
                }
                if (c == '\n') {
                    if (!afterCr) {
                        line++;
                    }
                    afterCr = false;
                } else if (c == '\r') {
                    line++;
                    afterCr = true;
                } else {
                    afterCr = false;
                }
                p++;
            }
            append(buf, pos, p - pos);
            pos = p;
            if (p == end) {
                if (!fill()) {
                    throw fieldError(field, "starts a quoted field that is not closed before the end of the input");
                }
                continue;
            }
            afterCr = false;
            pos++; // the quote
            int next = peek();
            if (next == '"') {
                append('"');
                pos++;
                continue;
            }
            if (next == ',' || next == '\n' || next == '\r' || next == EOF) {
                return;
            }
            throw fieldError(field, "has " + describe(next)
                    + " after its closing quote; a quote inside a quoted field is written as two quotes (\"\")");
        }
    }

    private static String describe(int c) {
        return switch (c) {
            case ' ' -> "a space";
            case '\t' -> "a tab";
            default -> CsvFormatException.quote(String.valueOf((char) c));
        };
    }

    private CsvFormatException fieldError(int field, String rule) {
        String name = columnNames != null && field < columnNames.length ? columnNames[field] : null;
        return new CsvFormatException(source, lines[field], field + 1, name,
                new String(data, starts[field], dataLength - starts[field]), rule);
    }

    private int peek() {
        if (pos < lim) {
            return buf[pos];
        }
        return fill() ? buf[pos] : EOF;
    }

    /** Refills the empty buffer; returns false at the end of the input. */
    private boolean fill() {
        if (eof) {
            return false;
        }
        int n = readInto(0);
        if (n <= 0) {
            eof = true;
            pos = 0;
            lim = 0;
            return false;
        }
        pos = 0;
        lim = n;
        if (!started) {
            started = true;
            if (buf[0] == '\uFEFF') {
                pos = 1;
                return pos < lim || fill();
            }
        }
        return true;
    }

    /** Reads into {@code buf} from {@code offset}; returns the count read, -1 at the end. */
    private int readInto(int offset) {
        try {
            int n;
            do {
                n = in.read(buf, offset, buf.length - offset);
            } while (n == 0);
            return n;
        } catch (Utf8Reader.MalformedUtf8Exception e) {
            throw CsvFormatException.of(source, line, "malformed UTF-8 at byte offset " + e.offset() + " ("
                    + e.bytes() + "); the input must be UTF-8");
        } catch (IOException e) {
            throw Sources.readFailure(source, e);
        }
    }

    private void append(char[] src, int from, int count) {
        if (count == 0) {
            return;
        }
        checkLength(count);
        if (dataLength + count > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, dataLength + count));
        }
        System.arraycopy(src, from, data, dataLength, count);
        dataLength += count;
    }

    private void append(char c) {
        checkLength(1);
        if (dataLength == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[dataLength++] = c;
    }

    private void checkLength(int more) {
        if ((long) dataLength + (fieldCount - 1) + more > maxRecordLength) {
            throw CsvFormatException.of(source, recordLine, "the record is longer than " + maxRecordLength
                    + " characters; is a quote not closed?");
        }
    }

    /** Returns the number of fields in the current record. */
    int fieldCount() {
        return fieldCount;
    }

    /** Returns the line on which the current record starts. */
    long recordLine() {
        return recordLine;
    }

    /** Returns the line on which field {@code i} of the current record starts. */
    long fieldLine(int i) {
        Objects.checkIndex(i, fieldCount);
        return lines[i];
    }

    /** Returns the characters of the current record; field {@code i} is at {@link #start}, {@link #length}. */
    char[] chars() {
        return data;
    }

    /** Returns the offset of field {@code i} in {@link #chars()}. */
    int start(int i) {
        Objects.checkIndex(i, fieldCount);
        return starts[i];
    }

    /** Returns the length of field {@code i}. */
    int length(int i) {
        Objects.checkIndex(i, fieldCount);
        return ends[i] - starts[i];
    }

    /** Returns field {@code i} as a new string. */
    String field(int i) {
        return new String(data, start(i), length(i));
    }

    /** Returns the characters held for the current record and the read buffer, for tests of boundedness. */
    int capacity() {
        return buf.length + data.length + starts.length;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw Sources.readFailure(source, e);
        }
    }
}
