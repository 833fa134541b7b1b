package org.roikit.attribution.io;

import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.roikit.attribution.JourneyConversion;
import org.roikit.core.Conversion;

/**
 * Reads conversions, each with its journey id, from CSV: one conversion per record.
 *
 * <p>Columns, found by header name in any order (names are matched exactly, case-sensitively;
 * other columns are ignored):
 * <table class="striped">
 *   <caption>Conversion columns</caption>
 *   <thead><tr><th>column</th><th>required</th><th>value</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code journey_id}</td><td>yes</td><td>the journey (customer), not blank</td></tr>
 *     <tr><td>{@code timestamp}</td><td>yes</td><td>an ISO-8601 instant or offset date-time:
 *         {@code 2026-03-01T10:15:30Z}, {@code 2026-03-01T11:15:30+01:00}</td></tr>
 *     <tr><td>{@code value}</td><td>yes</td><td>a plain decimal number at least zero, with no
 *         more decimal places than the currency has: {@code 120.00}, {@code 120}; JPY
 *         {@code 5000}; BHD {@code 1.250}</td></tr>
 *     <tr><td>{@code currency}</td><td>yes</td><td>an upper-case ISO 4217 code such as {@code EUR}</td></tr>
 *     <tr><td>{@code conversion_id}</td><td>no</td><td>the conversion's id, such as an order
 *         number; empty means generated (see below)</td></tr>
 *     <tr><td>{@code type}</td><td>no</td><td>the kind of conversion, such as {@code lead};
 *         empty means {@value Conversion#SALE}</td></tr>
 *   </tbody>
 * </table>
 *
 * <pre>{@code
 * journey_id,timestamp,value,currency
 * j-1,2026-03-04T16:00:00Z,120.00,EUR
 * j-2,2026-03-05T09:30:00+09:00,5000,JPY
 * }</pre>
 *
 * <p>A conversion without an id gets {@code journeyId + "#" + n}, where n counts that journey's
 * conversions (with or without an id) from 1 in file order, as
 * {@link org.roikit.attribution.Journey.Builder#conversion(java.time.Instant, org.roikit.core.Money)}
 * does: {@code j-1#1}, {@code j-1#2}. To count, a reader from this class keeps one counter per
 * distinct journey id (so memory grows with the number of journeys); the sorted reader of
 * {@link JourneyCsv#openSorted(Path, Path)} needs only the current journey's.
 *
 * <p>The format rules common to all roikit CSV files (UTF-8, quoting, line breaks, errors) are in
 * the {@linkplain org.roikit.attribution.io package documentation}.
 */
public final class ConversionCsv {

    /** The required columns: {@code journey_id}, {@code timestamp}, {@code value}, {@code currency}. */
    public static final List<String> REQUIRED_COLUMNS = List.of("journey_id", "timestamp", "value", "currency");

    /** The optional columns: {@code conversion_id}, {@code type}. */
    public static final List<String> OPTIONAL_COLUMNS = List.of("conversion_id", "type");

    private ConversionCsv() {
    }

    /**
     * Returns a reader of the conversions in the UTF-8 file {@code file}, whose header has been
     * read and checked. Messages name the file by its path as given.
     *
     * @param file the CSV file
     * @return a reader to close after use
     * @throws NullPointerException if {@code file} is null
     * @throws UncheckedIOException if the file cannot be opened or read
     * @throws CsvFormatException if the header is missing, repeats a column name or lacks a
     *     required column
     */
    public static CsvReader<JourneyConversion> open(Path file) {
        String source = Sources.name(file);
        return open(CsvTokenizer.ofUtf8(Sources.open(file), source));
    }

    /**
     * Returns a reader of the conversions in the UTF-8 bytes of {@code in}, whose header has been
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
    public static CsvReader<JourneyConversion> open(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return open(CsvTokenizer.ofUtf8(in, source));
    }

    /**
     * Returns a reader of the conversions in the characters of {@code in}, whose header has been
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
    public static CsvReader<JourneyConversion> open(Reader in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return open(CsvTokenizer.of(in, source));
    }

    /**
     * Returns all conversions in the UTF-8 file {@code file}, in file order.
     *
     * @param file the CSV file
     * @return the conversions with their journey ids, an unmodifiable list
     * @throws NullPointerException if {@code file} is null
     * @throws UncheckedIOException if the file cannot be read
     * @throws CsvFormatException if the header or a record is bad
     */
    public static List<JourneyConversion> readAll(Path file) {
        try (CsvReader<JourneyConversion> reader = open(file)) {
            List<JourneyConversion> all = new ArrayList<>();
            reader.forEachRemaining(all::add);
            return List.copyOf(all);
        }
    }

    private static CsvReader<JourneyConversion> open(CsvTokenizer tokenizer) {
        return new CsvReader<>(new Rows(CsvRecords.open(tokenizer, REQUIRED_COLUMNS, OPTIONAL_COLUMNS)));
    }

    /** Maps records to conversions. */
    static final class Rows implements CsvReader.Source<JourneyConversion> {

        private final CsvRecords records;
        private final int journeyId;
        private final int timestamp;
        private final int value;
        private final int currency;
        private final int conversionId;
        private final int type;
        private final Interner<Optional<String>> types = new Interner<>(Optional::of, CsvRecords.MAX_INTERNED);
        /** Conversions counted per journey; null once the input is known to be sorted by journey. */
        private Map<String, int[]> counts = new HashMap<>();
        private String lastJourneyId;
        private int[] lastCount;

        Rows(CsvRecords records) {
            this.records = records;
            this.journeyId = records.column("journey_id");
            this.timestamp = records.column("timestamp");
            this.value = records.column("value");
            this.currency = records.column("currency");
            this.conversionId = records.column("conversion_id");
            this.type = records.column("type");
        }

        /**
         * Counts conversions for the current journey only: right when every journey's records are
         * consecutive, which the caller checks.
         */
        void countPerRun() {
            counts = null;
        }

        @Override
        public JourneyConversion read() {
            if (!records.next()) {
                return null;
            }
            String id = records.requiredText(journeyId, lastJourneyId);
            if (id != lastJourneyId) {
                lastJourneyId = id;
                lastCount = counts == null ? new int[1] : counts.computeIfAbsent(id, k -> new int[1]);
            }
            int n = lastCount[0] = Math.incrementExact(lastCount[0]);
            String conversion = records.isEmpty(conversionId) ? id + "#" + n
                    : records.requiredText(conversionId, null);
            Conversion c = new Conversion(conversion, records.instant(timestamp), records.money(value, currency),
                    records.optionalText(type, types).orElse(Conversion.SALE));
            return new JourneyConversion(id, c);
        }

        /** Returns how many journey counters are held, for tests of boundedness. */
        int countersHeld() {
            return counts == null ? 1 : counts.size();
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
