package org.roikit.attribution.io;

import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.roikit.attribution.Touchpoint;

/**
 * Reads {@link Touchpoint}s from CSV: one touch per record.
 *
 * <p>Columns, found by header name in any order (names are matched exactly, case-sensitively):
 * <table class="striped">
 *   <caption>Touchpoint columns</caption>
 *   <thead><tr><th>column</th><th>required</th><th>value</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code journey_id}</td><td>yes</td><td>the journey (customer), not blank</td></tr>
 *     <tr><td>{@code timestamp}</td><td>yes</td><td>an ISO-8601 instant or offset date-time:
 *         {@code 2026-03-01T10:15:30Z}, {@code 2026-03-01T11:15:30+01:00}</td></tr>
 *     <tr><td>{@code channel}</td><td>yes</td><td>the channel, not blank</td></tr>
 *     <tr><td>{@code campaign}</td><td>no</td><td>the campaign; empty means none</td></tr>
 *     <tr><td>{@code type}</td><td>no</td><td>the kind of touch, such as {@code click}; empty means none</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Every other column becomes a touchpoint {@linkplain Touchpoint#attributes() attribute} named
 * by its header, such as {@code content_type} or {@code segment}: a non-empty field is the
 * attribute's value, kept exactly as written; an empty field means the touch does not carry the
 * attribute; a field of only whitespace is an error, as for {@code campaign}. Columns whose header
 * name is blank are ignored. (The batch readers of {@link JourneyCsv} keep no attributes: they
 * ignore the other columns.)
 *
 * <pre>{@code
 * journey_id,timestamp,channel,campaign
 * j-1,2026-03-01T10:15:30Z,linkedin,q1-launch
 * j-1,2026-03-02T08:00:00+01:00,email,
 * }</pre>
 *
 * <p>Texts are kept exactly as written (not trimmed), as {@link Touchpoint} requires. The format
 * rules common to all roikit CSV files (UTF-8, quoting, line breaks, errors) are in the
 * {@linkplain org.roikit.attribution.io package documentation}. Each reader shares one
 * {@code String} per distinct channel, campaign and type.
 */
public final class TouchpointCsv {

    /** The required columns: {@code journey_id}, {@code timestamp}, {@code channel}. */
    public static final List<String> REQUIRED_COLUMNS = List.of("journey_id", "timestamp", "channel");

    /** The optional columns: {@code campaign}, {@code type}. */
    public static final List<String> OPTIONAL_COLUMNS = List.of("campaign", "type");

    private TouchpointCsv() {
    }

    /**
     * Returns a reader of the touchpoints in the UTF-8 file {@code file}, whose header has been read
     * and checked. Messages name the file by its path as given.
     *
     * @param file the CSV file
     * @return a reader to close after use
     * @throws NullPointerException if {@code file} is null
     * @throws UncheckedIOException if the file cannot be opened or read
     * @throws CsvFormatException if the header is missing, repeats a column name or lacks a
     *     required column
     */
    public static CsvReader<Touchpoint> open(Path file) {
        String source = Sources.name(file);
        return open(CsvTokenizer.ofUtf8(Sources.open(file), source));
    }

    /**
     * Returns a reader of the touchpoints in the UTF-8 bytes of {@code in}, whose header has been
     * read and checked. Closing the reader closes {@code in}.
     *
     * @param in the CSV bytes, in UTF-8
     * @param source the name of the input in error messages, such as a file name
     * @return a reader to close after use
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if reading fails
     * @throws CsvFormatException if the header is missing, repeats a column name or lacks a
     *     required column
     */
    public static CsvReader<Touchpoint> open(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return open(CsvTokenizer.ofUtf8(in, source));
    }

    /**
     * Returns a reader of the touchpoints in the characters of {@code in}, whose header has been
     * read and checked. Closing the reader closes {@code in}.
     *
     * @param in the CSV text
     * @param source the name of the input in error messages, such as a file name
     * @return a reader to close after use
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if reading fails
     * @throws CsvFormatException if the header is missing, repeats a column name or lacks a
     *     required column
     */
    public static CsvReader<Touchpoint> open(Reader in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return open(CsvTokenizer.of(in, source));
    }

    /**
     * Returns all touchpoints in the UTF-8 file {@code file}, in file order.
     *
     * @param file the CSV file
     * @return the touchpoints, an unmodifiable list
     * @throws NullPointerException if {@code file} is null
     * @throws UncheckedIOException if the file cannot be read
     * @throws CsvFormatException if the header or a record is bad
     */
    public static List<Touchpoint> readAll(Path file) {
        try (CsvReader<Touchpoint> reader = open(file)) {
            List<Touchpoint> all = new ArrayList<>();
            reader.forEachRemaining(all::add);
            return List.copyOf(all);
        }
    }

    private static CsvReader<Touchpoint> open(CsvTokenizer tokenizer) {
        return new CsvReader<>(new Rows(CsvRecords.open(tokenizer, REQUIRED_COLUMNS, OPTIONAL_COLUMNS)));
    }

    /** Maps records to touchpoints. */
    static final class Rows implements CsvReader.Source<Touchpoint> {

        private final CsvRecords records;
        private final int journeyId;
        private final int timestamp;
        private final int channel;
        private final int campaign;
        private final int type;
        private final Interner<String> channels = new Interner<>(s -> s, CsvRecords.MAX_INTERNED);
        private final Interner<Optional<String>> campaigns = new Interner<>(Optional::of, CsvRecords.MAX_INTERNED);
        private final Interner<Optional<String>> types = new Interner<>(Optional::of, CsvRecords.MAX_INTERNED);
        private final int[] attributeColumns;
        private final Interner<Optional<String>> attributeValues = new Interner<>(Optional::of,
                CsvRecords.MAX_INTERNED);
        private String lastJourneyId;

        Rows(CsvRecords records) {
            this.records = records;
            this.journeyId = records.column("journey_id");
            this.timestamp = records.column("timestamp");
            this.channel = records.column("channel");
            this.campaign = records.column("campaign");
            this.type = records.column("type");
            int[] extra = new int[records.columnCount()];
            int n = 0;
            for (int i = 0; i < records.columnCount(); i++) {
                String name = records.columnName(i);
                if (!name.isBlank() && !Touchpoint.CONTRACT_COLUMNS.contains(name)) {
                    extra[n++] = i;
                }
            }
            this.attributeColumns = Arrays.copyOf(extra, n);
        }

        @Override
        public Touchpoint read() {
            if (!records.next()) {
                return null;
            }
            String id = records.requiredText(journeyId, lastJourneyId);
            lastJourneyId = id;
            Instant instant = records.instant(timestamp);
            String ch = records.checkName(channel, records.requiredInterned(channel, channels));
            Optional<String> cam = records.optionalText(campaign, campaigns);
            cam.ifPresent(c -> records.checkName(campaign, c));
            Optional<String> ty = records.optionalText(type, types);
            if (attributeColumns.length == 0) {
                return new Touchpoint(id, instant, ch, cam, ty);
            }
            SortedMap<String, String> attributes = new TreeMap<>();
            for (int col : attributeColumns) {
                records.optionalText(col, attributeValues)
                        .ifPresent(v -> attributes.put(records.columnName(col), v));
            }
            return new Touchpoint(id, instant, ch, cam, ty, attributes);
        }

        /** Returns the records, for the journey reader's messages. */
        CsvRecords records() {
            return records;
        }

        /** Returns the index of the journey id column. */
        int journeyIdColumn() {
            return journeyId;
        }

        @Override
        public void close() {
            records.close();
        }
    }
}
